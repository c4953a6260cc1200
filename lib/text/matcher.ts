// Fast multi-pattern matcher for large lexicons: a hash lookup on normalised tokens plus
// joins of consecutive tokens (so "porco dio", "porcodio", "porc0 d1o", "p o r c o d i o" all meet
// the same key). Whole-token matching only: "ass" never matches inside "assegno".
import { hasLongRun, isUrlAt, isWhite, squeeze, tokenize, type Token } from './tokenize';
import { foldCodePoint, foldText, lowerCase } from './fold';

const BREAK = /[\n.!?;,:]/;
/**
 * Anything the native path cannot read: other characters, l33t "!" or digits touching letters.
 * "€" is not plain: tokenize() reads it as l33t "e" inside a word ("m€rda").
 */
const NOT_PLAIN = /[^a-z0-9 \n\t.,;:?!'"()\-/%+=]|[a-z]![a-z]|[a-z][0-9]|[0-9][a-z]/;
/** Three identical letters in a row ("merdaaa"). */
const RUN3 = /([a-z])\1\1/;
const URLS = /(^|[^a-z0-9@$_])(?:https?:\/\/|www\.)\S*/g;
const MENTIONS = /(^|[^a-z0-9@$_])@[a-z0-9_]{4,}[a-z0-9_\u00c0-\u024f]*/g;
const EMOJI = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}]/u;
/** Emoji read as spaces; not "‼" and "⁉": tokenize() reads them as l33t "!" between letters. */
const EMOJI_G = /(?![\u203c\u2049])[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}]/gu;
/** Invisible joiners never split a word (as in tokenize). */
const JOINERS = /[\u200d\ufe0f]/g;
const ACCENTED = /[\u00c0-\u017f]/;
const MARKS = /[\u0300-\u036f]/g;
const CURLY = /\u2019/g;
const BREAKS = /[\n.!?;,:]/;
const NON_LETTERS = /[^a-z]+/;
const collapseAll = (s: string): string => s.replace(/(.)\1+/g, '$1');

const F_MAP = 1;
const F_JOIN = 2;
const F_GLUED = 4;
const F_RUN3 = 8;
const F_REPEAT = 16;
const F_ALL = 31;
/** Bits of the word filter (2^20 bits = 128 KB: small enough to stay in cache). */
const FILTER_MASK = (1 << 20) - 1;
/** Polynomial hash of a word's letters, as test() computes it while reading. */
function wordHash(w: string): number {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
  return h;
} // a word with repeated letters that single() finds
/**
 * Lower-case letters some capital lower-cases to while the two fold to different letters (Greek
 * 'Η' folds to "h", 'η' to "n"; 'Σ' at a word's end lower-cases to 'ς', which folds to "s"): the
 * only code points where folding the lower-cased text differs from folding the original
 * (text.test.ts recomputes the list over all of Unicode).
 */
