// What a content script and the background worker say to each other about analysis. Plain types only:
// the content script imports this file, so it must never pull in zod, the rules or the settings pack
// (the worker validates every request with the zod schemas of lib/messages.ts).
import type { Analysis, Localized, Platform } from '../types';

/** Longest values the worker accepts (lib/messages.ts); the content script cuts what it sends to them. */
export const LIMITS = { id: 2000, text: 200_000, name: 2000, url: 20_000, time: 64, threadItems: 2000, items: 500 } as const;

/** One comment of a thread as the worker needs it (context or to analyse). */
export interface WireComment {
  id: string;
  text: string;
  author: string;
  isReply: boolean;
  /** ISO-8601 when known. */
  createdAt: string | null;
}

export type Channel = 'comment' | 'direct';

export interface PageRef {
  /** Account/page id or handle found in the URL or the DOM. */
  id: string | null;
  name: string | null;
  postId: string | null;
  postTime: string | null;
}

/** Analyse some comments of one thread on one page. */
export interface AnalyzeBatch {
  type: 'analyze/batch';
  platform: Platform;
  channel: Channel;
  url: string;
  page: PageRef | null;
  lang: 'it' | 'en';
  /** A contiguous window of the thread, in order (earlier comments are context for repeated questions). */
  thread: WireComment[];
  /** Indices into `thread` of the comments to analyse (may be empty: then only the page is resolved). */
  items: number[];
}

export interface ReplySuggestionWire {
  templateId: string;
  text: string;
  reason?: string;
  /** 'moderator-note' is guidance for the moderator, never to be posted. */
  kind?: string;
}

/** Which profile of the settings pack the page is, as the worker resolved it. */
export interface PageState {
  pageId: string | null;
  pageName: string | null;
  paused: boolean;
}

export interface AnalyzedComment {
  id: string;
  analysis: Analysis;
  suggestions: ReplySuggestionWire[];
}

export interface AnalyzeBatchReply {
  page: PageState;
  /** One per item, in the order of `items` (empty when the page is paused). */
  results: AnalyzedComment[];
  /** Labels of the rules and topics found in this batch, in the UI language. */
  ruleLabels: Record<string, string>;
  topicLabels: Record<string, string>;
}

/** A moderator dismissed a flagged comment: count its terms on the page, maybe offer the allowlist. */
export interface DismissalRecord {
  type: 'dismissal/record';
  pageId: string;
  text: string;
  findings: Analysis['findings'];
}

/** Add a term to a page's allowlist (settings). */
export interface AllowTerm {
  type: 'settings/allow-term';
  pageId: string;
  term: string;
}

export interface AllowTermReply {
  ok: boolean;
  message: Localized;
}
