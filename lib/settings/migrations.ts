// Older shapes of the settings document and how each becomes the next one.
// v1 (Galateo 0.0.x): arrays instead of id-keyed records, rules as booleans, topic links as bare URLs,
// no campaign parameters, no holidays, no lexicon. Every step is a pure function from one valid shape to the next.
import { z } from 'zod';
import { RULE_IDS, type RuleId } from '../types';
import { defaultSettings } from './defaults';
import type { Link, PageProfileData, RuleSettings, SettingsInput, Template, Topic } from './schema';

const Loc = z.object({ it: z.string(), en: z.string() });

export const SettingsV1Schema = z.object({
  version: z.literal(1),
  moderatorName: z.string().default(''),
  retentionDays: z.number().int().min(1).default(90),
  hours: z.object({ days: z.array(z.number().int().min(1).max(7)), from: z.string(), to: z.string() }),
  topics: z.array(
    z.object({ id: z.string(), label: Loc, keywords: z.array(z.string()), link: z.string().nullable().optional() }),
  ),
  templates: z.array(
    z.object({
      id: z.string(),
      rule: z.enum(RULE_IDS).optional(),
      topic: z.string().optional(),
      lang: z.string(),
      text: z.string(),
    }),
  ),
  pages: z.array(
    z.object({
      id: z.string(),
      platform: z.enum(['facebook', 'instagram']),
      name: z.string(),
      urls: z.array(z.string()).default([]),
      topics: z.array(z.string()),
      rules: z.partialRecord(z.enum(RULE_IDS), z.boolean()).default({}),
      oldPostDays: z.number().int().min(1).default(30),
      languages: z.array(z.string()).default(['it']),
    }),
  ),
});
export type SettingsV1 = z.infer<typeof SettingsV1Schema>;

/** v1 → v2. Parts v1 did not have (campaign, holidays, links, lexicon) come from the default pack. */
export function migrateV1toV2(v1: SettingsV1): SettingsInput {
  const d = defaultSettings();
  const knownByUrl = new Map(Object.entries(d.links).map(([id, l]) => [l.url, id] as const));

  const links: Record<string, Link> = { ...d.links };
  const topics: Record<string, Topic> = {};
  for (const t of v1.topics) {
    let linkId: string | null = null;
    if (t.link) {
      linkId = knownByUrl.get(t.link) ?? `${t.id}-link`;
      if (!links[linkId])
        links[linkId] = { url: t.link, label: t.label, confidence: 'low', source: 'v1 settings (to verify)' };
    }
    topics[t.id] = { label: t.label, keywords: t.keywords, linkId };
  }

  const templates: Record<string, Template> = {};
  for (const t of v1.templates) {
    templates[t.id] = {
      label: { it: t.id, en: t.id },
      rule: t.rule,
      topic: t.topic,
      lang: t.lang,
      // v1 had no notes: a crisis "reply" becomes a note for the moderator, never a public text.
      kind: t.rule === 'crisis' ? 'moderator-note' : 'reply',
      text: t.text,
      pages: [],
    };
  }

  const pages: Record<string, PageProfileData> = {};
  for (const p of v1.pages) {
    const rules: Partial<Record<RuleId, RuleSettings>> = {};
    for (const [rule, on] of Object.entries(p.rules) as [RuleId, boolean][]) rules[rule] = { enabled: on };
    pages[p.id] = {
      platform: p.platform,
      name: p.name,
      match: {
        urlPatterns: p.urls.map((u) => u.replace(/^https?:\/\//i, '').replace(/^www\./i, '').replace(/\/+$/, '')),
        names: [p.name],
        ids: [],
      },
      paused: false,
      topics: p.topics,
      rules,
      languages: p.languages,
      oldPostDays: p.oldPostDays,
      lexicon: { additions: [], allowlist: [] },
    };
  }

  return {
    ...d,
    version: 2,
    moderator: { name: v1.moderatorName },
    log: { retentionDays: v1.retentionDays },
    serviceHours: { ...d.serviceHours, days: v1.hours.days, start: v1.hours.from, end: v1.hours.to },
    links,
    topics,
    templates,
    pages,
  };
}

/** Migration steps by source version: each takes a document of that version (already validated) to the next. */
export const MIGRATIONS: Record<number, { schema: z.ZodType; up: (doc: never) => unknown }> = {
  1: { schema: SettingsV1Schema, up: migrateV1toV2 as (doc: never) => unknown },
};
