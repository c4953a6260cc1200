import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { fold, foldedUnit, foldPerChar, phrasesRegExp, trieSource } from './fold';

describe('fold', () => {
  test('foldedUnit() is what fold() makes of each lower-case code unit ≥ 128', () => {
    for (let c = 0x80; c <= 0xffff; c++) {
      const t = 'à' + String.fromCharCode(c); // (a non-ASCII text: fold's usual path)
      const low = t.toLowerCase();
      if (low.length !== t.length) continue;
      const u = low.charCodeAt(1);
      if (u < 0x80) continue;
      if (fold(t).charCodeAt(1) !== foldedUnit(u)) expect([c, fold(t).charCodeAt(1)]).toEqual([c, foldedUnit(u)]);
    }
  });

  test.each([
    ['Perché È così', 'perche e cosi'],
    ['L’INPS – Àncora', "l'inps - ancora"],
    ['ÀÉÌÒÙ àéìòù çÇñÑ', 'aeiou aeiou ccnn'],
    ['İstanbul', 'istanbul'], // lower-casing İ would add a combining dot: per-character path
    ['ASCII only 123', 'ascii only 123'],
    ['a\u00a0b', 'a b'],
  ])('%j -> %j', (input, want) => {
    expect(fold(input)).toBe(want);
    expect(fold(input)).toHaveLength(input.length);
  });

  test('always keeps the length, and the fast path agrees with the per-character one', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        const f = fold(s);
        expect(f).toHaveLength(s.length);
        // (astral letters lower-case only as whole pairs, which the per-character path cannot do)
        if (s.toLowerCase().length === s.length && !/[\ud800-\udfff]/.test(s)) expect(f).toBe(foldPerChar(s));
      }),
      { numRuns: 500 },
    );
  });
});

describe('phrase regexes', () => {
  test('trie factoring matches exactly the listed phrases, longest first, on word boundaries', () => {
    const re = phrasesRegExp(['assegno unico', 'assegno', "dell'isee", 'isee', 'bonus nido'])!;
    const text = fold("L'Assegno   Unico, l'assegno sociale, dell' ISEE e iseee, bonusnido");
    expect([...text.matchAll(re)].map((m) => m[0])).toEqual(['assegno   unico', 'assegno', "dell' isee"]);
    expect(trieSource(['ab', 'ac'])).toBe('a(?:b|c)');
  });
});

describe('trieSource on hostile input', () => {
  test('a 50,000-character phrase (e.g. from a malicious settings file) builds without exhausting the stack', () => {
    const long = 'v\u0336\u0337\u0338a'.repeat(12_500);
    const re = phrasesRegExp(['bonus nido', long]);
    expect(re).not.toBeNull();
    expect(re!.test(fold('il bonus nido'))).toBe(true);
  });
});
