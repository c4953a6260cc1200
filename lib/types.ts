// Shared vocabulary of Galateo: rule ids, findings, the comment the analyzer reads.
// Everything here is plain data so the analyzer runs in the browser and in Node alike.

export const RULE_IDS = [
  'vulgarity',
  'hate',
  'threat',
  'insult',
  'shouting',
  'old-post',
  'repeated-question',
  'advertising',
  'phishing',
  'answering-for-us',
  'personal-data',
  'personal-case',
  'off-topic',
  'out-of-hours',
  'crisis',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const severityRank = (s: Severity): number => SEVERITIES.indexOf(s);

export type Platform = 'facebook' | 'instagram';

/** What a moderator did with a comment (one log record each). */
export const ACTIONS = ['replied', 'hidden', 'deleted', 'escalated', 'dismissed'] as const;
export type Action = (typeof ACTIONS)[number];
export type Lang = 'it' | 'en';
export type Localized = { it: string; en: string };

/** Offsets into the ORIGINAL comment text (UTF-16 code units, end exclusive). */
export interface Span {
  start: number;
  end: number;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  evidence: Span[];
  reason: string;
}

/** One comment as the analyzer sees it (also the JSONL input of `npm run analyze`). */
export interface CommentInput {
  id: string;
  text: string;
  author?: string;
  page?: string;
  platform?: Platform;
  createdAt?: string; // ISO-8601
  postCreatedAt?: string; // ISO-8601
  thread?: string;
  isReply?: boolean;
  parentText?: string;
  authorIsPage?: boolean;
}

export interface Analysis {
  id: string;
  findings: Finding[];
  topics: string[];
}

/** A topic as the analyzer needs it (the settings pack holds the full topic with links and templates). */
export interface TopicDef {
  id: string;
  label: Localized;
  keywords: string[];
}

/**
 * What the analyzer needs to know about the page a comment is on.
 * Produced by lib/settings from the settings document (resolveAnalyzerProfile).
 */
export interface AnalyzerProfile {
  pageId: string | null;
  /** Topics the page covers; off-topic fires for a recognised topic outside this list. */
  enabledTopics: string[];
  /** Every topic known to the pack (to recognise what a comment is about). */
  allTopics: TopicDef[];
  /** Per-rule settings (enabled flag and thresholds), validated by each rule's own zod schema. */
  rules: Partial<Record<RuleId, Record<string, unknown>>>;
  /** Terms never flagged on this page, and extra terms to flag (per rule category). */
  allowlist: string[];
  lexiconAdditions: { term: string; category: 'vulgar' | 'insult' | 'hate' | 'blasphemy' }[];
  serviceHours: { days: number[]; start: string; end: string; holidays: string[]; timeZone: string };
  /** Domains a link may point to without being advertising (inps.it is always allowed). */
  allowedDomains: string[];
}
