// `npm run --silent report -- [--format csv|json] [--delimiter ';'|','|tab] EXPORT.json...`
// Merges moderators' JSON exports into one team report. A bad file is named on stderr with the
// reason and the others still count; exit code 1 only if no file was usable (or bad arguments).
import { mergeExports, parseExport } from './merge';
import { buildReport, reportToCsv } from './report';
import type { CsvDelimiter } from './csv';
import type { ExportDoc } from './schema';

export interface CliIO {
  readFile(path: string): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const USAGE = `Uso / usage: npm run --silent report -- [--format csv|json] [--delimiter ";"|","|tab] EXPORT.json...
  Unisce le esportazioni JSON di più moderatori in un unico report di squadra (record identici contati una volta).
  Merges several moderators' JSON exports into one team report (identical records counted once).`;

export async function runReportCli(args: readonly string[], io: CliIO): Promise<number> {
  let format: 'csv' | 'json' = 'csv';
  let delimiter: CsvDelimiter = ';';
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = (): string | undefined => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i]);
    if (a === '--help' || a === '-h') {
      io.stdout(USAGE + '\n');
      return 0;
    } else if (a === '--format' || a.startsWith('--format=')) {
      const v = value();
      if (v !== 'csv' && v !== 'json') {
        io.stderr(`report: --format deve essere csv o json / must be csv or json (got ${JSON.stringify(v)})\n`);
        return 1;
      }
      format = v;
    } else if (a === '--delimiter' || a.startsWith('--delimiter=')) {
      const v = value();
      const d = v === 'tab' || v === '\\t' ? '\t' : v;
      if (d !== ';' && d !== ',' && d !== '\t') {
        io.stderr(`report: --delimiter deve essere ";", "," o tab / must be ";", "," or tab (got ${JSON.stringify(v)})\n`);
        return 1;
      }
      delimiter = d;
    } else if (a.startsWith('--')) {
      io.stderr(`report: opzione sconosciuta / unknown option ${a}\n${USAGE}\n`);
      return 1;
    } else files.push(a);
  }
  if (!files.length) {
    io.stderr(`report: nessun file / no input file\n${USAGE}\n`);
    return 1;
  }
  const docs: ExportDoc[] = [];
  const used: string[] = [];
  const rejected: { file: string; reason: string }[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await io.readFile(file);
    } catch (e) {
      const reason = `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
      rejected.push({ file, reason });
      io.stderr(`report: ${file}: file ignorato / file skipped: ${reason}\n`);
      continue;
    }
    const p = parseExport(text);
    if (!p.ok) {
      rejected.push({ file, reason: p.error });
      io.stderr(`report: ${file}: file ignorato / file skipped: ${p.error}\n`);
      continue;
    }
    docs.push(p.doc);
    used.push(file);
  }
  if (!docs.length) {
    io.stderr('report: nessun file utilizzabile / no usable file\n');
    return 1;
  }
  const merged = mergeExports(docs);
  const report = buildReport(merged.items);
  if (format === 'json') {
    io.stdout(
      JSON.stringify(
        { files: used, rejected, duplicates: merged.duplicates, conflicts: merged.conflicts, report },
        null,
        1,
      ) + '\n',
    );
  } else {
    io.stdout(reportToCsv(report, { delimiter }));
  }
  if (merged.duplicates || merged.conflicts) {
    io.stderr(`report: ${merged.duplicates} record duplicati contati una volta / duplicate records counted once; ${merged.conflicts} conflitti / conflicts\n`);
  }
  return 0;
}
