import { describe, expect, test } from 'vitest';
import { digitCount, longestWordRun, passes, wordGate } from './words';

// The gates must answer exactly as the regular expressions they replace.
const STEMS = ['mi', 'mio', 'i', 'bonus', 'tuo', 'dm', 'nostr', 'sono'];
const WORDS = ['mi', 'mio', 'i', 'ho', 'nostra', 'sono'];
const PREFIX = wordGate(STEMS);
const WHOLE = wordGate(WORDS, true);
const PREFIX_RE = new RegExp(`\\b(?:${STEMS.join('|')})`);
const WHOLE_RE = new RegExp(`\\b(?:${WORDS.join('|')})(?![a-z])`);

describe('word gates', () => {
  test('agree with \\b(?:…) and \\b(?:…)(?![a-z]) on generated texts', () => {
    const pieces = ['mi', 'mio', 'i', 'ho', ' ', '_', '3', '07', 'A', 'à', '.', "'", 'bonus', 'tuo', 'x', 'sono', 'dm', 'e', 'nostr', 'a', '\n', 'é'];
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let k = 0; k < 20000; k++) {
      let s = '';
      const n = 1 + Math.floor(rnd() * 10);
      for (let j = 0; j < n; j++) s += pieces[Math.floor(rnd() * pieces.length)];
      const bits = passes(s);
      expect(!!(bits & PREFIX), s).toBe(PREFIX_RE.test(s));
      expect(!!(bits & WHOLE), s).toBe(WHOLE_RE.test(s));
      const runs = s.match(/\w+/g);
      expect(longestWordRun(s), s).toBe(runs ? Math.max(...runs.map((r) => r.length)) : 0);
      expect(digitCount(s), s).toBe(s.match(/[0-9]/g)?.length ?? 0);
    }
  });

  test('examples', () => {
    expect(passes('il tuo bonus') & PREFIX).toBeTruthy();
    expect(passes('3bonus _tuo') & PREFIX).toBe(0); // no word boundary before the stem
    expect(passes('miope') & WHOLE).toBe(0); // "mi" is not a whole word there
    expect(passes('mi2') & WHOLE).toBeTruthy(); // a digit is not a letter a–z
    expect(longestWordRun('RSSMRA85T10A562S, grazie')).toBe(16);
    expect(digitCount('via roma 12, 00100 roma_2 x3')).toBe(9);
  });
});
