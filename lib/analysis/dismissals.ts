// When moderators dismiss the same flagged term again and again on a page, Galateo offers to add it to
// that page's allowlist. Counts stay in this browser (storage passed in); personal data is never counted.
import type { Finding } from '../types';
import type { Settings } from '../settings';

/** Findings whose evidence is a word or phrase a moderator may reasonably allow on a page. */
const TERM_RULES = new Set(['vulgarity', 'insult', 'hate', 'advertising', 'shouting']);
export const OFFER_AFTER = 3;
const MAX_TERM = 40;

export interface DismissalStore {
  load(): Promise<unknown>;
  save(v: Record<string, Record<string, number>>): Promise<void>;
}

export function termsOf(text: string, findings: readonly Finding[]): string[] {
  const out = new Set<string>();
  for (const f of findings) {
    if (!TERM_RULES.has(f.rule)) continue;
    for (const e of f.evidence) {
      const term = text.slice(e.start, e.end).trim().toLowerCase();
      if (term && term.length <= MAX_TERM) out.add(term);
    }
  }
  return [...out];
}

/** Record one dismissal; returns the term to offer for the allowlist, if one reached the threshold. */
export async function recordDismissal(
  store: DismissalStore,
  pageId: string,
  terms: readonly string[],
  allowlisted: readonly string[],
): Promise<{ term: string; count: number } | null> {
  if (!terms.length) return null;
  const raw = await store.load();
  const all: Record<string, Record<string, number>> = raw && typeof raw === 'object' ? (raw as never) : {};
  const page = { ...(typeof all[pageId] === 'object' ? all[pageId] : {}) };
  const allowed = new Set(allowlisted.map((t) => t.toLowerCase()));
  let offer: { term: string; count: number } | null = null;
  for (const t of terms) {
    const n = (Number(page[t]) || 0) + 1;
    page[t] = n;
    if (n >= OFFER_AFTER && !allowed.has(t) && (!offer || n > offer.count)) offer = { term: t, count: n };
  }
  await store.save({ ...all, [pageId]: page });
  return offer;
}

/** Settings with `term` added to the page's allowlist (no-op if present). */
export function allowOnPage(s: Settings, pageId: string, term: string): Settings {
  const p = s.pages[pageId];
  if (!p) throw new Error(`Unknown page "${pageId}"`);
  if (p.lexicon.allowlist.some((t) => t.toLowerCase() === term.toLowerCase())) return s;
  return { ...s, pages: { ...s.pages, [pageId]: { ...p, lexicon: { ...p.lexicon, allowlist: [...p.lexicon.allowlist, term] } } } };
}
