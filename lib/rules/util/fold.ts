// Length-preserving folding for the pattern rules: lower case, accents removed, typographic
// apostrophes/dashes to ASCII. Each output char stands for the input char at the SAME offset, so a
// regex match on the folded text is already an evidence span on the original (no offset map needed).
// (lib/text does the heavier, length-changing normalisation for the abuse lexicons.)

import { lowerCase } from '../../text/fold';

const TABLE = new Map<number, number>();
(() => {
  const pairs: [string, string][] = [
    ['àáâãäåā', 'a'], ['ÀÁÂÃÄÅĀ', 'a'], ['èéêëē', 'e'], ['ÈÉÊËĒ', 'e'], ['ìíîïī', 'i'], ['ÌÍÎÏĪİ', 'i'],
    ['òóôõöō', 'o'], ['ÒÓÔÕÖŌ', 'o'], ['ùúûüū', 'u'], ['ÙÚÛÜŪ', 'u'], ['çÇ', 'c'], ['ñÑ', 'n'], ['ýÿÝ', 'y'],
    ['\u2018\u2019\u02BC\u2032`´', "'"], ['\u2010\u2011\u2012\u2013\u2014', '-'], ['\u00A0\u2007\u202F', ' '],
  ];
  for (const [chars, to] of pairs) for (const c of chars) TABLE.set(c.charCodeAt(0), to.charCodeAt(0));
})();

let lastIn = '';
let lastOut = '';

/**
 * Fold `text` to lower case without accents; the result has exactly text.length code units.
 * The last result is remembered: several rules fold the same comment one after the other.
 */
export function fold(text: string): string {
  if (text === lastIn) return lastOut;
  const out = foldUncached(text);
  lastIn = text;
  lastOut = out;
  return out;
}

const NON_ASCII = /[^\x00-\x7f]/;

function foldUncached(text: string): string {
  const low = lowerCase(text);
  if (!NON_ASCII.test(text)) return low; // (a native scan, not a loop per character)
  if (low.length !== text.length) return foldPerChar(text);
  // usual case: lower-casing kept the length, then only the table's characters need replacing: the
  // pieces between them are copied as slices (a replace() callback per accented letter costs more)
  let out = '';
  let from = 0;
  SPECIAL_RE.lastIndex = 0;
  for (let m = SPECIAL_RE.exec(low); m; m = SPECIAL_RE.exec(low)) {
    const i = m.index;
    const t = TABLE.get(low.charCodeAt(i));
    if (t === undefined) continue;
    out += low.slice(from, i) + String.fromCharCode(t);
    from = i + 1;
  }
  return from === 0 ? low : out + low.slice(from);
}

const SPECIAL_RE = /[\u00A0\u00B4\u00C0-\u017F\u02BC\u2007\u2010-\u2014\u2018\u2019\u202F\u2032]/g;

/**
 * The code unit fold() makes of a lower-case code unit ≥ 128 of a text whose lower case keeps its
 * length (as foldUncached does on the lower-cased text: the table's characters are all in SPECIAL_RE).
 */
export function foldedUnit(c: number): number {
  return TABLE.get(c) ?? c;
}

/** Character by character (when lower-casing the whole text would change its length, e.g. "İ"). */
export function foldPerChar(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : text[i];
      continue;
    }
    const t = TABLE.get(c);
    if (t !== undefined) {
      out += String.fromCharCode(t);
      continue;
    }
    const lower = text[i].toLowerCase();
    out += lower.length === 1 ? lower : text[i];
  }
  return out;
}

/** Escape a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Word-bounded alternation over FOLDED text (accents already gone, so ASCII boundaries are right).
 * `\b` at the start is several times faster than a lookbehind; it is used when every alternative
 * starts with a letter or digit.
 */
export function boundedRegExp(sources: readonly string[], flags = 'g', wordStart?: boolean): RegExp {
  const allWordStart = wordStart ?? sources.every((s) => /^[a-z0-9]/.test(s));
  const start = allWordStart ? '\\b' : '(?<![a-z0-9])';
  return new RegExp(`${start}(?:${sources.join('|')})(?![a-z0-9])`, flags);
}

/** Regex source for a folded phrase: spaces match any run of spaces, apostrophes allow a space. */
export function phraseSource(phrase: string): string {
  return fold(phrase.trim())
    .split(/\s+/)
    .map((w) => escapeRegExp(w).replace(/'/g, "'\\s*"))
    .join('\\s+');
}

/** One word-bounded regex (run it on fold(text)) matching any of the phrases, longest first. */
export function phrasesRegExp(phrases: readonly string[]): RegExp | null {
  const list = phrases.map((p) => p.trim()).filter(Boolean);
  if (list.length === 0) return null;
  return boundedRegExp([trieSource(list)], 'g', list.every((p) => /^[a-z0-9]/.test(fold(p))));
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * Regex source for a set of folded literal phrases, factored as a trie ("assegno unico|assegno
 * sociale" -> "assegno\s+(?:unico|sociale)"): V8 then rejects most positions after one character
 * instead of trying every alternative. Spaces match any whitespace run; an apostrophe may be followed
 * by spaces.
 */
export function trieSource(phrases: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const p of phrases) {
    const w = fold(p.trim()).replace(/\s+/g, ' ').replace(/'\s*/g, "'");
    if (!w) continue;
    let n = root;
    for (const ch of w) {
      let c = n.next.get(ch);
      if (!c) {
        c = { end: false, next: new Map() };
        n.next.set(ch, c);
      }
      n = c;
    }
    n.end = true;
  }
  const atom = (ch: string) => (ch === ' ' ? '\\s+' : ch === "'" ? "'\\s*" : escapeRegExp(ch));
  // Runs of single-child nodes are emitted in a loop: recursion only at branch points, so a very long
  // phrase (a hostile settings file) cannot exhaust the stack.
  const emit = (n: TrieNode): string => {
    const branches = [...n.next.entries()].map(([ch, c]) => {
      let chain = atom(ch);
      while (!c.end && c.next.size === 1) {
        const [[nch, nc]] = c.next;
        chain += atom(nch);
        c = nc;
      }
      return chain + emit(c);
    });
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    // longest first: the optional tail is tried before stopping here
    return n.end ? `(?:${body})?` : body;
  };
  return emit(root);
}
