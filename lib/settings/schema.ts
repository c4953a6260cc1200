// The settings document: one JSON object, versioned, validated by zod on load and on import.
// Records are keyed by kebab-case id so that a problem's JSON path names the thing ("topics.bonus-nido.keywords").
import { z } from 'zod';
import { RULE_IDS } from '../types';

export const SETTINGS_VERSION = 2;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const IdSchema = z.string().regex(KEBAB, { message: 'kebab-id' });

export const LocalizedSchema = z.strictObject({
  it: z.string().trim().min(1),
  en: z.string().trim().min(1),
});

/** A language code: 'it', 'en', 'fr', 'es'… (ISO 639-1). */
export const LangCodeSchema = z.string().regex(/^[a-z]{2}$/, { message: 'lang-code' });

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Link addresses a citizen may be sent to: https only, never the AEM back end or the retired portals. */
export const LinkUrlSchema = z
  .string()
  .url()
  .superRefine((value, ctx) => {
    let u: URL;
    try {
      u = new URL(value);
    } catch {
      return; // .url() already reported it
    }
    if (u.protocol !== 'https:') ctx.addIssue({ code: 'custom', message: 'link-https' });
    if (/adobeaemcloud\.com$/i.test(u.hostname) || u.pathname.startsWith('/content/inps-site/'))
      ctx.addIssue({ code: 'custom', message: 'link-backend' });
    if (/^\/(nuovoportaleinps|portale|bussola)\//i.test(u.pathname)) ctx.addIssue({ code: 'custom', message: 'link-legacy' });
  });

export const LinkSchema = z.strictObject({
  url: LinkUrlSchema,
  label: LocalizedSchema,
  /** high: seen on a stored copy of inps.it; low: only in third-party code, a person must open it once. */
  confidence: z.enum(['high', 'low']),
  /** Where the address was seen (portal-links.tsv "seen_at"/"note"), or who added it. */
  source: z.string().default(''),
  /** Set when a person opened the link and confirmed it (options page, "links to verify"). */
  verifiedAt: z.string().optional(),
  verifiedBy: z.string().optional(),
});

export const TopicSchema = z.strictObject({
  label: LocalizedSchema,
  /** Words and phrases (lowercase Italian, common misspellings included) that mean a comment is about the topic. */
  keywords: z.array(z.string().trim().min(1)).min(1),
  /** Id of an entry of `links` (the topic's portal page); null when no verified address exists. */
  linkId: IdSchema.nullable().default(null),
});

export const TemplateSchema = z.strictObject({
  label: LocalizedSchema,
  /** The rule this template answers (a finding of that rule makes it a suggestion). */
  rule: z.enum(RULE_IDS).optional(),
  /** The topic this template answers. */
  topic: IdSchema.optional(),
  lang: LangCodeSchema,
  /** 'reply' is public text for the thread; 'moderator-note' is guidance for the moderator only (crisis). */
  kind: z.enum(['reply', 'moderator-note']).default('reply'),
  text: z.string().trim().min(1).max(2000),
  /** Id of an entry of `links` used for {{link}}; otherwise the topic's link, otherwise the social media policy. */
  linkId: IdSchema.optional(),
  /** Restrict the template to these pages (empty: every page). */
  pages: z.array(IdSchema).default([]),
});

export const LexiconCategorySchema = z.enum(['vulgar', 'insult', 'hate', 'blasphemy']);
export const LexiconSchema = z.strictObject({
  additions: z.array(z.strictObject({ term: z.string().trim().min(1), category: LexiconCategorySchema })).default([]),
  allowlist: z.array(z.string().trim().min(1)).default([]),
});

/** Per-rule settings: `enabled` plus thresholds; the rule's own zod schema validates the rest. */
export const RuleSettingsSchema = z.looseObject({ enabled: z.boolean() });
export const RulesSchema = z.partialRecord(z.enum(RULE_IDS), RuleSettingsSchema);

export const PageMatchSchema = z.strictObject({
  /** "host/path" prefixes, case-insensitive, e.g. "facebook.com/INPS.PerLaFamiglia" or "instagram.com/inps_social". */
  urlPatterns: z.array(z.string().trim().min(3)).default([]),
  /** Page or account names as the platform shows them (compared without case, accents or punctuation). */
  names: z.array(z.string().trim().min(1)).default([]),
  /** Numeric page ids (Facebook profile.php?id=…, page id in the DOM). */
  ids: z.array(z.string().regex(/^\d+$/, { message: 'digits' })).default([]),
});

export const PageProfileSchema = z.strictObject({
  platform: z.enum(['facebook', 'instagram']),
  name: z.string().trim().min(1),
  description: LocalizedSchema.optional(),
  match: PageMatchSchema,
  /** Galateo stays silent on a paused page (popup "pause on this page"). */
  paused: z.boolean().default(false),
  /** Topics the page covers (ids of `topics`): off-topic fires for the others. */
  topics: z.array(IdSchema),
  /** Overrides of `defaultRules` for this page, merged key by key. */
  rules: RulesSchema.default({}),
  /** Reply languages, first is the default. */
  languages: z.array(LangCodeSchema).min(1),
  /** A comment on a post older than this many days is an old-post comment. */
  oldPostDays: z.number().int().min(1).max(3650),
  lexicon: LexiconSchema.default({ additions: [], allowlist: [] }),
});

export const ServiceHoursSchema = z.strictObject({
  /** ISO weekdays: 1 = Monday … 7 = Sunday. */
  days: z.array(z.number().int().min(1).max(7)).min(1),
  start: z.string().regex(HHMM, { message: 'hhmm' }),
  end: z.string().regex(HHMM, { message: 'hhmm' }),
  timeZone: z.string().min(1),
  /** Recurring holidays as "MM-DD" and one-off closures as "YYYY-MM-DD". */
  holidays: z.array(z.string().regex(/^(\d{4}-)?\d{2}-\d{2}$/, { message: 'holiday' })),
  /** Easter Monday (Lunedì dell'Angelo) moves every year: computed. */
  easterMonday: z.boolean(),
});

export const CampaignSchema = z.strictObject({
  enabled: z.boolean(),
  utmSource: z.strictObject({ facebook: z.string().min(1), instagram: z.string().min(1) }),
  utmMedium: z.string().min(1),
  utmCampaign: z.string().min(1),
});

const SettingsObject = z.strictObject({
  version: z.literal(SETTINGS_VERSION),
  moderator: z.strictObject({ name: z.string().max(100) }),
  serviceHours: ServiceHoursSchema,
  campaign: CampaignSchema,
  log: z.strictObject({ retentionDays: z.number().int().min(1).max(3650) }),
  /** Domains (and their subdomains) a comment may link to without being advertising. */
  allowedDomains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, { message: 'domain' })),
  /** Rule settings used on every page unless the page overrides them (and on pages Galateo does not know). */
  defaultRules: RulesSchema,
  lexicon: LexiconSchema,
  links: z.record(IdSchema, LinkSchema),
  topics: z.record(IdSchema, TopicSchema),
  templates: z.record(IdSchema, TemplateSchema),
  pages: z.record(IdSchema, PageProfileSchema),
});

