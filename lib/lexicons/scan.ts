// One normalisation + lexicon pass per comment text, shared by the abuse rules
// (vulgarity, hate, threat, insult, crisis). Cached for the last few texts so five rules
// reading the same comment pay for it once.
import { canonicalize, type Canon } from '../text/canon';
import { fold, foldedUnit } from '../rules/util/fold';
import { knownWords, wordBitsOf, wordGateCount } from '../rules/util/words';
import { TEST_HOOKED, TEST_KNOWN, TEST_TERM, type Match, type Matcher, type WordReader } from '../text/matcher';
import { abuseMatcher, type LexiconOptions } from './index';
import type { LexCategory } from './curated';
import { GROUP_WORDS, SEGMENT_VOCAB } from './vocab';
import { REPORTING, COUNTER_NOUN, CONDEMN } from './patterns';

export interface AbuseScan {
  canon: Canon;
  matches: Match<LexCategory>[];
}

let pageLexicon: LexiconOptions = {};
/**
 * The lexicon options of a page profile (its allowlist and added terms), as the rules pass them to
 * wakes() and scanAbuse(): the same object while the two lists stay the same, so that the abuse rules
 * do not each build one per comment.
 */
export function lexiconOf(profile: { allowlist: LexiconOptions['allow']; lexiconAdditions: LexiconOptions['additions'] }): LexiconOptions {
  if (pageLexicon.allow !== profile.allowlist || pageLexicon.additions !== profile.lexiconAdditions) pageLexicon = { allow: profile.allowlist, additions: profile.lexiconAdditions };
  return pageLexicon;
}

/** Split a run of spaced letters into known words ("odioi" → ["odio", "i"]); null if it does not split. */
export function segmentWords(s: string): string[] | null {
  if (s.length > 40) return null;
  const n = s.length;
  // best[i] = fewest words covering s[0..i)
  const best: (string[] | null)[] = new Array(n + 1).fill(null);
  best[0] = [];
  for (let i = 1; i <= n; i++) {
    for (let j = Math.max(0, i - 20); j < i; j++) {
      const prev = best[j];
      if (!prev) continue;
      const w = s.slice(j, i);
      if (!SEGMENT_VOCAB.has(w)) continue;
      if (!best[i] || best[i]!.length > prev.length + 1) best[i] = [...prev, w];
    }
  }
  const r = best[n];
  return r && r.length > 1 ? r : null;
}

const cache: { text: string; allow: number; add: number; scan: AbuseScan }[] = [];

export function scanAbuse(text: string, opts: LexiconOptions = {}): AbuseScan {
  // keyed as before by the text and the sizes of the allowlist and additions, compared field by
  // field (no key string built and compared for each of the five rules)
  const allow = opts.allow?.length ?? 0;
  const add = opts.additions?.length ?? 0;
  for (const c of cache) if (c.text === text && c.allow === allow && c.add === add) return c.scan;
  const canon = canonicalize(text, segmentWords);
  // the pre-check's pass over this text may already know that it holds no term
  const none = text === lastText && opts.allow === lastAllow && opts.additions === lastAdd && lastTerm === 0;
  const matches = none ? [] : abuseMatcher(opts).find(text, canon.tokens);
  const scan = { canon, matches };
  cache.unshift({ text, allow, add, scan });
  if (cache.length > 4) cache.pop();
  return scan;
}

export { GROUP_WORDS };

// ---------------------------------------------------------------- context helpers for the rules


const NEG = new Set(['non', 'nessun', 'nessuna', 'nessuno', 'mai', 'ne', 'neanche', 'nemmeno', 'neppure', 'senza']);

/** A negation word within `window` tokens before token `i`, in the same sentence. */
export function negatedBefore(c: Canon, i: number, window = 3): boolean {
  for (let k = i - 1; k >= 0 && k >= i - window; k--) {
    if (c.sentence[k] !== c.sentence[i]) break;
    if (NEG.has(c.tokens[k].text)) return true;
  }
  return false;
}