export const LOWER_FOLDS_APART: ReadonlySet<number> = new Set([0x3b6, 0x3b7, 0x3bc, 0x3bd, 0x3c2, 0x3c5, 0x3f2]);
const APART_MIN = Math.min(...LOWER_FOLDS_APART);
const APART_MAX = Math.max(...LOWER_FOLDS_APART);
/** l33t digits (and "€", read like a digit) as tokenize() reads them inside a word. */
const LEET_DIGIT: Record<string, string> = { '4': 'a', '3': 'e', '1': 'i', '0': 'o', '5': 's', '7': 't', '!': 'i', '€': 'e' };
const leet = (raw: string): string => {
  let out = '';
  for (let i = 0; i < raw.length; i++) out += LEET_DIGIT[raw[i]] ?? raw[i];
  return out;
};
/** Characters that continue a mention handle. */
const HANDLE = new Uint8Array(128);
for (let c = 0; c < 128; c++) HANDLE[c] = /[A-Za-z0-9_]/.test(String.fromCharCode(c)) ? 1 : 0;
const MEMO_MAX = 20_000;
const BAIL = -1;
const LETTERS = ' abcdefghijklmnopqrstuvwxyz';
// ASCII characters as tokenize() reads them outside letters
const A_SEP = 0;
const A_BREAK = 1; // a separator that stops joins (BREAK)
const A_DIGIT = 2;
const A_BANG = 3;
const A_BAIL = 4; // l33t symbols, hashtags, handles: the general path
const A_AT = 5;
const A_HASH = 6;
/** Characters a plain hashtag is made of (anything else after "#" goes to the general path). */
const HASHTAG = new Uint8Array(128);
for (let c = 0; c < 128; c++) HASHTAG[c] = /[a-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_CLASS[c] = /[0-9]/.test(ch) ? A_DIGIT : ch === '!' ? A_BANG : ch === '@' ? A_AT : ch === '#' ? A_HASH : /[$_]/.test(ch) ? A_BAIL : BREAK.test(ch) ? A_BREAK : A_SEP;
}
/** A character that may be (part of) a letter: ASCII letters and anything outside ASCII. */
const isLetterish = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c >= 128;
// non-ASCII code points: 0 invisible, 1..26 a folded Latin letter, or one of these
const U_INVISIBLE = 0;
const U_SEP = 100;
const U_BREAK = 101;
const U_BAIL = 102;
/** classOf() of each code point below 0x3000 (accents, punctuation, Greek, Cyrillic) + 1; 0: not asked yet. */
const BMP_CLASS = new Uint8Array(0x3000);
/** classOf() of the other code points (emoji, CJK), remembered (bounded). */
const cpClass = new Map<number, number>();
function classOf(cp: number): number {
  if (cp < 0x3000) {
    const v = BMP_CLASS[cp];
    if (v !== 0) return v - 1;
    const k = classify(cp);
    BMP_CLASS[cp] = k + 1;
    return k;
  }
  let k = cpClass.get(cp);
  if (k === undefined) {
    k = classify(cp);
    if (cpClass.size < 5000) cpClass.set(cp, k);
  }
  return k;
}
function classify(cp: number): number {
  const f = foldCodePoint(cp);
  if (f === '') return U_INVISIBLE;
  if (f.length === 1 && f >= 'a' && f <= 'z') return f.charCodeAt(0) - 96;
  if (/[\p{L}\p{N}\p{M}@$#_!€]/u.test(f)) return U_BAIL;
  return BREAK.test(f) ? U_BREAK : U_SEP;
}

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
  /**
   * Fast yes/no: does the text contain any lexicon term? Same answer as `find(text).length > 0`,
   * but plain words are checked straight on the lower-cased text without building tokens; only
   * texts with something unusual (digits or symbols inside words, spaced letters, repeated letters,
   * non-Latin characters, a possible multi-word start, a possible glued word) take the full path.
   */
  test(text: string, hook?: (word: string, prefix4: string) => boolean): boolean;
  /**
   * `test(text, hook)` and `test(text)` from one pass: TEST_HOOKED when test(text, hook) is true;
   * with TEST_KNOWN, TEST_TERM tells test(text) (without TEST_KNOWN, ask test(text)). The pass goes on
   * after the hook says yes, without it, to learn whether a term is there.
   */
  testBoth(text: string, hook: ((word: string, prefix4: string) => boolean) | WordReader): number;
  /**
   * What the last testBoth() with a WordReader learnt of its text's words (see PlainWords); ok is false
   * after any other testBoth().
   */
  readonly words: PlainWords;
  /**
   * `reader.facts` of the word s[from, to) whose hash is h (wordHash of its letters), remembered in the
   * word table that testBoth()'s pass reads: the words it has just read are in the cache.
   */
  factsAt(reader: WordReader, s: string, from: number, to: number, h: number): number;
  /** Look a single normalised word up (exact key). */
  lookup(word: string): LexEntry<C> | undefined;
  readonly size: number;
  readonly maxWords: number;
}

/**
 * A caller's own facts about words, read in testBoth()'s pass: each word's facts are remembered in
 * the matcher's word table next to its lexicon flags, so one look-up per word answers the lexicon, the
 * hook and the caller. Both functions must be pure (a word is its folded letters a–z); they are asked
 * again after the table is emptied, and for a new reader object.
 */
export interface WordReader {
  /** Bits of a word. The hook is "some bit of hookBits": test(text, w => (facts(w) & hookBits) !== 0). */
  facts(word: string): number;
  readonly hookBits: number;
  /**
   * Hook bits that say "maybe" only (a word that counts only with another one): in testBoth()'s pass
   * over plain words, a word with no other hook bit is not heard at once; if the text turns out plain
   * words, the hook is not heard for it and the caller judges the gathered facts. Otherwise it is.
   */
  readonly softBits?: number;
  /** Other bits of a word, only gathered over the text (PlainWords.moreFacts). */
  moreFacts(word: string): number;
  /**
   * The letter (1..26 for a–z) the caller reads a lower-case code unit ≥ 128 as, 0 for none: a word
   * with a letter the matcher reads otherwise ("ø" is "o" for the matcher) is not a plain word.
   */
  letter(c: number): number;
}

/**
 * A text read by testBoth() as plain words only: its words (the runs of letters a–z of its lower-cased
 * text, accented letters read as the reader's letter()) and numbers apart from them are its tokens;
 * nothing was skipped (links, mentions, hashtags, invisible characters), read as l33t (digits or "!" or
 * "€" inside a word) or repeated (three times one letter), and no term was found (TEST_TERM clear).
 * Then facts and moreFacts are the OR of the words' facts, digits the number of digits, longest the
 * length of the longest word or number, threeSingles whether three one-letter words follow each other
 * (numbers and punctuation between them do not count).
 */
export interface PlainWords {
  ok: boolean;
  facts: number;
  moreFacts: number;
  digits: number;
  longest: number;
  threeSingles: boolean;
}

/** Bits of Matcher.testBoth. */
export const TEST_HOOKED = 1;
export const TEST_TERM = 2;
export const TEST_KNOWN = 4;

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
    if (base.length >= 4 && (t.run3 ?? hasLongRun(base))) {
      const s2 = squeeze(base, 2);
      e = map.get(s2);
      if (e) return { e, v: 'repeat' };
      const s1 = squeeze(base, 1);
      e = map.get(s1) ?? squeezed.get(collapseAll(base));
      if (e) return { e, v: 'repeat' };
    }
    return null;
  };

  // glue candidates bucketed by first/last letter so most words try none
  const preBy = new Map<string, string[]>();
  for (const p of GLUE_PREFIXES) preBy.set(p[0], [...(preBy.get(p[0]) ?? []), p]);
  const sufBy = new Map<string, string[]>();
  for (const x of GLUE_SUFFIXES) sufBy.set(x[x.length - 1], [...(sufBy.get(x[x.length - 1]) ?? []), x]);
  const glued = (w: string): LexEntry<C> | undefined => {
    const pre = preBy.get(w[0]);
    if (pre) {
      for (const p of pre) {
        if (w.length - p.length >= 5 && w.startsWith(p)) {
          const rest = w.slice(p.length);
          const e = map.get(rest);
          if (e && !multi.has(rest)) return e;
        }
      }
    }
    const suf = sufBy.get(w[w.length - 1]);
    if (suf) {
      for (const x of suf) {
        if (w.length - x.length >= 5 && w.endsWith(x)) {
          const e = map.get(w.slice(0, w.length - x.length));
          if (e) return e;
        }
      }
    }
    return undefined;
  };

  // ---------------------------------------------------------------- exact fast path for test()
  // Per-word facts, remembered (bounded): one Map lookup per word instead of several lookups,
  // slices and the glue search. Words repeat a lot in comments.
  const memo = new Map<string, number>();
  // as single() for a word with a run of 3+ letters
  const repeatHit = (w: string): boolean =>
    map.has(w) || (w.length >= 4 && (map.has(squeeze(w, 2)) || map.has(squeeze(w, 1)) || squeezed.has(collapseAll(w))));
  const flagsOf = (w: string): number => {
    let f = memo.get(w);
    if (f === undefined) {
      f =
        (map.has(w) ? F_MAP : 0) |
        (joinPrefixes.has(w) ? F_JOIN : 0) |
        (unglue && w.length >= 7 && glued(w) ? F_GLUED : 0) |
        (w.length >= 3 && hasLongRun(w) ? F_RUN3 | (repeatHit(w) ? F_REPEAT : 0) : 0);
      if (memo.size >= MEMO_MAX) memo.clear();
      memo.set(w, f);
    }
    return f;
  };
  // Hash filter over every word that has a flag: lexicon keys, join prefixes, and the glued forms
  // glued() recognises (a glue prefix + a key, a key + a glue suffix). Built from hashes alone.
  // Two bits per word, from two mixes of its hash (a Bloom filter of k = 2): about 70,000 words set
  // 6.7% of the bits, so with one bit 6.7% of the words outside it passed ("la" + "naspi": a join
  // built as a string and looked up, 9,500 times over the bench corpus); with two, about 1.6%.
  const filter = new Uint32Array((FILTER_MASK + 1) >>> 5);
  const mark = (hash: number) => {
    const x = (hash ^ (hash >>> 15)) & FILTER_MASK;
    filter[x >>> 5] |= 1 << (x & 31);
    const y = Math.imul(hash, 0x9e3779b1) >>> 12;
    filter[y >>> 5] |= 1 << (y & 31);
  };
  const pow31: number[] = [1];
  for (const k of map.keys()) while (pow31.length <= k.length) pow31.push(Math.imul(pow31[pow31.length - 1], 31));
  const glueHashes = (list: string[]) => list.map((g) => [wordHash(g), g.length] as const);
  const preH = glueHashes(GLUE_PREFIXES);
  const sufH = glueHashes(GLUE_SUFFIXES);
  for (const k of map.keys()) {
    const hk = wordHash(k);
    mark(hk);
    if (!unglue || k.length < 5) continue;
    // p + k (k not from a multi-word term) and k + x, at least 7 letters long
    if (!multi.has(k)) for (const [hp, lp] of preH) if (lp + k.length >= 7) mark((Math.imul(hp, pow31[k.length]) + hk) | 0);
    for (const [hx, lx] of sufH) if (lx + k.length >= 7) mark((Math.imul(hk, pow31[lx]) + hx) | 0);
  }
  for (const k of joinPrefixes) mark(wordHash(k));

  // Word table: open addressing on the word hash; flags and the facts of the last reader given
  // (valid for readerEpoch). Bounded: emptied when half full.
  // A slot is eight numbers side by side: hash, length, flags and epoch, the reader's two facts, and
  // the word's first 18 letters packed six to a number (a-z as 1..26, five bits each). A probe reads
  // one cache line and compares the letters there; the word string is read only for a word that does
  // not pack (longer, or a letter outside a-z) and to give it to the reader. Between two comments the
  // rules push the table out of the cache, so the lines a probe touches are what it costs.
  const T_SIZE = 1 << 14;
  const T_STRIDE = 8;
  const T_HASH = 0;
  const T_LEN = 1; // 0: an empty slot (a word has letters)
  const T_FLAGS = 2; // the flags (bits 0..4), and readerEpoch × 32 once the reader's facts are in
  const EPOCH_SHIFT = 5;
  const T_FACTS = 3; // reader.facts(word)
  const T_MORE = 4; // reader.moreFacts(word)
  const T_KEY = 5; // three numbers: the packed letters; -1, 0, 0 for a word that does not pack
  const KEY_LETTERS = 18;
  const PACK_HERE = -2; // (for tableSlot: the caller did not pack the letters)
  const tMeta = new Int32Array(T_SIZE * T_STRIDE);
  const tWord: (string | undefined)[] = new Array(T_SIZE);
  let tCount = 0;
  let lastReader: WordReader | null = null;
  let readerEpoch = 1;
  /** test(text, hook) reads with a reader made of its hook (the last one, kept: its answers stay in the table). */
  let lastHook: unknown = null;
  let hookAsReader: WordReader | null = null;
  const readerOf = (hook: ((word: string, prefix4: string) => boolean) | WordReader): WordReader => {
    if (typeof hook !== 'function') return hook;
    if (hook !== lastHook) {
      lastHook = hook;
      hookAsReader = { facts: (w) => (hook(w, w.length > 4 ? w.slice(0, 4) : w) ? 1 : 0), hookBits: 1, moreFacts: () => 0, letter: () => 0 };
    }
    return hookAsReader!;
  };
  /** The word at tMeta[b], with the reader's facts in its slot (asked now if not yet for this reader). */
  const withFacts = (b: number, reader: WordReader): void => {
    if (tMeta[b + T_FLAGS] >>> EPOCH_SHIFT === readerEpoch) return;
    const w = tWord[b / T_STRIDE]!;
    tMeta[b + T_FACTS] = reader.facts(w);
    tMeta[b + T_MORE] = reader.moreFacts(w);
    tMeta[b + T_FLAGS] = (tMeta[b + T_FLAGS] & F_ALL) | (readerEpoch << EPOCH_SHIFT);
  };
  /**
   * Index in tMeta of the word low[ws, at) (hash h), inserted with its flags if new. k0…k2: its
   * packed letters when the caller read them (k0 -1: it does not pack), or k0 PACK_HERE.
   */
  const tableSlot = (h: number, low: string, ws: number, at: number, k0: number, k1: number, k2: number): number => {
    const len = at - ws;
    if (k0 === PACK_HERE) {
      k0 = k1 = k2 = 0;
      for (let i = 0; i < len; i++) {
        const c = low.charCodeAt(ws + i) - 96;
        if (c < 1 || c > 26 || i >= KEY_LETTERS) {
          k0 = -1;
          break;
        }
        if (i < 6) k0 = k0 * 32 + c;
        else if (i < 12) k1 = k1 * 32 + c;
        else k2 = k2 * 32 + c;
      }
    }
    // (-1 is never the key of a word that packs: such a word's letters are compared one by one)
    const packs = k0 !== -1;
    if (!packs) k1 = k2 = 0;
    let slot = (h ^ (h >>> 15)) & (T_SIZE - 1);
    for (;;) {
      const b = slot * T_STRIDE;
      const l = tMeta[b + T_LEN];
      if (l === 0) break;
      if (l === len && tMeta[b + T_HASH] === h && tMeta[b + T_KEY] === k0 && tMeta[b + T_KEY + 1] === k1 && tMeta[b + T_KEY + 2] === k2) {
        if (packs) return b;
        const w = tWord[slot]!;
        let k = 0;
        while (k < len && w.charCodeAt(k) === low.charCodeAt(ws + k)) k++;
        if (k === len) return b;
      }
      slot = (slot + 1) & (T_SIZE - 1);
    }
    if (tCount >= T_SIZE >>> 1) {
      tWord.fill(undefined);
      tMeta.fill(0);
      tCount = 0;
      slot = (h ^ (h >>> 15)) & (T_SIZE - 1);
    }
    const w = low.slice(ws, at);
    const b = slot * T_STRIDE;
    tWord[slot] = w;
    tMeta[b + T_HASH] = h;
    tMeta[b + T_LEN] = len;
    tMeta[b + T_FLAGS] = flagsOf(w); // (epoch 0: no reader's facts yet)
    tMeta[b + T_KEY] = k0;
    tMeta[b + T_KEY + 1] = k1;
    tMeta[b + T_KEY + 2] = k2;
    tCount++;
    return b;
  };

  /** reader.facts of the word s[from, to) (hash h), remembered in the word table (see Matcher.factsAt). */
  const factsIn = (reader: WordReader, s: string, from: number, to: number, h: number): number => {
    if (reader !== lastReader) {
      lastReader = reader;
      readerEpoch++;
    }
    const b = tableSlot(h, s, from, to, PACK_HERE, 0, 0);
    withFacts(b, reader);
    return tMeta[b + T_FACTS];
  };
  /** reader.facts(w), remembered: the words the fast pass cannot read from the text (l33t, hashtags…) too. */
  const factsOf = (reader: WordReader, w: string): number => factsIn(reader, w, 0, w.length, wordHash(w));

  // chains being joined ("porco" + "dio"): at most maxWords alive at once (scratch, test() is not re-entrant)
  const chainKey: (string | null)[] = new Array(8).fill(''); // null: the word low[chainFrom, chainTo)
  const chainFrom = new Int32Array(8);
  const chainTo = new Int32Array(8);
  const chainLen: number[] = new Array(8).fill(0);
  const chainHash: number[] = new Array(8).fill(0);
  const filtered = (hash: number): boolean => {
    const x = (hash ^ (hash >>> 15)) & FILTER_MASK;
    if ((filter[x >>> 5] & (1 << (x & 31))) === 0) return false;
    const y = Math.imul(hash, 0x9e3779b1) >>> 12;
    return (filter[y >>> 5] & (1 << (y & 31))) !== 0;
  };

  /**
   * One pass over the text that reads words exactly as tokenize() + find() would, for the common
   * texts: ASCII or Latin letters with accents, punctuation, emoji, numbers apart from words.
   * Returns 1 (a term is there, or the hook said yes), 0 (nothing), or BAIL for anything else
   * (l33t, symbols, links, mentions, spaced or repeated letters, other scripts): the general path decides.
   * `dual`: when the hook says yes, note it in `heard` and read on as without a hook (the pass is
   * the same with or without one up to there, but for the hook's own answers), so the result is
   * the one test(text) would get; BAIL then says nothing of test(text, hook), which `heard` answers.
   * `gather`: fill `words` (PlainWords); every word is then looked up, to the end of the text.
   */
  let heard = false;
  const words: PlainWords = { ok: false, facts: 0, moreFacts: 0, digits: 0, longest: 0, threeSingles: false };
  const fastTest = (text: string, reader: WordReader | null, dual = false, gather = false): number => {
    words.ok = false;
    // ASCII is read from the lower-cased copy (one native pass: no per-word lower-casing); anything
    // else from the original, as tokenize() folds it. A length change (rare special casing) is left
    // to the general path.
    const low = lowerCase(text);
    const n = text.length;
    if (low.length !== n) return BAIL;
    if (reader && reader !== lastReader) {
      // another reader: the facts remembered in the word table are not its facts
      lastReader = reader;
      readerEpoch++;
    }
    // the hook still asked; in a dual pass, once it said yes (heard) the pass goes on without it
    let ask = reader !== null;
    const hookBits = reader ? reader.hookBits : 0;
    // the hook bits heard at once (the soft ones only note that they were seen)
    const hardBits = reader && gather ? hookBits & ~(reader.softBits ?? 0) : hookBits;
    let soft = false;
    heard = false;
    // PlainWords, while gathering: still plain, and what the words said so far. Gathering goes on after
    // the hook says yes (each later word is then looked up in the table, not only those in the filter):
    // a woken text that stays plain words then spares the callers their own passes over its words (the
    // rules' masks in plainMask, the word gates' trie). Until the tenth session gathering stopped there;
    // going on takes 3.1% fewer instructions over the bench corpus (cachegrind).
    let plain = gather;
    let facts = 0;
    let moreFacts = 0;
    let numberDigits = 0;
    let longest = 0;
    let letterSingles = 0;
    let threeSingles = false;
    let ws = -1; // start of the current word
    let built: string | null = null; // the word, when it had to be folded letter by letter
    let digits = 0; // digits inside the current word (l33t or a number)
    let h = 0; // hash of the word's letters (see wordHash)
    // its first 24 letters packed as tableSlot keys them, while the word is plain (a–z, built null):
    // the table then need not read the letters again
    let k0 = 0;
    let k1 = 0;
    let k2 = 0;
    let run = 0; // length of the current run of one letter, and the letter
    let last = 0;
    let run3 = false;
    let nch = 0;
    let singles = 0;
    // a join that ends on a one-letter word counts only if no third one-letter word follows
    // (tokenize would join "e g r" into one token): decided when the run of single letters ends
    let pending = false;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? low.charCodeAt(i) : 32;
      if (c >= 97 && c <= 122) {
        h = (Math.imul(h, 31) + c) | 0;
        if (c === last) {
          if (++run >= 3) run3 = true;
        } else {
          last = c;
          run = 1;
        }
        if (ws < 0) {
          if (((c === 104 && low.charCodeAt(i + 1) === 116) || (c === 119 && low.charCodeAt(i + 1) === 119)) && text.charCodeAt(i) === c && isUrlAt(text, i)) {
            // a link is not words (as in tokenize): skip to the next white space; joins go on across it
            plain = false;
            let j = i;
            while (j < n && !isWhite(text.charCodeAt(j))) j++;
            i = j - 1;
            continue;
          }
          ws = i;
          built = null;
          digits = 0;
          h = c;
          run = 1;
          last = c;
          run3 = false;
          k0 = c - 96;
          k1 = k2 = 0;
          // the word's next ASCII letters in a loop of their own (most words are only these)
          let j = i + 1;
          for (; j < n; j++) {
            const d = low.charCodeAt(j);
            if (d < 97 || d > 122) break;
            h = (Math.imul(h, 31) + d) | 0;
            if (d === last) {
              if (++run >= 3) run3 = true;
            } else {
              last = d;
              run = 1;
            }
            const p = j - i;
            if (p < 6) k0 = k0 * 32 + d - 96;
            else if (p < 12) k1 = k1 * 32 + d - 96;
            else if (p < 18) k2 = k2 * 32 + d - 96;
          }
          i = j - 1;
        } else if (built !== null) built += low[i];
        else {
          const p = i - ws;
          if (p < 6) k0 = k0 * 32 + c - 96;
          else if (p < 12) k1 = k1 * 32 + c - 96;
          else if (p < 18) k2 = k2 * 32 + c - 96;
        }
        continue;
      }
      let brk = false;
      let next = i + 1;
      const at = i; // where the current word (if any) ends
      if (c === 32) {
        // a space: the usual separator
      } else if (c < 128) {
        const k = ASCII_CLASS[c];
        if (k === A_DIGIT) {
          // digits belong to the token they touch (l33t "m3rda") or make a number token
          if (ws < 0) {
            ws = i;
            built = null;
            digits = 0;
            run3 = false;
          } else if (built !== null) built += low[i];
          digits++;
          last = 0;
          continue;
        }
        if (k === A_BANG) {
          if (ws >= 0 && i + 1 < n && isLetterish(low.charCodeAt(i + 1))) {
            // "d!o": between letters "!" is l33t for "i" (the word already has a letter)
            const e = low.charCodeAt(i + 1);
            if (e >= 128) return BAIL;
            if ((built === null ? i - ws : built.length) > digits) {
              if (built !== null) built += '!';
              digits++;
              last = 0;
              continue;
            }
          }
          brk = true;
        } else if (k === A_HASH && ws < 0 && i + 1 < n && (isLetterish(low.charCodeAt(i + 1)) || ASCII_CLASS[low.charCodeAt(i + 1)] === A_DIGIT)) {
          // "#word": a hashtag token, matched like a word but never extending a join
          plain = false;
          let j = i + 1;
          while (j < n && HASHTAG[low.charCodeAt(j)] === 1) j++;
          if (j < n) {
            const e = low.charCodeAt(j);
            if (e >= 128 || (ASCII_CLASS[e] !== A_SEP && ASCII_CLASS[e] !== A_BREAK)) return BAIL;
          }
          if (pending) return 1;
          const w = low.slice(i + 1, j);
          nch = 0;
          singles = 0;
          i = j - 1;
          const f = flagsOf(w);
          if (f & (F_MAP | F_GLUED | F_REPEAT)) return 1;
          if (f & F_RUN3 && ask) {
            if (!dual) return 1;
            heard = true;
            plain = false;
            ask = false;
          }
          if (f & F_JOIN && maxWords > 1) {
            chainKey[0] = w;
            chainLen[0] = 1;
            chainHash[0] = wordHash(w);
            nch = 1;
          }
          if (ask && (factsOf(reader!, w) & hookBits) !== 0) {
            if (!dual) return 1;
            heard = true;
            plain = false;
            ask = false;
          }
          continue;
        } else if (k === A_AT) {
          // "@name" (4+ handle characters, then a plain separator) is a mention: never matched, stops joins
          if (ws >= 0) return BAIL;
          plain = false;
          let j = i + 1;
          while (j < n && HANDLE[low.charCodeAt(j)] === 1) j++;
          if (j - i - 1 < 4) return BAIL;
          if (j < n) {
            const e = low.charCodeAt(j);
            if (e >= 128) return BAIL;
            const ek = ASCII_CLASS[e];
            if (ek !== A_SEP && ek !== A_BREAK && !(ek === A_BANG && !(j + 1 < n && isLetterish(low.charCodeAt(j + 1))))) return BAIL;
          }
          if (pending) return 1;
          nch = 0;
          singles = 0;
          i = j - 1;
          continue;
        } else if (k === A_BAIL) return BAIL;
        else brk = k === A_BREAK;
      } else {
        // tokenize() folds the original character, not its lower case; both fold alike (and the
        // lower-cased copy is quicker to read) except for the few in LOWER_FOLDS_APART
        const o = c >= APART_MIN && c <= APART_MAX && LOWER_FOLDS_APART.has(c) ? text.charCodeAt(i) : c;
        if (o === 0x20ac) {
          // "€" belongs to the token it touches, as a digit does: l33t "e" in a word ("m€rda"), part of a number ("500€")
          plain = false;
          if (ws < 0) {
            ws = i;
            built = null;
            digits = 0;
            run3 = false;
          } else if (built !== null) built += '€';
          digits++;
          last = 0;
          continue;
        }
        const cp = o >= 0xd800 && o <= 0xdbff ? low.codePointAt(i)! : o;
        if (cp > 0xffff) next = i + 2;
        const k = classOf(cp);
        if (k === U_INVISIBLE) {
          // never splits a word
          plain = false;
          if (ws >= 0 && built === null) built = low.slice(ws, i);
          i = next - 1;
          continue;
        }
        if (k > 0 && k <= 26) {
          const lc = 96 + k;
          if (plain && reader!.letter(c) !== k) plain = false;
          if (ws < 0) {
            ws = i;
            built = '';
            digits = 0;
            h = 0;
            run = 0;
            last = 0;
            run3 = false;
          } else if (built === null) built = low.slice(ws, i);
          built += LETTERS[k];
          h = (Math.imul(h, 31) + lc) | 0;
          if (lc === last) {
            if (++run >= 3) run3 = true;
          } else {
            last = lc;
            run = 1;
          }
          i = next - 1;
          continue;
        }
        if (k === U_BAIL) return BAIL;
        if (plain && reader!.letter(c) !== 0) plain = false;
        brk = k === U_BREAK;
        i = next - 1;
      }
      if (ws >= 0) {
        // Plain words (letters only, no run of three) are decided from hashes: a word outside the
        // filter has no flag; one inside is found in the word table with its flags (and, with a
        // hook, the hook's answer). A string is made only when a join may grow into a key.
        let hooked = -1;
        // flagsOf(the word) when read from the table (or 0: outside the filter), for the general path below
        let known = -1;
        // A folded word (accents, look-alikes) is looked up the same way, by its folded letters.
        if (digits === 0 && !run3) {
          const len = built === null ? at - ws : built.length;
          let f = 0;
          if (ask || plain || filtered(h)) {
            const b = built === null ? tableSlot(h, low, ws, at, len <= KEY_LETTERS ? k0 : -1, k1, k2) : tableSlot(h, built, 0, len, PACK_HERE, 0, 0);
            f = tMeta[b + T_FLAGS] & F_ALL;
            if (ask || plain) {
              withFacts(b, reader!);
              const fa = tMeta[b + T_FACTS];
              if (ask) {
                hooked = (fa & hookBits) !== 0 ? 1 : 0;
                // a soft word of a text still read as plain words: the caller judges it with the others
                if (hooked === 1 && plain && (fa & hardBits) === 0) {
                  hooked = 0;
                  soft = true;
                }
              }
              if (plain) {
                facts |= fa;
                moreFacts |= tMeta[b + T_MORE];
              }
            }
          }
          if (plain) {
            if (len > longest) longest = len;
            if (len !== 1) letterSingles = 0;
            else if (++letterSingles >= 3) threeSingles = true;
          }
          known = f;
          let maybe = (f & (F_MAP | F_GLUED)) !== 0;
          // a chain grows only into a key or a join prefix: its hash must be in the filter too
          for (let q = 0; q < nch && !maybe; q++) if (len < pow31.length && filtered((Math.imul(chainHash[q], pow31[len]) + h) | 0)) maybe = true;
          if (!maybe) {
            if (len === 1) {
              if (++singles >= 3) return BAIL;
            } else {
              if (pending) return 1;
              singles = 0;
            }
            nch = 0;
            if (f & F_JOIN && maxWords > 1) {
              chainKey[0] = built; // null: the word low[ws, at)
              chainFrom[0] = ws;
              chainTo[0] = at;
              chainLen[0] = 1;
              chainHash[0] = h;
              nch = 1;
            }
            ws = -1;
            if (hooked === 1) {
              if (!dual) return 1;
              heard = true;
              ask = false;
            }
            if (brk) nch = 0;
            continue;
          }
        }
        if (digits > 0 && built === null && digits === at - ws) {
          // a number (digits alone, or with "€"): not a word, stops joins and runs of single letters
          if (pending) return 1;
          // "€" alone (no digit) is a one-character word for tokenize(), not a number
          if (low.charCodeAt(ws) === 0x20ac && !/[0-9]/.test(low.slice(ws, at))) return BAIL;
          numberDigits += digits;
          if (at - ws > longest) longest = at - ws;
          ws = -1;
          nch = 0;
          singles = 0;
          continue;
        }
        let w = built ?? low.slice(ws, at);
        ws = -1;
        built = null;
        if (digits > 0 || run3) plain = false; // l33t or repeated letters: the reader's words are not these
        if (digits > 0) {
          if (pending) return 1;
          if (digits === w.length) {
            // "€" alone (no digit) is a one-character word for tokenize(), not a number
            if (w.charCodeAt(0) === 0x20ac && !/[0-9]/.test(w)) return BAIL;
            // a number: not a word, stops joins and runs of single letters
            nch = 0;
            singles = 0;
            if (brk) nch = 0;
            continue;
          }
          // letters and digits: tokenize reads the digits as l33t letters
          const raw = w;
          w = leet(raw);
          if (map.has(raw) || (map.has(w) && w.length >= minFuzzy)) return 1;
        }
        // a l33t word was looked up above (find() needs minFuzzyLen letters for it)
        const f = digits > 0 ? flagsOf(w) & ~F_MAP : known >= 0 ? known : flagsOf(w);
        let key = w;
        if (f & F_RUN3) {
          // repeated letters ("merdaaa"): the hook cannot judge the word; find() reads it squeezed
          if (f & F_REPEAT) return 1;
          if (ask) {
            if (!dual) return 1;
            heard = true;
            plain = false;
            ask = false;
          }
          key = squeeze(w, 2);
        }
        if (w.length === 1) {
          if (++singles >= 3 || f & F_MAP) return BAIL; // spaced letters: tokenize joins them
        } else {
          if (pending) return 1;
          singles = 0;
        }
        if (f & (F_MAP | F_GLUED)) return 1;
        let m = 0;
        for (let q = 0; q < nch; q++) {
          const k = (chainKey[q] ?? low.slice(chainFrom[q], chainTo[q])) + key;
          if (map.has(k) && (multi.has(k) || k.length >= 7)) {
            if (w.length !== 1) return 1;
            pending = true;
          }
          if (chainLen[q] + 1 < maxWords && joinPrefixes.has(k)) {
            chainKey[m] = k;
            chainLen[m] = chainLen[q] + 1;
            chainHash[m] = wordHash(k);
            m++;
          }
        }
        nch = m;
        if ((key === w ? f & F_JOIN : joinPrefixes.has(key)) && maxWords > 1) {
          chainKey[nch] = key;
          chainLen[nch] = 1;
          chainHash[nch] = wordHash(key);
          nch++;
        }
        if (ask && (hooked >= 0 ? hooked === 1 : (factsOf(reader!, w) & hookBits) !== 0)) {
          if (!dual) return 1;
          heard = true;
          plain = false;
          ask = false;
        }
      }
      if (brk) nch = 0;
    }
    if (pending) return 1;
    // a soft word in a text that did not stay plain: the hook is heard for it after all
    if (soft && !plain) heard = true;
    if (plain) {
      words.ok = true;
      words.facts = facts;
      words.moreFacts = moreFacts;
      words.digits = numberDigits;
      words.longest = longest;
      words.threeSingles = threeSingles;
    }
    return 0;
  };

  const api: Matcher<C> = {
    size: map.size,
    maxWords,
    lookup: (w) => map.get(w),
    words,
    factsAt: factsIn,
    testBoth(text, hook) {
      const reader = readerOf(hook);
      const r = fastTest(text, reader, true, reader === hook);
      if (r === 1) return TEST_HOOKED | TEST_TERM | TEST_KNOWN;
      if (r === 0) return (heard ? TEST_HOOKED : 0) | TEST_KNOWN;
      // without the dual pass, test(text, hook) stops where the hook said yes, before this BAIL
      return heard || slowTest(text, typeof hook === 'function' ? hook : (w) => (factsOf(reader, w) & reader.hookBits) !== 0) ? TEST_HOOKED : 0;
    },
    test(text, hook) {
      const r = fastTest(text, hook ? readerOf(hook) : null);
      if (r !== BAIL) return r === 1;
      // without a hook the general path ends in find() anyway
      return hook ? slowTest(text, hook) : findIn(text).length > 0;
    },
    find(text, tokens) {
      return findIn(text, tokens);
    },
  };
  /** The general path of test(): anything unusual goes to find(). */
  function slowTest(text: string, hook?: (word: string, prefix4: string) => boolean): boolean {
      // with a hook the answer is "maybe": anything unusual counts as yes without running find()
      const full = (): boolean => (hook ? true : api.find(text).length > 0);
      // native path: plain ASCII letters and punctuation (no digits, symbols, accents, links)
      let lower = lowerCase(text);
      let plain = !NOT_PLAIN.test(lower);
      if (!plain) {
        if (ACCENTED.test(lower)) lower = lower.normalize('NFD').replace(MARKS, '');
        if (lower.includes('\u2019')) lower = lower.replace(CURLY, "'");
        if (lower.includes('http') || lower.includes('www.')) lower = lower.replace(URLS, '$1 ');
        if (lower.includes('@')) lower = lower.replace(MENTIONS, '$1 ');
        if (EMOJI.test(lower)) lower = lower.replace(JOINERS, '').replace(EMOJI_G, ' ');
        plain = !NOT_PLAIN.test(lower);
      }
      if (plain) {
        if (RUN3.test(lower)) return full();
        let singles = 0;
        for (const seg of lower.split(BREAKS)) {
          let prev = '';
          let joined = 0;
          for (const w of seg.split(NON_LETTERS)) {
            if (!w) continue;
            if (map.has(w)) return full();
            if (prev) {
              const k = prev + w;
              if (map.has(k)) return full();
              prev = joinPrefixes.has(k) && ++joined < maxWords ? k : '';
              // two chains possible ("s"+"porco"… and "porco"+"dio"): only find() follows both
              if (prev && joinPrefixes.has(w)) return full();
            }
            if (!prev) {
              prev = joinPrefixes.has(w) ? w : '';
              joined = 1;
            }
            // a glued word may still be a longer token for find() ("unculattone1"): let find() decide
            if (unglue && w.length >= 7 && glued(w)) return full();
            if (hook && hook(w, w.length > 4 ? w.slice(0, 4) : w)) return true;
            singles = w.length === 1 ? singles + 1 : 0;
            if (singles >= 3) return full();
          }
        }
        return false;
      }
      const n = text.length;
      let ws = -1; // start of the current word in `lower`
      let w = '';
      let singles = 0; // consecutive one-letter words
      let suspicious = false;
      let pure = true; // the current word is plain ASCII letters
      let prev = ''; // key being joined from consecutive words
      let joined = 0;
      let skip = 0; // second half of a surrogate pair
      for (let i = 0; i <= n; i += 1 + skip) {
        skip = 0;
        let c = i < n ? text.charCodeAt(i) : 32;
        if ((c === 104 || c === 119) && ws < 0 && isUrlAt(text, i)) {
          while (i + 1 < n && !isWhite(text.charCodeAt(i + 1))) i++;
          c = 32;
        }
        if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
          // ASCII letter: the word is sliced from the text at its end (no per-letter concatenation)
          if (ws < 0) {
            ws = i;
            w = '';
            pure = true;
          } else if (!pure) w += c <= 90 ? String.fromCharCode(c + 32) : text[i];
          continue;
        }
        let ch = '';
        if (c >= 0xc0 && c < 0x250) {
          ch = foldCodePoint(c);
          if (ch.length !== 1 || ch < 'a' || ch > 'z') return full();
          if (ws >= 0 && pure) {
            w = text.slice(ws, i).toLowerCase();
            pure = false;
          }
        } else if (c >= 0x80) {
          // homoglyphs, fullwidth, invisible characters: full path; emoji and punctuation: a separator
          const cp = text.codePointAt(i)!;
          const f = foldCodePoint(cp);
          if ((f === '' && ws >= 0) || /[a-z0-9@$]/.test(f)) return full();
          if (f === '') continue; // an invisible character between words (emoji variation selector, joiner)
          // "€" (l33t "e"), "!" (l33t "i"), "#", "_" may be part of a word for tokenize(): next to one, as digits
          if (/[€!#_]/.test(f)) {
            const e = i + 1 < n ? text.charCodeAt(i + 1) : 32;
            if (ws >= 0 || e >= 128 || /[A-Za-z0-9@$#_!]/.test(String.fromCharCode(e))) suspicious = true;
          }
          if (cp > 0xffff) skip = 1;
        } else if (c === 64 && ws < 0 && /^@[A-Za-z0-9_]{4}/.test(text.slice(i, i + 5))) {
          // a mention: never matched (as in find)
          while (i + 1 < n && /[A-Za-z0-9_\u00C0-\u024F]/.test(text[i + 1])) i++;
          continue;
        } else if (c === 35 && ws < 0 && i + 1 < n && /[A-Za-z]/.test(text[i + 1])) {
          continue; // "#word": a hashtag is read like a word
        } else if (c === 33) {
          if (ws >= 0 && i + 1 < n && /[A-Za-z]/.test(text[i + 1])) suspicious = true; // "d!o"
        } else if ((c >= 48 && c <= 57) || c === 64 || c === 36 || c === 35 || c === 95) {
          // digits and symbols: inside or next to a word they may be l33t
          if (ws >= 0 || (i + 1 < n && /[A-Za-z]/.test(text[i + 1]))) suspicious = true;
        }
        if (ch) {
          if (ws < 0) {
            ws = i;
            w = '';
            pure = false;
          }
          w += ch;
          continue;
        }
        const isBreak = c === 46 || c === 44 || c === 33 || c === 63 || c === 59 || c === 58 || c === 10;
        if (ws >= 0) {
          if (pure) w = text.slice(ws, i).toLowerCase();
          if (map.has(w)) return full();
          // joins: "porco" + "dio" → "porcodio"; only a growing key that is still a prefix survives
          if (prev) {
            const k = prev + w;
            if (map.has(k)) return full();
            prev = joinPrefixes.has(k) && ++joined < maxWords ? k : '';
            // two chains possible ("s"+"porco"… and "porco"+"dio"): only find() follows both
            if (prev && joinPrefixes.has(w)) return full();
          }
          if (!prev) {
            prev = joinPrefixes.has(w) ? w : '';
            joined = 1;
          }
          if (w.length >= 4 && hasLongRun(w)) return full();
          // a glued word may still be a longer token for find() ("unculattone1"): let find() decide
          if (unglue && w.length >= 7 && glued(w)) return full();
          if (hook && hook(w, w.length > 4 ? w.slice(0, 4) : w)) return true;
          singles = w.length === 1 ? singles + 1 : 0;
          if (singles >= 3) return full();
          ws = -1;
          w = '';
        }
        if (isBreak) prev = '';
        if (suspicious) return full();
      }
      return false;
  }
  /** Scratch for findIn: the hash of each token's text (findIn calls nothing that finds again). */
  let tokHash = new Int32Array(64);
  // findIn's own small cache of flagsOf(), one slot per hash (the word kept to check it): the words
  // that pass the hash filter are mostly the same few joining words ("di", "che", "non"), and the
  // memo behind flagsOf() is a Map of up to MEMO_MAX words, slow to probe with a fresh string
  const FIND_SLOTS = 1024; // about 13 KB
  const findHash = new Int32Array(FIND_SLOTS);
  const findWord: string[] = new Array<string>(FIND_SLOTS).fill(''); // no word is empty: '' never matches
  const findFlags = new Uint8Array(FIND_SLOTS);
  const findFlagsOf = (w: string, h: number): number => {
    const slot = (h ^ (h >>> 10)) & (FIND_SLOTS - 1);
    if (findHash[slot] === h && findWord[slot] === w) return findFlags[slot];
    const f = flagsOf(w);
    findHash[slot] = h;
    findWord[slot] = w;
    findFlags[slot] = f;
    return f;
  };
  function findIn(text: string, tokens?: Token[]): Match<C>[] {
      const toks = tokens ?? tokenize(text);
      const out: Match<C>[] = [];
      const n = toks.length;
      // each token's hash once: the filter check reads it, and so do the joins the token ends
      if (tokHash.length < n) tokHash = new Int32Array(Math.max(n, 2 * tokHash.length));
      for (let i = 0; i < n; i++) tokHash[i] = wordHash(toks[i].text);
      for (let i = 0; i < n; i++) {
        const t = toks[i];
        if (t.kind !== 'word' && t.kind !== 'hashtag') continue;
        const repeats = t.run3 ?? hasLongRun(t.text);
        let flags = -1; // flagsOf(t.text) for a token read without l33t
        if (t.text === t.raw) {
          // most words start no join, are no term, hide no glued term and repeat no letter: skip them
          // (a word outside the hash filter is no key, join prefix or glued key: no flag but F_RUN3)
          if (!repeats && !filtered(tokHash[i])) continue;
          flags = findFlagsOf(t.text, tokHash[i]);
          if ((flags & (F_MAP | F_JOIN | F_GLUED | F_RUN3)) === 0) continue;
        }
        let best: Match<C> | null = null;
        // joins of 2..maxWords tokens (longest wins)
        const squeezed = t.kind === 'word' && repeats;
        let key = squeezed ? squeeze(t.text, 2) : t.text;
        let keyHash = squeezed ? wordHash(key) : tokHash[i];
        // whether the key can grow: the token's flags tell it for the first step
        let grows = flags >= 0 && !squeezed ? (flags & F_JOIN) !== 0 : joinPrefixes.has(key);
        for (let j = i + 1; grows && j < n && j - i < maxWords; j++) {
          const u = toks[j];
          if (u.kind !== 'word' || (u.gap !== ' ' && BREAK.test(u.gap))) break;
          const pieceRepeats = u.run3 ?? hasLongRun(u.text);
          const piece = pieceRepeats ? squeeze(u.text, 2) : u.text;
          // the hash filter holds every key and join prefix: a longer key outside it is neither,
          // so the join ends here without building the string ("di" + "casa")
          if (key.length + piece.length >= pow31.length) break;
          keyHash = (Math.imul(keyHash, pow31[piece.length]) + (pieceRepeats ? wordHash(piece) : tokHash[j])) | 0;
          if (!filtered(keyHash)) break;
          key += piece;
          const e = map.get(key);
          if (e && (multi.has(key) || key.length >= 7)) best = { entry: e, start: t.start, end: u.end, from: i, to: j + 1, variant: 'joined' };
          grows = joinPrefixes.has(key);
        }
        // with the word's flags known, single() finds nothing unless the word is a key or repeats
        // one (F_REPEAT: the same lookups), and glued() nothing without F_GLUED (the same call):
        // most words that get here only start joins
        const sg = flags >= 0 && (flags & (F_MAP | F_REPEAT)) === 0 ? null : single(t);
        // a join below the flagging threshold must not hide a heavier word inside it ("che culo" 0.3 vs "culo" 0.9)
        if (best) {
          for (let k = best.from; k < best.to; k++) {
            const w = k === i ? sg : single(toks[k]);
            if (w && w.e.weight > best.entry.weight && best.entry.weight < 0.5) {
              best = null;
              break;
            }
          }
        }
        if (!best) {
          const s = sg;
          if (s) best = { entry: s.e, start: t.start, end: t.end, from: i, to: i + 1, variant: s.v };
          else if (unglue && t.text.length >= 7 && (flags < 0 || (flags & F_GLUED) !== 0)) {
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
  }
  return api;
}

/** Convenience: fold a single word the way the matcher does (for allowlists and settings). */
export function normalizeWord(w: string): string {
  return termKey(w) || foldText(w).text;
}