/** Cross-references: every id a page, topic or template names must exist. */
export const SettingsSchema = SettingsObject.superRefine((s, ctx) => {
  for (const [pid, page] of Object.entries(s.pages)) {
    page.topics.forEach((t, i) => {
      if (!s.topics[t]) ctx.addIssue({ code: 'custom', path: ['pages', pid, 'topics', i], message: `unknown-topic:${t}` });
    });
  }
  for (const [tid, topic] of Object.entries(s.topics)) {
    if (topic.linkId && !s.links[topic.linkId])
      ctx.addIssue({ code: 'custom', path: ['topics', tid, 'linkId'], message: `unknown-link:${topic.linkId}` });
  }
  for (const [id, tpl] of Object.entries(s.templates)) {
    if (tpl.topic && !s.topics[tpl.topic])
      ctx.addIssue({ code: 'custom', path: ['templates', id, 'topic'], message: `unknown-topic:${tpl.topic}` });
    if (tpl.linkId && !s.links[tpl.linkId])
      ctx.addIssue({ code: 'custom', path: ['templates', id, 'linkId'], message: `unknown-link:${tpl.linkId}` });
    tpl.pages.forEach((p, i) => {
      if (!s.pages[p]) ctx.addIssue({ code: 'custom', path: ['templates', id, 'pages', i], message: `unknown-page:${p}` });
    });
    // Seed 002: a person in crisis is handled by a person, never with a canned public reply.
    if (tpl.rule === 'crisis' && tpl.kind !== 'moderator-note')
      ctx.addIssue({ code: 'custom', path: ['templates', id, 'kind'], message: 'crisis-reply' });
  }
  const { start, end } = s.serviceHours;
  if (HHMM.test(start) && HHMM.test(end) && start >= end)
    ctx.addIssue({ code: 'custom', path: ['serviceHours', 'end'], message: 'hours-order' });
});

export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;
export type Link = z.infer<typeof LinkSchema>;
export type Topic = z.infer<typeof TopicSchema>;
export type Template = z.infer<typeof TemplateSchema>;
export type PageProfileData = z.infer<typeof PageProfileSchema>;
/** A page profile with its id (the key it has in `settings.pages`). */
export type PageProfile = PageProfileData & { id: string };
export type RuleSettings = z.infer<typeof RuleSettingsSchema>;
export type ServiceHours = z.infer<typeof ServiceHoursSchema>;
export type Campaign = z.infer<typeof CampaignSchema>;