const REPORT_RE = new RegExp(` (?:${REPORTING}|denunciare|denunciamo|denuncio|condannare|condanno|condanniamo|contrastare|combattere|combattiamo|sostenere un \\w+ che|votare un \\w+ che|(?:non )?(?:puoi|possiamo|posso|si puo) (?:\\S+ )?credere (?:\\S+ )?che) `);
const MODAL_SELF = / (?:voglio|vorrei|devo|posso|bisogna|lasciatemi|fatemi|volevo) $/;

/** A reporting verb ("dici", "chiamare", "scrivono") earlier in the same sentence: quoted or condemned speech. */
export function reportedBefore(c: Canon, i: number): boolean {
  if (!c.tokens.length) return false;
  let k = i;
  while (k > 0 && c.sentence[k - 1] === c.sentence[i]) k--;
  const before = c.text.slice(c.pos[k] - 1, c.pos[i]);
  const m = REPORT_RE.exec(before);
  if (!m) return false;
  return !MODAL_SELF.test(before.slice(0, m.index + 1));
}

/** Tokens [from, to) all inside quotation marks, and the comment says something outside the quote. */
export function quotedMention(c: Canon, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!c.quoted[k]) return false;
  let outside = 0;
  for (let k = 0; k < c.tokens.length; k++) if (!c.quoted[k]) outside++;
  return outside >= 3;
}

const COUNTER_RE = new RegExp(` (?:${COUNTER_NOUN}|${CONDEMN}) `);
/** The comment condemns abuse (counter-speech cue outside quotes). */
export function counterSpeech(c: Canon): boolean {
  let s = ' ';
  for (let k = 0; k < c.tokens.length; k++) if (!c.quoted[k]) s += c.text.slice(c.pos[k], c.pos[k] + c.len[k]) + ' ';
  return COUNTER_RE.test(s);
}

