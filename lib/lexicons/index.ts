// The product's lexicons: curated lists + entries generated from public lists (see README.md, CREDITS).
// Plain data and pure functions: runs in the extension and in Node.
import { createMatcher, type LexEntry, type Matcher } from '../text/matcher';
import { ALLOWLIST, EN_INSULT, EN_VULGAR, SLUR_IT, VULGAR_IT, type CuratedEntry, type LexCategory } from './curated';
import { blasphemyEntries } from './blasphemy';
// The shipped form of generated/it-sources.json (same entries, no provenance): see scripts/build-lexicon.ts.
import generated from './generated/it-compact.json';

export { ALLOWLIST, AMBIGUOUS_INSULTS, STRONG_INSULTS, SOURCE_NOISE, type LexCategory, type CuratedEntry } from './curated';
export { DEITIES, DEROGATORY } from './blasphemy';

/** Entries generated from the public lists, unpacked from category → weight → "term|term|…". */
export function generatedEntries(): CuratedEntry[] {
  const out: CuratedEntry[] = [];
  for (const [category, byWeight] of Object.entries(generated as Record<string, Record<string, string>>)) {
    for (const [weight, terms] of Object.entries(byWeight)) {
      for (const term of terms.split('|')) out.push({ term, category: category as LexCategory, weight: Number(weight) });
    }
  }
  return out;
}

/** Italian lexicon for the vulgarity/hate matcher (vulgar, blasphemy, slur), curated entries first. */
export function italianLexicon(): CuratedEntry[] {
  return [...VULGAR_IT, ...blasphemyEntries(), ...SLUR_IT, ...generatedEntries()];
}

/** English lexicon (whole words only; never matched inside Italian words). */
export function englishLexicon(): CuratedEntry[] {
  return [...EN_VULGAR, ...EN_INSULT.map((x) => ({ ...x, weight: 0.4 }))];
}

export interface LexiconOptions {
  /** Extra innocent terms (the page's allowlist). */
  allow?: readonly string[];
  /** Extra terms to flag (the page's lexiconAdditions). */
  additions?: readonly { term: string; category: 'vulgar' | 'insult' | 'hate' | 'blasphemy' }[];
  /** Keep only entries of these categories (default: all). */
  categories?: readonly LexCategory[];
  /** Keep only entries at or above this weight (default: 0, keep all). */
  minWeight?: number;
}

const cache = new Map<string, Matcher<LexCategory>>();

/**
 * The abuse matcher (Italian + English vulgar, blasphemy and slur terms), cached per allowlist/additions.
 * Curated entries win over generated ones because the matcher keeps the highest weight per key
 * and curated entries are never lower than their generated duplicates.
 */
let defaultMatcher: Matcher<LexCategory> | null = null;

export function abuseMatcher(opts: LexiconOptions = {}): Matcher<LexCategory> {
  const plain = !opts.allow?.length && !opts.additions?.length && !opts.categories && !opts.minWeight;
  if (plain && defaultMatcher) return defaultMatcher;
  const key = JSON.stringify([opts.allow ?? [], opts.additions ?? [], opts.categories ?? null, opts.minWeight ?? 0]);
  let m = cache.get(key);
  if (!m) {
    const extra: LexEntry<LexCategory>[] = (opts.additions ?? []).map((a) => ({
      term: a.term,
      category: a.category === 'hate' ? 'slur' : a.category,
      weight: 1,
    }));
    // curated terms override generated duplicates: put curated first and generated only if unseen
    const seen = new Set<string>();
    const all: LexEntry<LexCategory>[] = [];
    for (const e of [...extra, ...VULGAR_IT, ...blasphemyEntries(), ...SLUR_IT, ...englishLexicon()]) {
      seen.add(e.term);
      all.push(e);
    }
    const curatedKeys = new Set(all.map((e) => e.term));
    for (const g of generatedEntries()) if (!curatedKeys.has(g.term)) all.push(g);
    const cats = opts.categories ? new Set(opts.categories) : null;
    const kept = all.filter((e) => (!cats || cats.has(e.category)) && e.weight >= (opts.minWeight ?? 0));
    m = createMatcher(kept, { allow: [...ALLOWLIST, ...(opts.allow ?? [])], preferFirst: true });
    if (cache.size > 16) cache.clear();
    cache.set(key, m);
  }
  if (plain) defaultMatcher = m;
  return m;
}
