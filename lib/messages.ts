// The typed protocol between content scripts / extension pages and the background worker.
// Every message is validated with zod on arrival (in the worker); an unknown or malformed message is
// refused with a clear error. Senders use lib/send.ts, which carries no zod (content-script size).
import { z } from 'zod';
import { DayStringSchema as DaySchema, HandledInputSchema } from './log/schema';
import { RULE_IDS, SEVERITIES } from './types';
import { LIMITS } from './analysis/protocol';

const WireCommentSchema = z.object({
  id: z.string().max(LIMITS.id),
  text: z.string().max(LIMITS.text),
  author: z.string().max(LIMITS.name),
  isReply: z.boolean(),
  createdAt: z.string().max(LIMITS.time).nullable(),
});
const PageRefSchema = z.object({
  id: z.string().max(LIMITS.name).nullable(),
  name: z.string().max(LIMITS.name).nullable(),
  postId: z.string().max(LIMITS.name).nullable(),
  postTime: z.string().max(LIMITS.time).nullable(),
});
const FindingSchema = z.object({
  rule: z.enum(RULE_IDS),
  severity: z.enum(SEVERITIES),
  evidence: z.array(z.object({ start: z.number().int().min(0), end: z.number().int().min(0) })).max(1000),
  reason: z.string().max(2000),
});

export const RequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('log/handled'), input: HandledInputSchema }),
  z.object({ type: z.literal('log/state'), commentIds: z.array(z.string()).max(5000) }),
  z.object({ type: z.literal('log/count'), day: DaySchema.optional() }),
  z.object({ type: z.literal('log/export'), day: DaySchema.optional(), format: z.enum(['csv', 'json']) }),
  z.object({ type: z.literal('log/flush') }),
  z.object({
    type: z.literal('analyze/batch'),
    platform: z.enum(['facebook', 'instagram']),
    channel: z.enum(['comment', 'direct']),
    url: z.string().max(LIMITS.url),
    page: PageRefSchema.nullable(),
    lang: z.enum(['it', 'en']),
    thread: z.array(WireCommentSchema).max(LIMITS.threadItems),
    items: z.array(z.number().int().min(0)).max(LIMITS.items),
  }),
  z.object({
    type: z.literal('dismissal/record'),
    pageId: z.string().min(1).max(200),
    text: z.string().max(LIMITS.text),
    findings: z.array(FindingSchema).max(64),
  }),
  z.object({ type: z.literal('settings/allow-term'), pageId: z.string().min(1).max(200), term: z.string().min(1).max(200) }),
]);
export type Request = z.infer<typeof RequestSchema>;
export type { Response } from './send';

