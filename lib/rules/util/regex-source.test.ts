import { describe, expect, test } from 'vitest';
import { groupOpenings, splitTop, wordStartsAt } from './regex-source';

describe('regex source reading (the word indexes of insult and hate)', () => {
  test('splitTop splits at top-level bars only (not inside groups or classes, not escaped)', () => {
    expect(splitTop('a|b (?:c|d)|[|]e|f\\|g')).toEqual(['a', 'b (?:c|d)', '[|]e', 'f\\|g']);
    expect(splitTop('solo')).toEqual(['solo']);
  });

  test('groupOpenings pairs each ")" with its "(" (escapes and classes skipped)', () => {
    const src = '(?:a (?:b|c))\\)[()]';
    const open = groupOpenings(src);
    expect([...open]).toEqual([
      [11, 5],
      [12, 0],
    ]);
  });

  test('wordStartsAt: after nothing, a space, a group opening, or groups of whole words; not glued letters', () => {
    const at = (src: string, word: string) => wordStartsAt(src, src.indexOf(word), groupOpenings(src));
    expect(at('vacca', 'vacca')).toBe(true);
    expect(at('una vacca', 'vacca')).toBe(true);
    expect(at('(?:e |o )vacca', 'vacca')).toBe(true);
    expect(at('una (?:solo )?vacca', 'vacca')).toBe(true);
    expect(at('(?=x)vacca', 'vacca')).toBe(true);
    expect(at('s?vacca', 'vacca')).toBe(false);
    expect(at('(?:e|o)vacca', 'vacca')).toBe(false); // "evacca": letters glued to it
    expect(at('una(?:solo )?vacca', 'vacca')).toBe(false); // skipped, "unavacca"
  });
});
