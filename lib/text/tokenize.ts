// Tokeniser over folded text that keeps offsets into the ORIGINAL text.
// Defeats: case, accents, look-alike letters, fullwidth, zero-width characters (via fold.ts),
// l33t inside words (4→a 3→e 1→i 0→o 5→s 7→t @→a $→s), and spaced/dotted letters ("m e r d a").
import { foldCodePoint } from './fold';

export interface Token {
  /** Offsets into the original text (UTF-16, end exclusive). */
  start: number;
  end: number;
  /** Folded form with l33t substitutions applied when the token mixes letters and digits/symbols. */
  text: string;
  /** Folded form without l33t substitutions. */
  raw: string;
  kind: 'word' | 'number' | 'mention' | 'hashtag';
  /** Folded separator characters between the previous token and this one ('' for the first). */
  gap: string;
  /** True when this token was assembled from spaced or dotted single letters. */
  spaced?: boolean;
  /** True when the token contained l33t characters that were substituted. */
  leet?: boolean;
  /** Whether the text has a run of 3+ identical letters ("merdaaa"); computed by tokenize. */
  run3?: boolean;
}

const LEET: Record<string, string> = { '4': 'a', '3': 'e', '1': 'i', '0': 'o', '5': 's', '7': 't', '@': 'a', $: 's', '€': 'e', '!': 'i' };

const WHITE = /\s/;
/** Same as /\s/ on the character with code unit c, without making a string for ASCII. */
export const isWhite = (c: number): boolean => (c < 128 ? c === 32 || (c >= 9 && c <= 13) : WHITE.test(String.fromCharCode(c)));

const isLetter = (c: number) => (c >= 97 && c <= 122) || c > 0x7f; // folded: a-z or non-Latin letters kept
const isDigit = (c: number) => c >= 48 && c <= 57;

function classify(f: string): 'L' | 'D' | 'S' | 'X' {
  if (f.length === 0) return 'X';
  const c = f.charCodeAt(0);
  if (isDigit(c)) return 'D';
  if (c === 64 /* @ */ || c === 36 /* $ */ || c === 0x20ac /* € */) return 'S';
  if (isLetter(c) && /\p{L}/u.test(f)) return 'L';
  return 'X';
}

const classCache = new Map<string, 'L' | 'D' | 'S' | 'X'>();
function cls(f: string): 'L' | 'D' | 'S' | 'X' {
  if (f.length === 1) {
    const c = f.charCodeAt(0);
    if (c >= 97 && c <= 122) return 'L';
    if (isDigit(c)) return 'D';
    if (c < 0x80) return c === 64 || c === 36 ? 'S' : 'X';
  }
  let k = classCache.get(f);
  if (k === undefined) {
    k = classify(f);
    if (classCache.size < 5000) classCache.set(f, k);
  }
  return k;
}

/**
 * The token read from text[start, end) (folded `cur`), pushed unless it is empty. Returns `singles`
 * updated: the one-character tokens ending the list, 3 for good once three came in a row (the runs
 * joinSpacedLetters joins).
 */
function pushToken(tokens: Token[], text: string, cur: string, start: number, end: number, letters: number, others: number, gap: string, run: number, singles: number): number {
  let kind: Token['kind'] = 'word';
  let raw = cur;
  let s = start;
  if (raw.charCodeAt(0) === 64 && letters > 0 && raw.length > 1 && !/^@[a-z]{1,3}$/.test(raw) && /[a-z0-9_]/.test(raw[1])) {
    // "@name" is a mention, not l33t ("@" at the start followed by a handle)
    kind = 'mention';
  } else if (raw.charCodeAt(0) === 35) {
    kind = 'hashtag';
    raw = raw.slice(1);
    s = start + 1;
  } else if (letters === 0) {
    kind = others > 0 && /[0-9]/.test(raw) ? 'number' : 'word';
  }
  // trailing "!" (punctuation) is not part of the word
  while (raw.length > 1 && raw.charCodeAt(raw.length - 1) === 33 /* ! */) {
    raw = raw.slice(0, -1);
    end = text.lastIndexOf('!', end - 1);
  }
  let t = raw;
  let leet = false;
  if (kind === 'word' && letters > 0 && others > 0) {
    let out = '';
    for (let i = 0; i < raw.length; i++) {
      const ch = raw[i];
      const l = LEET[ch];
      if (l !== undefined) {
        out += l;
        leet = true;
      } else out += ch;
    }
    t = out;
  }
  if (raw.length > 0 && !(kind === 'word' && letters === 0 && others === 0)) {
    // `run` (see tokenize) tells it for `cur` itself; a token read differently is checked again
    const run3 = t === cur && run >= 0 ? run === 1 : t.length >= 3 && hasLongRun(t);
    tokens.push({ start: s, end, text: t, raw, kind, gap, leet: leet || undefined, run3 });
    return singles >= 3 ? 3 : t.length === 1 ? singles + 1 : 0;
  }
  return singles;
}

