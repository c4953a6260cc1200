// Properties of lib/text on any input: folding keeps a monotone map back to the original text,
// every token and every match is a non-empty span inside the original, the fast yes/no path of the
// matcher agrees with the full path, masking keeps the length, similarity stays in [0, 1].
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { foldText, maskSpans, mergeSpans, similarity, tokenize, toOriginal } from '../../lib/text';
import { canonicalize, canonSpan, findAll } from '../../lib/text/canon';
import { abuseMatcher } from '../../lib/lexicons';
import { commentText, RUNS } from './arbitraries';

const inside = (text: string, s: { start: number; end: number }) => s.start >= 0 && s.start < s.end && s.end <= text.length;

describe('foldText / toOriginal', () => {
  test('the map is monotone, starts inside the text and ends at its length', () => {
    fc.assert(
      fc.property(commentText, (text) => {
        const f = foldText(text);
        expect(f.map.length).toBe(f.text.length + 1);
        expect(f.map[f.text.length]).toBe(text.length);
        for (let i = 0; i < f.text.length; i++) {
          expect(f.map[i]).toBeGreaterThanOrEqual(0);
          expect(f.map[i]).toBeLessThan(text.length);
          if (i > 0) expect(f.map[i]).toBeGreaterThanOrEqual(f.map[i - 1]);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('every folded range maps to a non-empty span inside the original text', () => {
    fc.assert(
      fc.property(
        commentText.filter((t) => foldText(t).text.length > 0),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const f = foldText(text);
          const n = f.text.length;
          const s = a % n;
          const e = s + 1 + (b % (n - s));
          expect(inside(text, toOriginal(f, s, e))).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('tokenize / canonicalize', () => {
  test('tokens are ordered, non-overlapping, non-empty spans inside the text', () => {
    fc.assert(
      fc.property(commentText, fc.boolean(), (text, joinSpaced) => {
        let prev = 0;
        for (const t of tokenize(text, { joinSpaced })) {
          expect(inside(text, t), JSON.stringify(t)).toBe(true);
          expect(t.start).toBeGreaterThanOrEqual(prev);
          prev = t.end;
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('canonical regex matches map back to spans inside the text', () => {
    fc.assert(
      fc.property(commentText, (text) => {
        const c = canonicalize(text);
        for (const m of findAll(c, /[a-z]+(?: [a-z]+)?/g)) expect(inside(text, canonSpan(c, m.m.index, m.m.index + m.m[0].length))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('matcher (the real abuse lexicons)', () => {
  const matcher = abuseMatcher();

  test('the lexicon is the real one, not an empty stand-in', () => {
    expect(matcher.size).toBeGreaterThan(200);
  });

  test('find() returns non-overlapping spans inside the text', () => {
    fc.assert(
      fc.property(commentText, (text) => {
        let prev = 0;
        for (const m of matcher.find(text)) {
          expect(inside(text, m), JSON.stringify({ text, m: { start: m.start, end: m.end } })).toBe(true);
          expect(m.start).toBeGreaterThanOrEqual(prev);
          prev = m.end;
        }
      }),
      { numRuns: RUNS },
    );
  });

  // The counterexamples of the two fixed Matcher.test() bugs (known-bugs.test.ts) run first.
  test('test() gives the same yes/no as find() on any text', () => {
    fc.assert(
      fc.property(commentText, (text) => {
        expect(matcher.test(text), JSON.stringify(text)).toBe(matcher.find(text).length > 0);
      }),
      { numRuns: RUNS, examples: [['unculattone1'], ['дunculattone'], ['S porco dio']] },
    );
  });
});

describe('redaction and similarity', () => {
  test('maskSpans keeps the length and never throws, even for spans outside the text', () => {
    fc.assert(
      fc.property(commentText, fc.array(fc.record({ start: fc.integer({ min: -50, max: 400 }), end: fc.integer({ min: -50, max: 400 }) })), (text, spans) => {
        expect(maskSpans(text, spans).length).toBe(text.length);
        for (const s of mergeSpans(spans)) expect(s.end).toBeGreaterThan(s.start);
      }),
      { numRuns: RUNS },
    );
  });

  test('similarity is in [0, 1], symmetric, and 1 with itself', () => {
    fc.assert(
      fc.property(commentText, commentText, (a, b) => {
        const s = similarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(similarity(b, a)).toBeCloseTo(s, 12);
        expect(similarity(a, a)).toBe(1);
      }),
      { numRuns: RUNS },
    );
  });
});
