// Word-start gates for the pattern rules, all answered by one pass over the folded text.
// Most rules open with a cheap test "does some word start with one of these stems?" before running
// their big regular expressions. Written as `\b(?:stem|stem…)` each such test is a scan of the whole
// text; with six rules asking, the scans cost more than one pass that walks a trie of every stem at
// each word start and answers every gate at once (remembered for the last text: the rules run one
// after the other on the same comment). The same pass measures the longest run of `\w` characters
// and counts the digits, facts that gate other patterns.

/** Characters of `\w` (ASCII letters, digits, "_"): where `\b` sits depends only on them. */
const WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD[c] = /\w/.test(String.fromCharCode(c)) ? 1 : 0;

// The trie of every registered stem over a–z: 26 children per node (-1: none), and per node the
// gates for which the letters so far are a stem (prefix gates), or a whole word (word gates).
let cap = 256;
let next = new Int32Array(cap * 26).fill(-1);
let prefixBits = new Int32Array(cap);
let wordBits = new Int32Array(cap);
let nodes = 1;
let gates = 0;
const MAX_GATES = 31;

/** Gates that are part of a rule's meaning ("a first person somewhere"), not a shortcut before a regex. */
let conditions = 0;

/**
 * A gate over folded text (lower-case a–z stems). With `whole`, a stem counts only as a whole word
 * (not followed by a letter a–z), like `\b(?:mi|mio)(?![a-z])`; without it, as the start of a word,
 * like `\b(?:aspett|attendo)`. With `condition`, the gate is a test the rule means, not a shortcut
 * (setWordGates(false) leaves it on). Returns the gate's bit for passes().
 */
export function wordGate(stems: readonly string[], whole = false, condition = false): number {
  if (gates >= MAX_GATES) throw new Error('wordGate: too many gates');
  const bit = 1 << gates++;
  if (condition) conditions |= bit;
  for (const s of stems) {
    if (!/^[a-z]+$/.test(s)) throw new Error(`wordGate: not a lower-case word: ${s}`);
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      const k = n * 26 + s.charCodeAt(i) - 97;
      if (next[k] < 0) {
        if (nodes === cap) grow();
        next[k] = nodes++;
      }
      n = next[k];
    }
    if (whole) wordBits[n] |= bit;
    else prefixBits[n] |= bit;
  }
  lastText = null;
  known = null;
  return bit;
}

/** How many gates there are: the bits of wordBitsOf() change when it grows. */
export function wordGateCount(): number {
  return gates;
}

/**
 * The gates a word passes on its own (a word: letters a–z, at a word start, followed by no letter):
 * passes() of a text is the OR of its words' bits when each \w run of it is one such word or digits.
 */
export function wordBitsOf(w: string): number {
  const trie = next;
  let s = 0;
  let bits = 0;
  for (let j = 0; j < w.length; j++) {
    s = trie[s * 26 + w.charCodeAt(j) - 97];
    if (s < 0) return bits;
    bits |= prefixBits[s];
  }
  return bits | wordBits[s];
}

function grow(): void {
  cap *= 2;
  const n = new Int32Array(cap * 26).fill(-1);
  n.set(next);
  next = n;
  const p = new Int32Array(cap);
  p.set(prefixBits);
  prefixBits = p;
  const w = new Int32Array(cap);
  w.set(wordBits);
  wordBits = w;
}

let lastText: string | null = null;
let lastBits = 0;
let lastLongest = 0;
let lastDigits = 0;

// What read() would find in a folded text, learnt by a pass that read its words anyway (the abuse
// pre-check reads a plain comment's words with their wordBitsOf, remembered per word).
let known: string | null = null;
let knownBits = 0;
let knownLongest = 0;
let knownDigits = 0;

/** The facts of read(f) for the folded text f: the OR of its words' wordBitsOf, its longest \w run, its digits. */
export function knownWords(f: string, bits: number, longest: number, digits: number): void {
  known = f;
  knownBits = bits;
  knownLongest = longest;
  knownDigits = digits;
}

function read(f: string): void {
  if (f === lastText) return;
  if (f === known) {
    lastText = f;
    lastBits = knownBits;
    lastLongest = knownLongest;
    lastDigits = knownDigits;
    return;
  }
  const prefix = prefixBits;
  const word = wordBits;
  const trie = next;
  let bits = 0;
  let longest = 0;
  let digits = 0;
  const n = f.length;
  let i = 0;
  while (i < n) {
    const c = f.charCodeAt(i);
    if (c >= 128 || WORD[c] === 0) {
      i++;
      continue;
    }
    // a run of \w characters: \b sits before its first character only (stems start with a letter)
    const start = i;
    if (c >= 97 && c <= 122) {
      let s = 0;
      let j = i;
      while (j < n) {
        const d = f.charCodeAt(j) - 97;
        if (d < 0 || d > 25) break;
        s = trie[s * 26 + d];
        if (s < 0) break;
        j++;
        bits |= prefix[s];
        if (word[s] !== 0) {
          const e = j < n ? f.charCodeAt(j) : 0;
          if (e < 97 || e > 122) bits |= word[s];
        }
      }
      // the letters the trie read are \w: the run goes on after them
      i = j > i ? j : i + 1;
    } else {
      if (c < 58) digits++; // (the \w characters below "A" are the digits)
      i++;
    }
    while (i < n) {
      const d = f.charCodeAt(i);
      if (d >= 128 || WORD[d] === 0) break;
      if (d < 58) digits++;
      i++;
    }
    if (i - start > longest) longest = i - start;
  }
  lastText = f;
  lastBits = bits;
  lastLongest = longest;
  lastDigits = digits;
}

let gatesOn = true;
/** Tests only: with the gates off every shortcut gate passes, so a rule runs all its patterns on every text. */
export function setWordGates(on: boolean): void {
  gatesOn = on;
}

/** The gates (bits of wordGate) that some word of `f` passes. */
export function passes(f: string): number {
  read(f);
  return gatesOn ? lastBits : lastBits | ~conditions;
}

/** Length of the longest run of `\w` characters in `f` (a run of n needs n such characters in a row). */
export function longestWordRun(f: string): number {
  if (!gatesOn) return Infinity;
  read(f);
  return lastLongest;
}

/**
 * Number of ASCII digits (`[0-9]`) in `f`, counted by the same pass. A fact, not a gate: it is the
 * same with the gates off. (fold() keeps every ASCII digit and makes none: the count of the folded
 * text is the comment's own.)
 */
export function digitCount(f: string): number {
  read(f);
  return lastDigits;
}
