// shouting — "non scrivere in maiuscolo" (netiquette, seed 003). Mostly-uppercase text of meaningful
// length. Acronyms of the institute's vocabulary (INPS, ISEE, NASpI…) and codes with digits don't count.
import { z } from 'zod';
import { defineRule, NO_FINDINGS } from './rule';
import type { Finding, Span } from '../types';
import { quotedSpans } from '../text/canon';

/** Acronyms that are written in capitals by everybody (compared case-insensitively). */
export const ACRONYMS = new Set(
  [
    'inps', 'isee', 'adi', 'naspi', 'dis', 'coll', 'discoll', 'spid', 'cud', 'cu', 'cie', 'cns', 'pin', 'iban', 'utm', 'otp',
    'caf', 'patronato', 'pec', 'iva', 'irpef', 'imu', 'tfr', 'tfs', 'asdi', 'rdc', 'pdc', 'sfl', 'app', 'faq', 'urp', 'sms',
    'ue', 'eu', 'usa', 'uk', 'ok', 'asl', 'aspi', 'inail', 'inpdap', 'noipa', 'mef', 'agid', 'ape', 'rita', 'dsu', 'ico',
    'ecocert', 'pa', 'spa', 'srl', 'snc', 'cf', 'dpr', 'dl', 'dpcm', 'dlgs', 'cig', 'cigo', 'cigs', 'fis', 'bonus', 'pdf', 'sos',
    'tv', 'pc', 'it', 'ceo', 'ad', 'pt', 'bpm', 'ing', 'gps', 'wifi', 'covid', 'vip', 'ps', 'nb', 'pss', 'ii', 'iii', 'iv',
  ].map((s) => s.toLowerCase()),
);

const settings = z.object({
  enabled: z.boolean().default(true),
  /** Letters (outside acronyms) the comment must have before its case means anything. */
  minLetters: z.number().int().min(1).default(12),
  /** Share of those letters that are upper case to count as shouting. */
  minUpperRatio: z.number().min(0.5).max(1).default(0.7),
  /** A run of consecutive capitalised words this long is shouting even inside a lower-case comment. */
  minRunLetters: z.number().int().min(5).default(25),
  minRunWords: z.number().int().min(2).default(4),
});

/** The longest acronym: a longer word is never one (no lower-casing to ask). */
const ACRONYM_MAX = Math.max(...[...ACRONYMS].map((a) => a.length));
/**
 * What a code unit is to the word scan: 1 a letter (\p{L}), 2 a number (\p{N}), 3 neither; 0 not
 * asked yet. The words are the runs of letters and numbers, as /[\p{L}\p{N}]+/gu reads them; a
 * character beyond U+FFFF (a surrogate pair) is asked of the regexes each time (rare).
 */
const UNIT = new Uint8Array(0x10000);
const LETTER_RE = /^\p{L}$/u;
const NUMBER_RE = /^\p{N}$/u;
function kindOf(ch: string): number {
  return LETTER_RE.test(ch) ? 1 : NUMBER_RE.test(ch) ? 2 : 3;
}
/** "At least k characters that may be upper case" (one regex per k, cached). */
const UPPER_CANDIDATES = new Map<number, RegExp>();
function upperCandidates(k: number): RegExp {
  let re = UPPER_CANDIDATES.get(k);
  if (!re) {
    const U = '[A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\uFFFF]';
    const N = '[^A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\uFFFF]';
    // (lazy: on the usual text, with fewer candidates than k, the greedy form backtracks over every gap)
    re = new RegExp(`^(?:${N}*?${U}){${Math.max(1, k)}}`);
    if (UPPER_CANDIDATES.size > 16) UPPER_CANDIDATES.clear();
    UPPER_CANDIDATES.set(k, re);
  }
  return re;
}

