import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { jsonErrorOffset, lineColumn } from './json-error';

const parses = (t: string) => {
  try {
    JSON.parse(t);
    return true;
  } catch {
    return false;
  }
};

describe('jsonErrorOffset', () => {
  test.each([
    ['{"a": 1}', -1],
    ['{"a": 1,}', 8],
    ['[1, 2', 5],
    ['{"a" 1}', 5],
    ['tru', 0],
    ['{"a": 01}', 7],
    ['"\\x"', 2],
    ['{} x', 3],
  ])('%j → %i', (text, at) => expect(jsonErrorOffset(text)).toBe(at));

  test('agrees with JSON.parse on valid documents', () => {
    fc.assert(fc.property(fc.json(), (t) => jsonErrorOffset(t) === -1), { numRuns: 300 });
  });

  test('agrees with JSON.parse on damaged documents', () => {
    const damaged = fc.tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', '{', 'x', '\n')).map(
      ([t, n, ins]) => {
        const at = n % (t.length + 1);
        return t.slice(0, at) + ins + t.slice(at + (ins === '' ? 1 : 0));
      },
    );
    fc.assert(fc.property(damaged, (t) => (jsonErrorOffset(t) === -1) === parses(t)), { numRuns: 500 });
  });

  test('line and column are 1-based', () => {
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('x', 0)).toEqual({ line: 1, column: 1 });
  });
});
