import { describe, expect, test } from 'vitest';
import { spansOf, unionSpans } from './match';
import type { Span } from '../../types';

// unionSpans must find exactly what the one regex of all the alternatives finds, whichever parts hold them.
const ALTS = [String.raw`ab`, String.raw`a\s+b\s+c`, String.raw`b+`, String.raw`a\s+b`, String.raw`c\s*a`, String.raw`ba?c`];
const regex = (alts: string[], flags: string) => new RegExp(String.raw`\b(?:${alts.join('|')})(?![a-z])`, flags);

describe('unionSpans', () => {
  test('agrees with the whole regex on generated texts, for every split of the alternatives into parts', () => {
    const whole = regex(ALTS, 'g');
    const sticky = regex(ALTS, 'y');
    const pieces = ['a', 'b', 'c', ' ', 'ab', 'bb', 'ca', ' a b c', '.'];
    let seed = 11;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let k = 0; k < 3000; k++) {
      let s = '';
      for (let j = 1 + Math.floor(rnd() * 12); j > 0; j--) s += pieces[Math.floor(rnd() * pieces.length)];
      // each alternative to one of three parts at random; a part keeps the alternatives' order
      const owner = ALTS.map(() => Math.floor(rnd() * 3));
      const parts = [0, 1, 2].map((p) => ALTS.filter((_, i) => owner[i] === p)).filter((a) => a.length).map((a) => regex(a, 'g'));
      const out: Span[] = [];
      unionSpans(parts, parts.length, sticky, s, out);
      expect(out, `${JSON.stringify(s)} ${owner}`).toEqual(spansOf(whole, s));
    }
  });

  test('examples: the first alternative wins a tie, a match hides the parts\' matches inside it', () => {
    const run = (parts: string[][], s: string) => {
      const out: Span[] = [];
      unionSpans(parts.map((a) => regex(a, 'g')), parts.length, regex(ALTS, 'y'), s, out);
      return out.map((sp) => s.slice(sp.start, sp.end));
    };
    // "a b" (alternative 3) and "a b c" (1) start together: 1 comes first
    expect(run([[ALTS[3]], [ALTS[1]]], 'x a b c')).toEqual(['a b c']);
    // "b" and "c a" overlap "a b c": not found; "bb" after it is
    expect(run([[ALTS[2]], [ALTS[1]]], 'a b c bb')).toEqual(['a b c', 'bb']);
    expect(run([[ALTS[4]], [ALTS[1]]], 'a b c a')).toEqual(['a b c']);
  });
});