/** Damerau–Levenshtein distance ≤ 1 (one insertion, deletion, substitution or swap). */
export function within1(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

// ---------------------------------------------------------------- cheap gates
/**
 * A set of 4-letter prefixes of the words a pattern source can start a match with (first word of
 * each alternative, expanded through nested groups roughly). Rules check the tokens' prefixes
 * against it before running their regular expressions: most comments never reach a regex.
 */
export function prefixGate(...sources: string[]): Set<string> {
  const out = new Set<string>();
  for (const src of sources) {
    const words = src.replace(/\\\\w\*|\\w\*|\(\?[:=!]|[()?*+|]|\{\d*,?\d*\}|\[[^\]]*\]/g, ' ').split(/\s+/);
    for (const w of words) if (/^[a-z]{2,}/.test(w)) out.add(w.slice(0, 4));
  }
  return out;
}

/**
 * Like prefixGate, but each entry is the whole literal letter run of the source ("lavori",
 * "permettere", "disgustos" for "disgustos\w*"): with passesGate, a token passes an entry of more
 * than four letters only when it starts with it ("lavoratori" does not pass "lavori"). For sources
 * whose words are written whole or as stems (no optional letter inside a word, nothing glued before
 * a word): then every match has a token that starts with one of the runs.
 */
export function runGate(...sources: string[]): Set<string> {
  const out = new Set<string>();
  for (const src of sources) {
    const words = src.replace(/\\\\w\*|\\w\*|\(\?[:=!]|[()?*+|]|\{\d*,?\d*\}|\[[^\]]*\]/g, ' ').split(/\s+/);
    for (const w of words) {
      const run = /^[a-z]{2,}/.exec(w);
      if (run) out.add(run[0]);
    }
  }
  return out;
}

// Every gate a rule asks about gets a number; each prefix knows the gates it opens. A comment's
// token prefixes are then looked up once, and each passesGate() is one array read (hate and
// insult ask about ~20 gates per comment).
// The number is kept on the set itself under a symbol: a property read, not a WeakMap lookup.
const GATE_ID = Symbol('galateo.gateId');
type NumberedGate = ReadonlySet<string> & { [GATE_ID]?: { id: number; size: number } };
let gateCount = 0;
/** By four-letter prefix: the gates whose entry is that prefix (or a shorter word), and the longer runs. */
const gatesOfPrefix = new Map<string, { ids: number[]; runs: [number, string][] }>();
function gateId(gate: NumberedGate): number {
  const known = gate[GATE_ID];
  if (known && known.size === gate.size) return known.id;
  const id = gateCount++; // new gate (or one changed since): its own number
  for (const p of gate) {
    const p4 = p.length > 4 ? p.slice(0, 4) : p;
    let l = gatesOfPrefix.get(p4);
    if (!l) gatesOfPrefix.set(p4, (l = { ids: [], runs: [] }));
    if (p.length > 4) l.runs.push([id, p]);
    else l.ids.push(id);
  }
  (gate as { [GATE_ID]?: { id: number; size: number } })[GATE_ID] = { id, size: gate.size };
  return id;
}

/** True when some token's first four letters are in the gate (or, for a longer entry, the token starts with it). */
export function passesGate(c: Canon, gate: ReadonlySet<string>): boolean {
  const id = gateId(gate);
  let passed = c.gates;
  if (!passed || id >= passed.length) {
    passed = new Uint8Array(gateCount); // a gate numbered later is not in it: computed again
    const pre = prefixesOf(c);
    for (let i = 0; i < pre.length; i++) {
      const l = gatesOfPrefix.get(pre[i]);
      if (!l) continue;
      const ids = l.ids;
      for (let k = 0; k < ids.length; k++) passed[ids[k]] = 1;
      const runs = l.runs;
      for (let k = 0; k < runs.length; k++) if (c.tokens[i].text.startsWith(runs[k][1])) passed[runs[k][0]] = 1;
    }
    c.gates = passed;
  }
  return passed[id] === 1;
}

/** First four letters of every token (computed once per canon). */
export function prefixesOf(c: Canon): string[] {
  let p = c.prefixes;
  if (!p) {
    p = c.tokens.map((t) => (t.text.length > 4 ? t.text.slice(0, 4) : t.text));
    c.prefixes = p;
  }
  return p;
}

// ---------------------------------------------------------------- fast pre-check on the raw text
type WordTrigger = (word: string, prefix4: string) => boolean;
/** The five rules that share the scan; each owns one bit of a comment's "woken" mask. */
export type AbuseRuleId = 'vulgarity' | 'hate' | 'threat' | 'insult' | 'crisis';
const BIT: Record<AbuseRuleId, number> = { vulgarity: 1, hate: 2, threat: 4, insult: 8, crisis: 16 };
const ALL_BITS = 31;
/**
 * The rules that read the lexicon matches of the scan (vulgarity: vulgar words and blasphemy; hate:
 * slurs and misogynist nouns). A lexicon term wakes them; the other three read only the words and
 * wake on their own triggers. A rule that starts reading `matches` must be added here.
 */
const READS_LEXICON = BIT.vulgarity | BIT.hate;
const triggers: WordTrigger[] = [];
/** Per trigger: the rule bit it sets alone, or (for a pair) the bit of its pair number. */
const triggerBits: number[] = [];
/** Pairs: word k wakes pairRule[k] only together with a word accepted by pairPartner[k]. */
const pairRule: number[] = [];
const pairPartner: WordTrigger[] = [];
const MAX_PAIRS = 10;
const PAIR_SHIFT = 5; // bits 5..14: "the pair's word is here"; bits 15..24: "its partner is here"
const PARTNER_SHIFT = PAIR_SHIFT + MAX_PAIRS;
/**
 * Rules register the words that can wake them; `mayBeAbusive` asks all of them at once, and
 * `wakes` asks, for a comment that passed it, whether one of the rule's own words is there.
 * With `together`, the words wake the rule only when the comment also has a word it accepts
 * ("pagare" means nothing to threat without "faccio", "faro"…: "te la faccio pagare").
 */
export function registerTrigger(t: WordTrigger, rule: AbuseRuleId, together?: (word: string) => boolean): void {
  triggers.push(t);
  if (together) {
    if (pairRule.length >= MAX_PAIRS) throw new Error('registerTrigger: too many pairs');
    triggerBits.push(1 << (PAIR_SHIFT + pairRule.length));
    pairRule.push(BIT[rule]);
    pairPartner.push(together);
  } else triggerBits.push(BIT[rule]);
  reader = makeReader(); // a new reader: the matcher forgets the facts it remembered for the old one
}

let lastText: string | null = null;
let lastAllow: unknown = null;
let lastAdd: unknown = null;
let lastAnswer = true;
/** abuseMatcher(opts).test(lastText) learnt by the same pass: 1 yes, 0 no, -1 not known. */
let lastTerm = -1;
/** The OR of the word masks of lastText when the pass read it as plain words (see plainMask), else -1. */
let lastWordMasks = -1;
let precheck = true;
/** Tests only: switch the pre-check off to compare results with and without it. */
export function setPrecheck(on: boolean): void {
  precheck = on;
  lastText = null;
  maskText = null;
}
/** The bits of a word mask that come from a trigger (not from a pair's partner): the pre-check's hook. */
const TRIGGER_BITS = (1 << PARTNER_SHIFT) - 1;
/**
 * The trigger bits of pair words ("pagare", "aspetto"): such a word wakes nothing without its partner.
 * The pass goes on reading a plain comment after one, and mayBeAbusive() judges the pairs at the end.
 */
const PAIR_WORD_BITS = TRIGGER_BITS & ~ALL_BITS;
/** A code unit as fold() reads it: the letter 1..26 it folds to, or 0 (a table below U+2100). */
const LETTER_OF = new Uint8Array(0x2100);
for (let c = 0; c < LETTER_OF.length; c++) {
  const u = foldedUnit(c);
  LETTER_OF[c] = u >= 97 && u <= 122 ? u - 96 : 0;
}
const foldedLetter = (c: number): number => {
  if (c < 0x2100) return LETTER_OF[c];
  const u = foldedUnit(c);
  return u >= 97 && u <= 122 ? u - 96 : 0;
};
/**
 * What the pre-check's pass asks of each word, remembered per word in the matcher's word table: its
 * mask (a trigger wakes on it: the hook) and its word gates (rules/util/words.ts). One look-up per
 * word of a plain comment then answers the lexicon, the woken rules and the pattern rules' gates.
 */
const makeReader = (): WordReader => ({ facts: maskOfWord, hookBits: TRIGGER_BITS, softBits: PAIR_WORD_BITS, moreFacts: wordBitsOf, letter: foldedLetter });
let reader = makeReader();
/** wordGateCount() when the reader was made: a new gate changes the words' gate bits. */
let readerGates = wordGateCount();

/**
 * Cheap, conservative pre-check shared by the abuse rules: false only when the text is plain
 * (Latin letters, no digits or symbols inside words, no spaced or repeated letters, no look-alike
 * characters) and no word can wake any abuse rule nor the lexicon (a pair word counts only with its
 * partner, judged when the text reads as PLAIN_TEXT words). Then no rule needs the full scan.
 */
export function mayBeAbusive(text: string, opts: LexiconOptions = {}): boolean {
  if (!precheck) return true;
  if (text === lastText && opts.allow === lastAllow && opts.additions === lastAdd) return lastAnswer;
  lastText = text;
  lastAllow = opts.allow;
  lastAdd = opts.additions;
  if (wordGateCount() !== readerGates) {
    readerGates = wordGateCount();
    reader = makeReader();
  }
  const m = abuseMatcher(opts);
  const r = m.testBoth(text, reader);
  lastAnswer = (r & TEST_HOOKED) !== 0;
  lastTerm = r & TEST_KNOWN ? (r & TEST_TERM ? 1 : 0) : -1;
  const words = m.words;
  lastWordMasks = -1;
  if (words.ok) {
    // the words the pass read are the folded text's \w runs (letters, or digits)
    knownWords(fold(text), words.moreFacts, words.longest, words.digits);
    if (!words.threeSingles) lastWordMasks = words.facts;
    // a pair word was read without the hook hearing it (see WordReader.softBits): the comment is let
    // through when plainMask would wake a rule on it, i.e. when a pair is complete, or when plainMask
    // would not read it (not a PLAIN_TEXT, or three one-letter words: the scan decides)
    if (!lastAnswer && words.facts & PAIR_WORD_BITS) lastAnswer = words.threeSingles || !isPlainText(text) || rulesOf(words.facts) !== 0;
  }
  return lastAnswer;
}

/** abuseMatcher(opts).test(text), from the pre-check's pass when it could tell. */
function hasTerm(text: string, opts: LexiconOptions): boolean {
  if (text === lastText && opts.allow === lastAllow && opts.additions === lastAdd && lastTerm >= 0) return lastTerm === 1;
  return abuseMatcher(opts).test(text);
}

/** The bits of the rules whose triggers wake on the word `w`. */
function maskOfWord(w: string): number {
  let v = 0;
  const p4 = w.length > 4 ? w.slice(0, 4) : w;
  for (let i = 0; i < triggers.length; i++) if (!(v & triggerBits[i]) && triggers[i](w, p4)) v |= triggerBits[i];
  for (let k = 0; k < pairPartner.length; k++) if (pairPartner[k](w, p4)) v |= 1 << (PARTNER_SHIFT + k);
  return v;
}

// Word → mask, remembered in the abuse matcher's word table (Matcher.factsAt), next to the lexicon
// flags the pre-check's pass reads there: plainMask looks up the words that pass has just read
// (their slots are in the cache), straight from the folded text with the hash it computes while
// reading (no string per word, no Map hashing). hashOf is that hash (the matcher's wordHash).
function hashOf(s: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}
/** Word → the bits of the rules whose triggers wake on it. */
function wordMask(m: Matcher<LexCategory>, w: string): number {
  return m.factsAt(reader, w, 0, w.length, hashOf(w, 0, w.length));
}

/** The rule bits of a union of word masks: single triggers, and pairs whose two words are both there. */
function rulesOf(words: number): number {
  let rules = words & ALL_BITS;
  for (let k = 0; k < pairRule.length; k++) {
    if (words & (1 << (PAIR_SHIFT + k)) && words & (1 << (PARTNER_SHIFT + k))) rules |= pairRule[k];
  }
  return rules;
}

let maskText: string | null = null;
let maskAllow: unknown = null;
let maskAdd: unknown = null;
let maskAnswer = ALL_BITS;
/**
 * The abuse rules a comment wakes. A lexicon term wakes the rules that read lexicon matches; every
 * rule also wakes when one of its own trigger words is among the comment's words, read
 * after normalisation (l33t, spaced and repeated letters undone), as the rules themselves read them.
 * Most comments that pass the pre-check wake one or two rules, not five.
 */
function wokenMask(text: string, opts: LexiconOptions): number {
  if (text === maskText && opts.allow === maskAllow && opts.additions === maskAdd) return maskAnswer;
  maskText = text;
  maskAllow = opts.allow;
  maskAdd = opts.additions;
  maskAnswer = (plainPath ? plainMask(text, opts) : null) ?? canonMask(text, opts);
  return maskAnswer;
}
let plainPath = true;
/** Tests only: read every comment's woken rules after the scan, to compare with the plain path. */
export function setPlainPath(on: boolean): void {
  plainPath = on;
  maskText = null;
}

// A plain text (letters, digits apart from letters, spaces and common punctuation; no repeated or
// spaced letters) reads the same split at non-letters as after the full normalisation: its mask
// needs no scan, so a comment that wakes no rule never pays for one.
const PLAIN_TEXT = /^[A-Za-z0-9\s.,;:!?'"()/%\-àèéìíòóùÀÈÉÌÒÙ\u2019\u201C\u201D\u00AB\u00BB]*$/;
/**
 * PLAIN_TEXT.test(text), read code unit by code unit: each unit's answer is PLAIN_TEXT's own on that
 * unit alone (0 not asked yet, 1 plain, 2 not), remembered. The regex's class (\s and the accented
 * letters) costs several times more per character than a table read.
 */
const PLAIN_UNIT = new Uint8Array(65536);
function isPlainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let v = PLAIN_UNIT[c];
    if (v === 0) PLAIN_UNIT[c] = v = PLAIN_TEXT.test(text[i]) ? 1 : 2;
    if (v === 2) return false;
  }
  return true;
}
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => c >= 97 && c <= 122;
function plainMask(text: string, opts: LexiconOptions): number | null {
  if (!isPlainText(text)) return null;
  if (text === lastText && opts.allow === lastAllow && opts.additions === lastAdd && lastWordMasks >= 0) {
    // the pre-check read the same words as below (plain words, no three one-letter words in a row)
    // with their masks, and no lexicon term
    return rulesOf(lastWordMasks);
  }
  const f = fold(text);
  const m = abuseMatcher(opts);
  // the words are the runs of letters a-z (as f.split(/[^a-z]+/) would give them)
  let bits = 0;
  let singles = 0;
  let ws = -1;
  let h = 0;
  let p1 = 0; // the character before f[i], and the one before it
  let p2 = 0;
  const n = f.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? f.charCodeAt(i) : 0;
    // l33t-like, left to the scan: a letter next to a digit, "!" between letters, three times the same letter
    if (isLetter(c) ? isDigit(p1) || (p1 === 33 && isLetter(p2)) || (c === p1 && c === p2) : isDigit(c) && isLetter(p1)) return null;
    p2 = p1;
    p1 = c;
    if (isLetter(c)) {
      if (ws < 0) {
        ws = i;
        h = 0;
      }
      h = (Math.imul(h, 31) + c) | 0;
      continue;
    }
    if (ws < 0) continue;
    // three one-letter words in a row may be a spaced word ("m e r d a"): only the scan joins them
    singles = i - ws === 1 ? singles + 1 : 0;
    if (singles >= 3) return null;
    bits |= m.factsAt(reader, f, ws, i, h);
    ws = -1;
  }
  const mask = rulesOf(bits);
  // the lexicon's own answer (test() is find() without building matches)
  if ((mask & READS_LEXICON) !== READS_LEXICON && hasTerm(text, opts)) return mask | READS_LEXICON;
  return mask;
}

