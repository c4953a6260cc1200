// Exports of the log: CSV (fixed documented columns, docs/log-format.md) and JSON (versioned).
import { csvDocument, type CsvDelimiter } from './csv';
import { EXPORT_SCHEMA_VERSION, type ExportDoc, type HandledItem, type LogFilter } from './schema';

/** CSV columns, in this exact order (docs/log-format.md). Append only; bump EXPORT_SCHEMA_VERSION otherwise. */
export const CSV_COLUMNS = [
  ['day', (i) => i.day],
  ['handled_at', (i) => i.handledAt],
  ['platform', (i) => i.platform],
  ['channel', (i) => i.channel],
  ['page_id', (i) => i.pageId],
  ['page_name', (i) => i.pageName],
  ['post_id', (i) => i.postId],
  ['comment_id', (i) => i.commentId],
  ['permalink', (i) => i.permalink],
  ['action', (i) => i.action],
  ['rules', (i) => i.rules.join('|')],
  ['findings', (i) => i.findings.map((f) => `${f.rule}:${f.severity}`).join('|')],
  ['topic', (i) => i.topic],
  ['template_id', (i) => i.templateId],
  ['comment_time', (i) => i.commentTime],
  ['shown_at', (i) => i.shownAt],
  ['response_ms', (i) => i.responseMs],
  ['out_of_hours', (i) => (i.outOfHours === null ? '' : i.outOfHours ? 'true' : 'false')],
  ['moderator', (i) => i.moderator],
  ['author_hash', (i) => i.authorHash],
  ['excerpt', (i) => i.excerpt],
  ['key', (i) => i.key],
] as const satisfies readonly (readonly [string, (i: HandledItem) => unknown])[];

export const CSV_HEADER: readonly string[] = CSV_COLUMNS.map(([name]) => name);

/** Records as CSV: UTF-8 BOM, `;` by default (Italian Excel), CRLF, formula injection neutralised. */
export function toCsv(items: readonly HandledItem[], opts: { delimiter?: CsvDelimiter; bom?: boolean } = {}): string {
  const rows: unknown[][] = [CSV_HEADER as string[]];
  for (const it of items) rows.push(CSV_COLUMNS.map(([, get]) => get(it)));
  return csvDocument(rows, opts);
}

export interface ExportMeta {
  moderator: string;
  exportedAt?: Date | string;
  from?: string | null;
  to?: string | null;
  filter?: LogFilter;
}

/** The export document as an object (see ExportDocSchema). */
export function toExportDoc(items: readonly HandledItem[], meta: ExportMeta): ExportDoc {
  const at = meta.exportedAt ?? new Date();
  return {
    format: 'galateo-log',
    schemaVersion: EXPORT_SCHEMA_VERSION,
    exportedAt: typeof at === 'string' ? at : at.toISOString(),
    moderator: meta.moderator,
    from: meta.from ?? null,
    to: meta.to ?? meta.from ?? null,
    filter: { ...(meta.filter ?? {}) },
    items: [...items],
  };
}

/** Records as the JSON export document `{ format, schemaVersion, exportedAt, moderator, from, to, filter, items }`. */
export function toJson(items: readonly HandledItem[], meta: ExportMeta): string {
  return JSON.stringify(toExportDoc(items, meta), null, 1);
}

const slug = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 60);

/**
 * File name carrying date (or range) and page: `galateo-log_2026-11-22_inps-famiglia.csv`,
 * `galateo-log_2026-11-01_2026-11-22_all-pages.json`, `galateo-report_2026-11-22_all-pages.csv`.
 */
export function exportFileName(kind: 'csv' | 'json' | 'report', day: string, pageId?: string | null, toDay?: string): string {
  const dates = toDay && toDay !== day ? `${day}_${toDay}` : day;
  const page = (pageId && slug(pageId)) || 'all-pages';
  const base = kind === 'report' ? 'galateo-report' : 'galateo-log';
  const ext = kind === 'json' ? 'json' : 'csv';
  return `${base}_${slug(dates)}_${page}.${ext}`;
}