/** Scratch for tokenize: the lower-cased character codes of an ASCII run not yet in the token. */
const RUN = new Int32Array(8);

/**
 * String.prototype.charCodeAt, called as charCodeAt.call(text, i) in tokenize's loop: `text.charCodeAt`
 * is a property load on the string, and the texts tokenize reads come in more kinds of V8 string than
 * an inline cache keeps apart (one- and two-byte, sliced, internalised…). The load then went megamorphic:
 * a stub-cache probe and an uninlined call per character. Called on the known builtin, V8 inlines it
 * for any string (cachegrind: Builtins_LoadIC_Megamorphic was 3% of the analysis's instructions).
 */
const charCodeAt = String.prototype.charCodeAt;
const fromCodes = String.fromCharCode;
/** The first k (1..8) codes of RUN as one string: one allocation, not one per character. */
function runString(k: number): string {
  const r = RUN;
  switch (k) {
    case 1:
      return fromCodes(r[0]);
    case 2:
      return fromCodes(r[0], r[1]);
    case 3:
      return fromCodes(r[0], r[1], r[2]);
    case 4:
      return fromCodes(r[0], r[1], r[2], r[3]);
    case 5:
      return fromCodes(r[0], r[1], r[2], r[3], r[4]);
    case 6:
      return fromCodes(r[0], r[1], r[2], r[3], r[4], r[5]);
    case 7:
      return fromCodes(r[0], r[1], r[2], r[3], r[4], r[5], r[6]);
    default:
      return fromCodes(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]);
  }
}

/**
 * Split a text into word tokens. Apostrophes split ("dell'INPS" → "dell", "inps").
 * Invisible characters never split a word. "!" inside a word is l33t for "i" ("d!o").
 * Runs of spaced letters are joined (joinSpacedLetters, with `segment`) unless `joinSpaced` is false.
 */
export function tokenize(text: string, opts: { joinSpaced?: boolean; segment?: (s: string) => string[] | null } = {}): Token[] {
  const tokens: Token[] = [];
  let cur = '';
  let start = -1;
  let end = -1;
  let letters = 0;
  let others = 0; // digits and l33t symbols
  let gap = '';
  // whether `cur` has a run of 3+ identical characters (1) or not (0), known while `cur` is ASCII
  // letters and digits (else -1): pushToken then needs no second pass over the token for run3.
  // `rep` counts the repeats of `last`, the last character added
  let run = 0;
  let rep = 0;
  let last = -1;
  let singles = 0;
  const n = text.length;


  for (let i = 0; i < n; ) {
    const code = charCodeAt.call(text, i);
    // links are not words: skip "http(s)://…" and "www.…" up to the next space
    if ((code === 104 || code === 119) && start < 0 && isUrlAt(text, i)) {
      while (i < n && !isWhite(charCodeAt.call(text, i))) i++;
      gap += ' ';
      continue;
    }
    // ASCII fast path: a run of letters and digits needs no table lookup. It is read in one loop,
    // lower-cased into RUN and made into strings eight characters at a time: `cur += char` per
    // character allocated a string for each one
    if (code < 128) {
      if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) {
        if (start < 0) start = i;
        let c = code;
        let k = 0;
        do {
          if (c >= 97) letters++;
          else if (c >= 65) {
            c += 32;
            letters++;
          } else others++;
          if (k === 8) {
            cur += runString(k);
            k = 0;
          }
          RUN[k++] = c;
          if (c !== last) {
            last = c;
            rep = 1;
          } else if (++rep === 3 && run === 0) run = 1;
          // (the loop ends with a break rather than in its condition: that form was up to 30% slower
          // in some runs, as V8 compiled it)
          if (++i === n) break;
          c = charCodeAt.call(text, i);
        } while ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57));
        cur += runString(k);
        end = i;
        continue;
      }
      if (code === 32 || code === 44 || code === 46 || code === 39 || code === 63 || code === 10) {
        // space , . ' ? newline: plain separators
        if (start >= 0) {
          singles = pushToken(tokens, text, cur, start, end, letters, others, gap, run, singles);
          cur = '';
          run = 0;
          last = -1;
          start = -1;
          letters = 0;
          others = 0;
          gap = '';
        }
        gap += code === 39 ? "'" : text[i];
        i++;
        continue;
      }
    }
    const cp = code >= 0xd800 && code <= 0xdbff ? text.codePointAt(i)! : code;
    const w = cp > 0xffff ? 2 : 1;
    const f = foldCodePoint(cp);
    if (f.length === 0) {
      // invisible: never splits a word
      i += w;
      continue;
    }
    let k = cls(f);
    // "!" counts as l33t only between letters ("d!o"); "#" starts a hashtag; "_" joins handles
    if (k === 'X') {
      const c = f.charCodeAt(0);
      if (c === 33 && start >= 0 && letters > 0 && i + 1 < n && /\p{L}/u.test(text[i + 1])) k = 'S';
      else if ((c === 35 && start < 0 && i + 1 < n && /[\p{L}\p{N}]/u.test(text[i + 1])) || (c === 95 && start >= 0)) k = 'S';
    }
    if (k === 'X') {
      if (start >= 0) {
        singles = pushToken(tokens, text, cur, start, end, letters, others, gap, run, singles);
        cur = '';
        run = 0;
        last = -1;
        start = -1;
        letters = 0;
        others = 0;
        gap = '';
      }
      gap += f;
      i += w;
      continue;
    }
    if (start < 0) start = i;
    cur += f;
    run = -1;
    if (k === 'L') letters++;
    else others++;
    i += w;
    end = i;
  }
  if (start >= 0) singles = pushToken(tokens, text, cur, start, end, letters, others, gap, run, singles);
  // joinSpacedLetters would look for three one-character tokens in a row: counted while pushing
  return opts.joinSpaced === false || singles < 3 ? tokens : joinRuns(tokens, opts.segment);
}