function canonMask(text: string, opts: LexiconOptions): number {
  const { canon, matches } = scanAbuse(text, opts);
  let words = matches.length ? READS_LEXICON : 0;
  const { tokens, pos, len } = canon;
  const m = abuseMatcher(opts);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    words |= wordMask(m, t.text);
    if (t.raw !== t.text) words |= wordMask(m, t.raw);
    if (t.run3) words |= wordMask(m, canon.text.slice(pos[i], pos[i] + len[i])); // "stronziiii" as the rules read it
  }
  return rulesOf(words);
}

/** Whether `rule` has anything to read in this comment: the shared pre-check, then the rule's own words. */
export function wakes(text: string, rule: AbuseRuleId, opts: LexiconOptions = {}): boolean {
  if (!mayBeAbusive(text, opts)) return false;
  if (!precheck) return true;
  return (wokenMask(text, opts) & BIT[rule]) !== 0;
}

/**
 * A word predicate from explicit stems: "uccid*" matches any word starting with "uccid",
 * a plain word matches itself. Indexed by the first three letters, so a check costs one lookup.
 */
export function stemTrigger(stems: readonly string[]): (w: string) => boolean {
  const by = new Map<string, { s: string; prefix: boolean }[]>();
  for (const raw of stems) {
    const prefix = raw.endsWith('*');
    const s = prefix ? raw.slice(0, -1) : raw;
    const k = s.slice(0, 3);
    by.set(k, [...(by.get(k) ?? []), { s, prefix }]);
  }
  return (w) => {
    const list = by.get(w.slice(0, 3));
    if (!list) return false;
    for (const { s, prefix } of list) if (prefix ? w.startsWith(s) : w === s) return true;
    return false;
  };
}
