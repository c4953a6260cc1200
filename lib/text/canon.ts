// A canonical, normalised copy of a text for readable patterns: folded tokens joined by single
// spaces, sentence breaks as " . ", commas as " , ". Every canonical position maps back to a token
// and so to ORIGINAL offsets. Tokens inside quotation marks are flagged (quoted speech).
import type { Span } from '../types';
import { isWhite, squeeze, tokenize, type Token } from './tokenize';

export interface Canon {
  /** " tok tok . tok , tok " — leading and trailing space so patterns can use " word ". */
  text: string;
  tokens: Token[];
  /** Canonical start offset of each token. */
  pos: number[];
  /** Canonical length of each token. */
  len: number[];
  /** Token lies inside quotation marks. */
  quoted: boolean[];
  /** Sentence number of each token. */
  sentence: number[];
  /**
   * Scratch for the abuse rules' shared gates (lib/lexicons/scan.ts), filled on first use: the
   * tokens' four-letter prefixes and the gates they pass. Plain fields rather than side tables:
   * reading a property is much cheaper than a WeakMap lookup, and five rules read them per comment.
   */
  prefixes?: string[];
  gates?: Uint8Array;
}

const QUOTE_CHARS = /["“«„‟”']/;
/** Every character that can open or close a quote (openers and their closers). */
const QUOTE_G = /["“”«»„‟']/g;
const OPEN_Q = new Set(['"', '“', '«', '„', '‟', '”']);

/** Spans of the original text inside quotes ("…", “…”, «…», and '…' when used as quotes). */
export function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  if (!QUOTE_CHARS.test(text)) return out;
  let open = -1;
  let closer = '';
  // only quote characters change the state: jump from one to the next
  QUOTE_G.lastIndex = 0;
  for (let q = QUOTE_G.exec(text); q; q = QUOTE_G.exec(text)) {
    const i = q.index;
    const c = text[i];
    if (open < 0) {
      if (OPEN_Q.has(c)) {
        open = i;
        closer = c === '“' ? '”' : c === '«' ? '»' : c === '„' ? '“' : c;
      } else if (c === "'" && (i === 0 || /[\s(:]/.test(text[i - 1])) && i + 1 < text.length && /\S/.test(text[i + 1])) {
        open = i;
        closer = "'";
      }
    } else if (c === closer || (closer === '"' && c === '”') || (closer === '”' && c === '"')) {
      if (closer === "'" && i + 1 < text.length && /\p{L}/u.test(text[i + 1])) continue; // apostrophe
      out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return out;
}

export function canonicalize(text: string, segment?: (s: string) => string[] | null): Canon {
  const tokens = tokenize(text, { segment });
  const q = quotedSpans(text);
  let s = ' ';
  const pos: number[] = [];
  const len: number[] = [];
  const quoted: boolean[] = [];
  const sentence: number[] = [];
  let sid = 0;
  let qi = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (i > 0 && t.gap !== ' ' && t.gap !== '') {
      if (/[.!?;\n]/.test(t.gap)) {
        s += '. ';
        sid++;
      } else if (/[,:()]/.test(t.gap)) s += ', ';
    }
    pos.push(s.length);
    const w = t.kind === 'mention' ? '@' : t.run3 ? squeeze(t.text, 1) : t.text;
    len.push(w.length);
    // two appends, not `w + ' '`: that copies every word once more before the text is flattened
    s += w;
    s += ' ';
    if (q.length) {
      while (qi < q.length && q[qi].end <= t.start) qi++;
      quoted.push(qi < q.length && q[qi].start < t.start && t.end <= q[qi].end);
    } else quoted.push(false);
    sentence.push(sid);
  }
  return { text: s, tokens, pos, len, quoted, sentence, prefixes: undefined, gates: undefined };
}

/** Index of the token that covers canonical offset `at` (or the next one). */
export function tokenAt(c: Canon, at: number): number {
  let lo = 0;
  let hi = c.pos.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (c.pos[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Token range [from, to) covered by the canonical range [start, end). */
export function tokenRange(c: Canon, start: number, end: number): [number, number] {
  const n = c.tokens.length;
  if (!n) return [0, 0];
  let from = tokenAt(c, start);
  if (start >= c.pos[from] + c.len[from] && from + 1 < n) from++; // started on a separator
  let to = tokenAt(c, Math.max(start, end - 1)) + 1;
  if (to <= from) to = from + 1;
  return [from, Math.min(to, n)];
}

/** Original span of the canonical range [start, end). */
export function canonSpan(c: Canon, start: number, end: number): Span {
  const [from, to] = tokenRange(c, start, end);
  return { start: c.tokens[from].start, end: c.tokens[to - 1].end };
}

/** The white space trim() removes (the same as /\s/). */
const isWhiteAt = (s: string, i: number): boolean => isWhite(s.charCodeAt(i));

/** All matches of a global regex on the canonical text, as token ranges. */
export function findAll(c: Canon, re: RegExp): { m: RegExpExecArray; from: number; to: number }[] {
  const out: { m: RegExpExecArray; from: number; to: number }[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  const text = c.text;
  while ((m = re.exec(text))) {
    // where the match starts after its leading white space and ends before its trailing white space
    // (as with m[0].trimStart() and m[0].trimEnd(), without the copies)
    const end = m.index + m[0].length;
    let s = m.index;
    while (s < end && isWhiteAt(text, s)) s++;
    let e = end;
    while (e > m.index && isWhiteAt(text, e - 1)) e--;
    if (e > s && c.tokens.length) {
      const [from, to] = tokenRange(c, s, e);
      out.push({ m, from, to });
    }
    if (m[0].length === 0) re.lastIndex++;
    else re.lastIndex = Math.max(e, m.index + 1); // allow overlapping leading spaces
  }
  return out;
}

/**
 * A copy of the canon where some tokens read differently (typo fixed, glued words split),
 * keeping tokens, offsets, quotes and sentences. `replace` maps token index → new canonical words.
 */
export function rewrite(c: Canon, replace: ReadonlyMap<number, string>): Canon {
  let s = ' ';
  const pos: number[] = [];
  const len: number[] = [];
  for (let i = 0; i < c.tokens.length; i++) {
    if (i > 0) {
      const between = c.text.slice(c.pos[i - 1] + c.len[i - 1] + 1, c.pos[i]);
      s += between;
    }
    pos.push(s.length);
    const w = replace.get(i) ?? c.text.slice(c.pos[i], c.pos[i] + c.len[i]);
    len.push(w.length);
    // two appends, not `w + ' '`: that copies every word once more before the text is flattened
    s += w;
    s += ' ';
  }
  return { ...c, text: s, pos, len, prefixes: undefined, gates: undefined };
}