/** A link starts at i ("http://", "https://", "www."). */
export function isUrlAt(text: string, i: number): boolean {
  return text.startsWith('http://', i) || text.startsWith('https://', i) || text.startsWith('www.', i);
}

const SPACED_GAP = /^[ .\-_*·•/|+~]{1,3}$/;

/**
 * Join runs of at least three single-letter tokens separated by short separators
 * ("m e r d a", "m.e.r.d.a", "c-a-z-z-o") into one token flagged `spaced`.
 * `segment` (optional) can split the joined letters back into known words ("odioi" → "odio", "i").
 */
export function joinSpacedLetters(tokens: Token[], segment?: (s: string) => string[] | null): Token[] {
  let run = 0;
  for (const t of tokens) {
    run = t.text.length === 1 ? run + 1 : 0;
    if (run >= 3) return joinRuns(tokens, segment);
  }
  return tokens;
}

/** joinSpacedLetters once the tokens are known to have three one-character tokens in a row. */
function joinRuns(tokens: Token[], segment?: (s: string) => string[] | null): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i];
    if (t.kind === 'word' && t.text.length === 1) {
      let j = i + 1;
      while (j < tokens.length && tokens[j].kind === 'word' && tokens[j].text.length === 1 && SPACED_GAP.test(tokens[j].gap)) j++;
      if (j - i >= 3) {
        let joined = '';
        let raw = '';
        for (let k = i; k < j; k++) {
          joined += tokens[k].text;
          raw += tokens[k].raw;
        }
        const parts = segment ? segment(joined) : null;
        if (parts && parts.length > 1) {
          // split back into words, each with the offsets of its letters
          let k = i;
          for (const p of parts) {
            const first = tokens[k];
            const last = tokens[k + p.length - 1];
            out.push({ start: first.start, end: last.end, text: p, raw: p, kind: 'word', gap: first.gap, spaced: p.length > 1 || undefined });
            k += p.length;
          }
        } else {
          out.push({ start: t.start, end: tokens[j - 1].end, text: joined, raw, kind: 'word', gap: t.gap, spaced: true, run3: hasLongRun(joined) });
        }
        i = j;
        continue;
      }
    }
    out.push(t);
    i++;
  }
  return out;
}

/** Collapse runs of 3+ identical letters to 2 ("cazzzzo" → "cazzo") — or to 1 with `to: 1` ("merdaaa" → "merda"). */
export function squeeze(s: string, to: 1 | 2 = 2): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (i > 0 && c === s[i - 1]) run++;
    else {
      if (run >= 2 && to === 1) {
        // run was 3+ and we kept 2 of them; drop the second one
        out = out.slice(0, -1);
      }
      run = 0;
    }
    if (run < 2) out += c;
  }
  if (run >= 2 && to === 1) out = out.slice(0, -1);
  return out;
}

/** True when the word has a run of 3+ identical characters ("merdaaa"). */
export function hasLongRun(s: string): boolean {
  // code units, not one-character strings: tokenize() asks this of tokens that are not plain ASCII
  for (let i = 2; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === s.charCodeAt(i - 1) && c === s.charCodeAt(i - 2)) return true;
  }
  return false;
}

/** Sentence index of each token (a new sentence starts after . ! ? ; or a newline in the gap). */
export function sentenceIds(tokens: readonly Token[]): number[] {
  const ids: number[] = [];
  let id = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && /[.!?;\n]/.test(tokens[i].gap) && !tokens[i].spaced) id++;
    ids.push(id);
  }
  return ids;
}