export default defineRule({
  id: 'shouting',
  label: { it: 'Maiuscolo (urlato)', en: 'Shouting (all caps)' },
  explanation: {
    it: 'Testo scritto quasi tutto in maiuscolo: la netiquette INPS chiede di "non scrivere in maiuscolo" (seed 003). Le sigle (INPS, ISEE, ADI, NASpI, SPID…) e i codici con cifre non contano.',
    en: 'Text written mostly in capitals: the INPS netiquette asks users "not to write in capitals" (seed 003). Acronyms (INPS, ISEE, ADI, NASpI, SPID…) and codes with digits do not count.',
  },
  severity: 'low',
  languages: ['any'],
  settings,
  detect(comment, _ctx, s): readonly Finding[] {
    const text = comment.text;
    // Native pre-check: fewer upper-case candidates (A-Z, À-Þ, anything beyond Latin-1) than the
    // gate below needs means fewer upper-case letters, so the gate would say no.
    if (!upperCandidates(Math.ceil(Math.min(s.minLetters * s.minUpperRatio, s.minRunLetters))).test(text)) return NO_FINDINGS;
    // Fast gate on Latin letters. Leaving out acronyms (all capitals) can only LOWER the share of
    // capitals, so a text below the share with acronyms counted is below it without them too.
    let upperQuick = 0;
    let lettersQuick = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if ((c >= 65 && c <= 90) || (c >= 192 && c <= 222 && c !== 215)) {
        upperQuick++;
        lettersQuick++;
      } else if ((c >= 97 && c <= 122) || (c >= 223 && c <= 255 && c !== 247)) lettersQuick++;
      else if (c > 255 && (c < 0xd800 || c > 0xdfff)) {
        // other scripts (Greek, Cyrillic, Latin Extended): case by the character itself; emoji have
        // none, nor has half a surrogate pair (skipped without making two strings)
        const ch = text[i];
        if (ch.toLowerCase() !== ch) {
          upperQuick++;
          lettersQuick++;
        } else if (ch.toUpperCase() !== ch) lettersQuick++;
      }
    }
    if (upperQuick < Math.min(s.minLetters * s.minUpperRatio, s.minRunLetters)) return NO_FINDINGS;
    if (upperQuick < s.minRunLetters && upperQuick / lettersQuick < s.minUpperRatio) return NO_FINDINGS;

    // words inside quotation marks are someone else's capitals ("Ho letto la FAQ: "LA DOMANDA VA PRESENTATA
    // ENTRO IL 30 GIUGNO" è vero?"): they neither shout nor count
    const quotes = quotedSpans(text);
    let q = 0;
    let letters = 0;
    let upper = 0;
    const runs: { start: number; end: number; letters: number; words: number }[] = [];
    let run: { start: number; end: number; letters: number; words: number } | null = null;
    const len = text.length;
    for (let i = 0; i < len; ) {
      // the next word, [start, end): a run of letters and numbers, and whether it has a number
      let start = -1;
      let digit = false;
      while (i < len) {
        const c = text.charCodeAt(i);
        let k: number;
        let width = 1;
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < len && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
          k = kindOf(text.slice(i, i + 2));
          width = 2;
        } else {
          k = UNIT[c];
          if (k === 0) UNIT[c] = k = kindOf(text[i]);
        }
        if (k === 3) {
          if (start >= 0) break;
        } else {
          if (start < 0) start = i;
          if (k === 2) digit = true;
        }
        i += width;
      }
      if (start < 0) break;
      const end = i;
      if (quotes.length) {
        while (q < quotes.length && quotes[q].end <= start) q++;
        if (q < quotes.length && quotes[q].start < start) continue;
      }
      if (digit) continue; // codes: codice fiscale, protocol numbers
      // acronyms neither shout nor break a run
      if (end - start <= ACRONYM_MAX && ACRONYMS.has(text.slice(start, end).toLowerCase())) continue;
      let up = 0;
      let n = 0;
      for (let j = start; j < end; j++) {
        const c = text.charCodeAt(j);
        if (c < 128) {
          if (c >= 65 && c <= 90) {
            n++;
            up++;
          } else if (c >= 97 && c <= 122) n++;
          continue;
        }
        if (c >= 0xd800 && c <= 0xdfff) continue; // half a surrogate pair: no case of its own
        const ch = text[j];
        const lc = ch.toLowerCase();
        const uc = ch.toUpperCase();
        if (lc === uc) continue; // no case (CJK, emoji…)
        n++;
        if (ch === uc) up++;
      }
      if (n === 0) continue;
      letters += n;
      upper += up;
      const capsWord = up === n && n >= 2;
      if (capsWord) {
        if (run) {
          run.end = end;
          run.letters += n;
          run.words++;
        } else run = { start, end, letters: n, words: 1 };
      } else if (n >= 2 || up === 0) {
        if (run) runs.push(run);
        run = null;
      }
    }
    if (run) runs.push(run);
    const shoutedRuns = runs.filter((r) => r.words >= 2);
    const ratio = letters ? upper / letters : 0;
    const whole = letters >= s.minLetters && ratio >= s.minUpperRatio;
    const longRuns = runs.filter((r) => r.letters >= s.minRunLetters && r.words >= s.minRunWords);
    if (!whole && longRuns.length === 0) return NO_FINDINGS;
    const evidence: Span[] = (whole ? shoutedRuns : longRuns).map((r) => ({ start: r.start, end: r.end }));
    if (evidence.length === 0) {
      // whole text in capitals but made of single words between acronyms: point at all of it
      evidence.push({ start: 0, end: text.length });
    }
    const reason = whole
      ? `${Math.round(ratio * 100)}% of ${letters} letters are upper case (acronyms excluded)`
      : `${longRuns[0].words} consecutive words in capitals`;
    return [{ rule: 'shouting', severity: 'low', evidence, reason }];
  },
});
