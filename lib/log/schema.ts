// The moderation log's data shapes: what the content script sends (HandledInput), what is stored
// (HandledItem: privacy-safe, no comment text, no author name) and the export document.
// Validated with zod at every boundary: message arrival, import of a JSON export, reading old records.
import { z } from 'zod';
import { ACTIONS, RULE_IDS, SEVERITIES } from '../types';
import type { Action, RuleId, Severity } from '../types';

export { ACTIONS, type Action };
export const CHANNELS = ['comment', 'direct'] as const;
export type Channel = (typeof CHANNELS)[number];
export const PLATFORMS = ['facebook', 'instagram'] as const;

/** Version of the export document (JSON) and of the CSV column list; bump on any incompatible change. */
export const EXPORT_SCHEMA_VERSION = 1;
/** Longest redacted excerpt kept in a record (characters, after masking). */
export const EXCERPT_MAX = 140;
/** Longest comment text accepted from the content script (to build the excerpt; never stored). */
export const TEXT_MAX = 20_000;

const isoDateTime = z.iso.datetime({ offset: true });
const id = z.string().min(1).max(512);
const optId = id.nullable();
export const DayStringSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'day must be YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'not a real date');

export const FindingRefSchema = z.object({
  rule: z.enum(RULE_IDS),
  severity: z.enum(SEVERITIES),
});
export type FindingRef = { rule: RuleId; severity: Severity };

/** What the content script sends when a moderator acts on a comment (validated in the background). */
export interface HandledInput {
  platform: 'facebook' | 'instagram';
  channel: Channel;
  pageId: string | null;
  pageName?: string | null;
  postId: string | null;
  commentId: string;
  permalink: string | null;
  findings: FindingRef[];
  topic: string | null;
  action: Action;
  templateId: string | null;
  /** ISO-8601, when the comment was written (if the platform shows it). */
  commentTime: string | null;
  /** ISO-8601, when Galateo first showed the comment (for response time). */
  shownAt: string;
  /** The comment text: used ONLY to build the redacted excerpt, never stored. */
  text: string;
  /** The author's display name: never stored, only its salted hash. */
  author: string | null;
}

export const HandledInputSchema: z.ZodType<HandledInput> = z.object({
  platform: z.enum(PLATFORMS),
  channel: z.enum(CHANNELS),
  pageId: optId,
  pageName: z.string().max(512).nullable().optional(),
  postId: optId,
  commentId: id,
  permalink: z.string().max(2048).nullable(),
  findings: z.array(FindingRefSchema).max(64),
  topic: z.string().max(128).nullable(),
  action: z.enum(ACTIONS),
  templateId: z.string().max(128).nullable(),
  // Lenient on arrival (a platform's odd timestamp must never lose the action): any string that
  // Date.parse understands is normalised to ISO when the record is built, anything else → unknown.
  commentTime: z.string().max(64).nullable(),
  shownAt: z.string().max(64),
  text: z.string().max(TEXT_MAX),
  author: z.string().max(512).nullable(),
});

/** One stored record: one action of one moderator on one comment. Re-marking a comment adds a record. */
export interface HandledItem {
  /** Random UUID, primary key; identical across exports, so merges de-duplicate on it. */
  key: string;
  platform: 'facebook' | 'instagram';
  channel: Channel;
  pageId: string | null;
  pageName: string | null;
  postId: string | null;
  commentId: string;
  permalink: string | null;
  findings: FindingRef[];
  /** Rule ids of `findings`, de-duplicated (multiEntry index "rule"). */
  rules: RuleId[];
  topic: string | null;
  action: Action;
  templateId: string | null;
  commentTime: string | null;
  shownAt: string;
  /** ISO-8601 (UTC), when the moderator acted. */
  handledAt: string;
  /** handledAt − shownAt in ms (≥ 0), null if unknown. */
  responseMs: number | null;
  /** The comment arrived outside service hours (null if its time is unknown). */
  outOfHours: boolean | null;
  moderator: string;
  /** Comment text with personal data masked, whitespace collapsed, at most EXCERPT_MAX characters. */
  excerpt: string;
  /** Hex SHA-256 of salt + normalised author name; null if the author was unknown. */
  authorHash: string | null;
  /** Calendar day of handledAt in Europe/Rome, YYYY-MM-DD. */
  day: string;
}

export const HandledItemSchema: z.ZodType<HandledItem> = z.object({
  key: z.string().min(8).max(64),
  platform: z.enum(PLATFORMS),
  channel: z.enum(CHANNELS),
  pageId: optId,
  pageName: z.string().max(512).nullable(),
  postId: optId,
  commentId: id,
  permalink: z.string().max(2048).nullable(),
  findings: z.array(FindingRefSchema).max(64),
  rules: z.array(z.enum(RULE_IDS)).max(64),
  topic: z.string().max(128).nullable(),
  action: z.enum(ACTIONS),
  templateId: z.string().max(128).nullable(),
  commentTime: isoDateTime.nullable(),
  shownAt: isoDateTime,
  handledAt: isoDateTime,
  responseMs: z.number().int().nonnegative().nullable(),
  outOfHours: z.boolean().nullable(),
  moderator: z.string().max(256),
  // Length in characters (code points), as `truncate` counts: an emoji is one, not two.
  excerpt: z.string().refine((s) => [...s].length <= EXCERPT_MAX, `at most ${EXCERPT_MAX} characters`),
  authorHash: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  day: DayStringSchema,
});

/** Filter for queries and exports (all optional, combined with AND). */
export interface LogFilter {
  pageId?: string;
  rule?: string;
  action?: string;
}
export const LogFilterSchema = z.object({
  pageId: z.string().optional(),
  rule: z.string().optional(),
  action: z.string().optional(),
});

/** The JSON export: one moderator's records for a day or range. */
export interface ExportDoc {
  format: 'galateo-log';
  schemaVersion: number;
  exportedAt: string;
  moderator: string;
  from: string | null;
  to: string | null;
  filter: LogFilter;
  items: HandledItem[];
}

export const ExportDocSchema: z.ZodType<ExportDoc> = z.object({
  format: z.literal('galateo-log'),
  schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
  exportedAt: isoDateTime,
  moderator: z.string().max(256),
  from: DayStringSchema.nullable(),
  to: DayStringSchema.nullable(),
  filter: LogFilterSchema,
  items: z.array(HandledItemSchema),
});
