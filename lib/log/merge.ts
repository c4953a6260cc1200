// Team merge: several moderators' JSON exports → one set of records → one team report.
// Identical records (same key, as every export of a record carries the same UUID) count once.
import { ExportDocSchema, type ExportDoc, type HandledItem } from './schema';
import { EXPORT_SCHEMA_VERSION } from './schema';

export type ParsedExport = { ok: true; doc: ExportDoc } | { ok: false; error: string };

/** Parse and validate one export file's text; on failure, a one-line reason (English, technical). */
export function parseExport(text: string): ParsedExport {
  let raw: unknown;
  try {
    raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, error: `not JSON (${(e as Error).message})` };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== 'galateo-log') {
    return { ok: false, error: 'not a Galateo log export (missing "format": "galateo-log")' };
  }
  const v = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (v !== EXPORT_SCHEMA_VERSION) {
    return { ok: false, error: `unsupported schemaVersion ${JSON.stringify(v)} (this Galateo reads ${EXPORT_SCHEMA_VERSION})` };
  }
  const r = ExportDocSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    return { ok: false, error: `invalid at ${issue.path.join('.') || '(root)'}: ${issue.message}` };
  }
  return { ok: true, doc: r.data };
}

export interface MergeResult {
  items: HandledItem[];
  /** Records seen more than once (same key, same content): counted once. */
  duplicates: number;
  /** Same key but different content (edited file?): the first one seen is kept. */
  conflicts: number;
  moderators: string[];
  from: string | null;
  to: string | null;
}

const stable = (it: HandledItem): string =>
  JSON.stringify(it, Object.keys(it).sort()) + JSON.stringify(it.findings);

/** Merge export documents, de-duplicating identical records. Order: by handledAt. */
export function mergeExports(docs: readonly ExportDoc[]): MergeResult {
  const byKey = new Map<string, { item: HandledItem; fp: string }>();
  let duplicates = 0;
  let conflicts = 0;
  const moderators = new Set<string>();
  for (const doc of docs) {
    if (doc.moderator) moderators.add(doc.moderator);
    for (const it of doc.items) {
      moderators.add(it.moderator);
      const fp = stable(it);
      const seen = byKey.get(it.key);
      if (!seen) byKey.set(it.key, { item: it, fp });
      else if (seen.fp === fp) duplicates++;
      else conflicts++;
    }
  }
  const items = [...byKey.values()]
    .map((v) => v.item)
    .sort((a, b) => (a.handledAt < b.handledAt ? -1 : a.handledAt > b.handledAt ? 1 : a.key < b.key ? -1 : 1));
  const days = items.map((i) => i.day).sort();
  return {
    items,
    duplicates,
    conflicts,
    moderators: [...moderators].filter(Boolean).sort(),
    from: days[0] ?? null,
    to: days[days.length - 1] ?? null,
  };
}
