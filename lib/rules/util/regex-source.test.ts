import { describe, expect, test } from 'vitest';
import { expandClasses, groupEnd, groupOpenings, spaceBounds, splitTop, wordStartsAt, wordsOfAlternatives } from './regex-source';

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

  test('wordsOfAlternatives gathers what each alternative gives, or null when one is unsure', () => {
    const firstWord = (alt: string) => (/^[a-z]+/.test(alt) ? [/^[a-z]+/.exec(alt)![0]] : null);
    expect(wordsOfAlternatives('vacca|(?:x)|oca', firstWord)).toBeNull();
    expect(wordsOfAlternatives('vacca molto|oca (?:a|b)', firstWord)).toEqual(['vacca', 'oca']);
  });

  test('groupEnd finds the ")" closing the first group, past nested groups, escapes and classes', () => {
    expect(groupEnd('(?:a (?:b|c)\\)[)])d')).toBe(17);
    expect(groupEnd('(?:a')).toBe(-1);
  });

  test('expandClasses spells every word of letters and letter classes', () => {
    expect(expandClasses("d[oa]nn[ae]")).toEqual(['donna', 'donne', 'danna', 'danne']);
    expect(expandClasses("l'oca")).toEqual(["l'oca"]);
  });

  test.each([
    [' stronza', [1, 1]],
    [' stronza vacca', [2, 2]],
    [' stronza , vacca', [2, 3]], // a comma takes a space of the canon but no word
    [' a(?: b){0,2}', [1, 3]],
    [' a\\s+b', [1, Infinity]],
    [' a(?= b) c', [2, 2]], // a lookahead reads without taking
    [' (?:sei|siete) (?:un|una) \\w+', [3, 3]],
    [' (?:[^ ]+ ){0,3}?x', [-Infinity, 4]], // a class without the space may hold commas and stops
    [' a. b', [1, 3]],
  ] as const)('spaceBounds(%j) is %j: the least and most spaces a match holds, less its commas and stops', (src, bounds) => {
    expect(spaceBounds(src)).toEqual(bounds);
  });
});
