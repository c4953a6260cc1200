// Validation of a settings document from anywhere (storage, import, command line): migrate, then validate.
// Never throws: every failure comes back as problems with a JSON path and a message in Italian and English.
import { jsonErrorOffset, lineColumn } from './json-error';
import { MIGRATIONS } from './migrations';
import { formatPath, zodProblems, type Problem } from './problems';
import { SETTINGS_VERSION, SettingsSchema, type Settings } from './schema';

export type ParseResult =
  | { ok: true; settings: Settings; migratedFrom?: number }
  | { ok: false; problems: Problem[] };

const fail = (path: string, it: string, en: string): ParseResult => ({ ok: false, problems: [{ path, message: { it, en } }] });

export function parseSettings(json: unknown): ParseResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return fail('$', 'il documento deve essere un oggetto JSON { … }', 'the document must be a JSON object { … }');
  const version = (json as { version?: unknown }).version;
  if (version === undefined)
    return fail('version', 'campo obbligatorio mancante: il numero di versione del documento', 'required field is missing: the document’s version number');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('version', `versione non valida (${JSON.stringify(version)}): atteso un numero intero`, `invalid version (${JSON.stringify(version)}): expected a whole number`);
  if (version > SETTINGS_VERSION)
    return fail(
      'version',
      `il file è della versione ${version}, più recente di questa versione di Galateo (${SETTINGS_VERSION}): aggiorna l’estensione prima di importarlo`,
      `the file is version ${version}, newer than this Galateo (${SETTINGS_VERSION}): update the extension before importing it`,
    );

  let doc: unknown = json;
  for (let v = version; v < SETTINGS_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return fail('version', `nessuna migrazione disponibile dalla versione ${v}`, `no migration available from version ${v}`);
    const r = step.schema.safeParse(doc, { reportInput: true });
    if (!r.success) return { ok: false, problems: zodProblems(r.error) };
    doc = step.up(r.data as never);
  }

  const r = SettingsSchema.safeParse(doc, { reportInput: true });
  if (!r.success) return { ok: false, problems: zodProblems(r.error) };
  return version < SETTINGS_VERSION ? { ok: true, settings: r.data, migratedFrom: version } : { ok: true, settings: r.data };
}

/** Parse JSON text (a file the moderator picked, the command line): a syntax error is a problem at "$". */
export function parseSettingsText(text: string): ParseResult {
  const clean = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(clean);
  } catch {
    if (clean.trim() === '')
      return fail('$', 'il file è vuoto: esporta di nuovo le impostazioni', 'the file is empty: export the settings again');
    const at = jsonErrorOffset(clean);
    const { line, column } = lineColumn(clean, at < 0 ? clean.length : at);
    return fail(
      '$',
      `il file non è un JSON valido (errore di sintassi alla riga ${line}, colonna ${column}): esporta di nuovo le impostazioni o correggi il file`,
      `the file is not valid JSON (syntax error at line ${line}, column ${column}): export the settings again or fix the file`,
    );
  }
  return parseSettings(json);
}

/** "path: message" lines, as the command line prints them. */
export function problemLines(problems: Problem[], lang: 'it' | 'en' | 'both' = 'both'): string[] {
  return problems.map((p) =>
    `${p.path}: ${lang === 'both' ? `${p.message.it} / ${p.message.en}` : p.message[lang]}`,
  );
}

export { formatPath, type Problem };
