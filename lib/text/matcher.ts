// Fast multi-pattern matcher for large lexicons: a hash lookup on normalised tokens plus
// joins of consecutive tokens (so "porco dio", "porcodio", "porc0 d1o", "p o r c o d i o" all meet
// the same key). Whole-token matching only: "ass" never matches inside "assegno".
import { hasLongRun, squeeze, tokenize, type Token } from './tokenize';
import { foldText } from './fold';

const BREAK = /[\n.!?;,:]/;
const collapseAll = (s: string): string => s.replace(/(.)\1+/g, '$1');

export interface LexEntry<C extends string = string> {
  /** The term as written (may contain spaces: "testa di cazzo"). */
  term: string;
  category: C;
  /** 0..1 confidence that the term is abusive wherever it appears. */
  weight: number;
}

export type MatchVariant = 'exact' | 'leet' | 'repeat' | 'spaced' | 'joined' | 'glued';

export interface Match<C extends string = string> {
  entry: LexEntry<C>;
  /** Original-text offsets. */
  start: number;
  end: number;
  /** Token index range [from, to). */
  from: number;
  to: number;
  variant: MatchVariant;
}

/** The key a term is stored under: folded, l33t-free, words concatenated without separators. */
export function termKey(term: string): string {
  return tokenize(term, { joinSpaced: false })
    .map((t) => t.text)
    .join('');
}

/** Number of words of a term ("testa di cazzo" → 3). */
function termWords(term: string): number {
  return tokenize(term, { joinSpaced: false }).length;
}

/** Short function words that people glue to the next word ("unculattone", "goledei"). */
const GLUE_PREFIXES = ['una', 'uno', 'un', 'il', 'lo', 'la', 'le', 'gli', 'i', 'dei', 'delle', 'degli', 'del', 'della', 'di', 'da', 'ai', 'al', 'sei', 'che', 'sti', 'ste', 'sto', 'sta', 'brutto', 'brutta'];
const GLUE_SUFFIXES = ['come', 'dei', 'delle', 'degli', 'del', 'di', 'che', 'e'];

export interface Matcher<C extends string = string> {
  /** Find lexicon terms in a text (or pre-tokenised text). Overlapping matches keep the longest. */
  find(text: string, tokens?: Token[]): Match<C>[];
  /** Look a single normalised word up (exact key). */
  lookup(word: string): LexEntry<C> | undefined;
  readonly size: number;
  readonly maxWords: number;
}

export interface MatcherOptions {
  /** Keys never matched (innocent words): compared after folding. */
  allow?: Iterable<string>;
  /** Try splitting glued function words off unknown tokens ("unculattone"). Default true. */
  unglue?: boolean;
  /** Minimum length of a key for repeat/l33t/glued variants (short keys only match exactly). Default 3. */
  minFuzzyLen?: number;
  /** When two entries share a key, keep the first one given (curated lists first) instead of the heaviest. */
  preferFirst?: boolean;
}

export function createMatcher<C extends string>(entries: readonly LexEntry<C>[], opts: MatcherOptions = {}): Matcher<C> {
  const map = new Map<string, LexEntry<C>>();
  const squeezed = new Map<string, LexEntry<C>>(); // every run collapsed to one letter ("cazzo" → "cazo")
  const multi = new Set<string>(); // keys that come from multi-word terms (joins allowed)
  const allow = new Set<string>();
  for (const a of opts.allow ?? []) allow.add(termKey(a));
  let maxWords = 1;
  for (const e of entries) {
    const k = termKey(e.term);
    if (!k || allow.has(k)) continue;
    const prev = map.get(k);
    if (!prev || (!opts.preferFirst && prev.weight < e.weight)) map.set(k, e);
    if (k.length >= 5) {
      const sq = collapseAll(k);
      const p2 = squeezed.get(sq);
      if (!p2 || (!opts.preferFirst && p2.weight < e.weight)) squeezed.set(sq, e);
    }
    const w = termWords(e.term);
    if (w > 1) multi.add(k);
    if (w > maxWords) maxWords = w;
  }
  maxWords = Math.min(Math.max(maxWords, 2), 5);
  // every prefix a join can pass through: joins stop as soon as the key cannot grow into an entry
  const joinPrefixes = new Set<string>();
  for (const k of map.keys()) {
    if (!multi.has(k) && k.length < 7) continue;
    for (let i = 1; i < k.length; i++) joinPrefixes.add(k.slice(0, i));
  }
  const unglue = opts.unglue ?? true;
  const minFuzzy = opts.minFuzzyLen ?? 3;

  const single = (t: Token): { e: LexEntry<C>; v: MatchVariant } | null => {
    let e = map.get(t.raw);
    if (e) return { e, v: t.spaced ? 'spaced' : 'exact' };
    if (t.text !== t.raw) {
      e = map.get(t.text);
      if (e && t.text.length >= minFuzzy) return { e, v: 'leet' };
    }
    const base = t.text;
    if (base.length >= 4 && hasLongRun(base)) {
      const s2 = squeeze(base, 2);
      e = map.get(s2);
      if (e) return { e, v: 'repeat' };
      const s1 = squeeze(base, 1);
      e = map.get(s1) ?? squeezed.get(collapseAll(base));
      if (e) return { e, v: 'repeat' };
    }
    return null;
  };

  const glued = (w: string): LexEntry<C> | undefined => {
    for (const p of GLUE_PREFIXES) {
      if (w.length - p.length >= 5 && w.startsWith(p)) {
        const e = map.get(w.slice(p.length));
        if (e && !multi.has(w.slice(p.length))) return e;
      }
    }
    for (const s of GLUE_SUFFIXES) {
      if (w.length - s.length >= 5 && w.endsWith(s)) {
        const e = map.get(w.slice(0, w.length - s.length));
        if (e) return e;
      }
    }
    return undefined;
  };

  return {
    size: map.size,
    maxWords,
    lookup: (w) => map.get(w),
    find(text, tokens) {
      const toks = tokens ?? tokenize(text);
      const out: Match<C>[] = [];
      const n = toks.length;
      for (let i = 0; i < n; i++) {
        const t = toks[i];
        if (t.kind !== 'word' && t.kind !== 'hashtag') continue;
        let best: Match<C> | null = null;
        // joins of 2..maxWords tokens (longest wins)
        let key = t.kind === 'word' && hasLongRun(t.text) ? squeeze(t.text, 2) : t.text;
        for (let j = i + 1; j < n && j - i < maxWords && joinPrefixes.has(key); j++) {
          const u = toks[j];
          if (u.kind !== 'word' || BREAK.test(u.gap)) break;
          key += hasLongRun(u.text) ? squeeze(u.text, 2) : u.text;
          const e = map.get(key);
          if (e && (multi.has(key) || key.length >= 7)) best = { entry: e, start: t.start, end: u.end, from: i, to: j + 1, variant: 'joined' };
        }
        if (!best) {
          const s = single(t);
          if (s) best = { entry: s.e, start: t.start, end: t.end, from: i, to: i + 1, variant: s.v };
          else if (unglue && t.text.length >= 7) {
            const e = glued(t.text);
            if (e) best = { entry: e, start: t.start, end: t.end, from: i, to: i + 1, variant: 'glued' };
          }
        }
        if (best) {
          out.push(best);
          i = best.to - 1;
        }
      }
      return out;
    },
  };
}

/** Convenience: fold a single word the way the matcher does (for allowlists and settings). */
export function normalizeWord(w: string): string {
  return termKey(w) || foldText(w).text;
}
