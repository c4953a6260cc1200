// One call that runs the adapters on a whole document: used by `npm run extract` (saved pages)
// and usable by the popup's self-diagnosis. Plain data out, no DOM references.
import { adapterFor, ADAPTERS } from './index';
import type { PageInfo, PlatformAdapter } from './types';
import { instagramDirectAdapter, isDirectUrl, type DirectConversation } from './instagram-direct';
import type { Platform } from '../types';

export interface ExtractedCommentData {
  id: string;
  author: string;
  text: string;
  isReply: boolean;
  parentId: string | null;
  permalink: string | null;
  time: string | null;
}

export interface ExtractResult {
  platform: Platform | null;
  page: PageInfo | null;
  comments: ExtractedCommentData[];
  warnings: string[];
}

export interface DirectMessageData {
  id: string;
  fromSelf: boolean;
  sender: string | null;
  text: string;
  time: string | null;
  quoted: string | null;
}

export interface DirectExtractResult {
  platform: 'instagram';
  kind: 'direct';
  conversation: DirectConversation | null;
  messages: DirectMessageData[];
  warnings: string[];
}

/** An Instagram Direct page: by URL, or (saved page without URL) message ids and no comment links. */
export function isDirectPage(doc: Document, url: URL | null): boolean {
  if (url) return isDirectUrl(url);
  return instagramDirectAdapter.hasMessageSignals(doc) && !ADAPTERS.some((a) => a.hasCommentSignals(doc));
}

export function extractDirectFromDocument(doc: Document, url: URL | null): DirectExtractResult {
  const warnings: string[] = [];
  const pageUrl = url ?? new URL('https://www.instagram.com/direct/');
  const found = instagramDirectAdapter.findMessages(doc);
  if (!found.length) {
    warnings.push(instagramDirectAdapter.hasMessageSignals(doc) ? 'message ids found but no messages extracted' : 'no conversation open on this page');
  }
  if (found.length && !instagramDirectAdapter.findComposer(doc)) warnings.push('message composer not found');
  for (const m of found) if (!m.fromSelf && !m.sender) warnings.push(`message ${m.id}: sender not found`);
  return {
    platform: 'instagram',
    kind: 'direct',
    conversation: instagramDirectAdapter.detectConversation(doc, pageUrl),
    messages: found.map((m) => ({ id: m.id, fromSelf: m.fromSelf, sender: m.sender, text: m.text, time: m.time, quoted: m.quoted })),
    warnings,
  };
}

/** Guesses the platform of a saved page from its markup (links, Lexical/React traces). */
export function guessPlatform(doc: Document): PlatformAdapter | null {
  const fb =
    doc.querySelectorAll('a[href*="comment_id="], a[href*="facebook.com/"], [data-pagelet], [data-ad-rendering-role]').length +
    (doc.documentElement.id === 'facebook' ? 50 : 0);
  const ig = doc.querySelectorAll('a[href*="instagram.com/"], a[href*="/c/"], a[href^="/p/"], a[href^="/reel/"], a[href^="/direct/"]').length;
  if (!fb && !ig) return null;
  return ADAPTERS.find((a) => a.platform === (fb >= ig ? 'facebook' : 'instagram')) ?? null;
}

export function extractFromDocument(doc: Document, url: URL | null, now: Date = new Date()): ExtractResult {
  const warnings: string[] = [];
  let adapter = url ? adapterFor(url) : null;
  if (url && !adapter) warnings.push(`URL not recognised as Facebook or Instagram: ${url.hostname}; guessing from the markup`);
  adapter ??= guessPlatform(doc);
  if (!adapter) {
    warnings.push('platform not recognised (no Facebook or Instagram markup found)');
    return { platform: null, page: null, comments: [], warnings };
  }
  const pageUrl = url && adapter.matches(url) ? url : new URL(adapter.platform === 'facebook' ? 'https://www.facebook.com/' : 'https://www.instagram.com/');
  const page = adapter.detectPage(doc, pageUrl);
  const found = adapter.findComments(doc, now);
  const comments = found.map((c) => ({
    id: c.id,
    author: c.author,
    text: c.text,
    isReply: c.isReply,
    parentId: c.parentId,
    permalink: c.permalink,
    time: c.time,
  }));
  if (!found.length && adapter.hasCommentSignals(doc)) warnings.push('comment links found but no comments extracted');
  for (const c of found) {
    if (!c.author) warnings.push(`comment ${c.id}: author not found`);
    if (!c.time) warnings.push(`comment ${c.id}: time not found${c.timeText ? ` (shown as "${c.timeText}")` : ''}`);
  }
  return { platform: adapter.platform, page, comments, warnings };
}
