// The corpus is what the README says it is: otherwise the tests built on it prove less than they claim.
import { describe, expect, test } from 'vitest';
import { hostileCorpus, nestedMarkup, PWNED_FLAG } from './corpus';

const corpus = hostileCorpus();

describe('hostile corpus', () => {
  test('ids are unique and every category is present', () => {
    expect(new Set(corpus.map((c) => c.id)).size).toBe(corpus.length);
    const cats = new Set(corpus.map((c) => c.category));
    for (const c of ['xss', 'invisible', 'bidi', 'encoding', 'mixed-script', 'emoji', 'edge', 'size']) expect(cats).toContain(c);
  });

  test('every "size" case and the emoji flood are at least 100 KB (UTF-16 code units)', () => {
    const big = corpus.filter((c) => c.category === 'size' || c.id === 'emoji-100kb');
    expect(big.length).toBeGreaterThanOrEqual(10);
    for (const c of big) expect(c.text.length, c.id).toBeGreaterThanOrEqual(100 * 1024 * 0.98);
  });

  test('the XSS cases really carry the page-world flag, the invisible ones really are invisible', () => {
    const xss = corpus.filter((c) => c.category === 'xss');
    expect(xss.filter((c) => c.text.includes(PWNED_FLAG)).length).toBeGreaterThanOrEqual(8);
    const zwOnly = corpus.find((c) => c.id === 'zw-only')!;
    expect(zwOnly.text.length).toBeGreaterThan(0);
    expect(/[\p{L}\p{N}]/u.test(zwOnly.text)).toBe(false);
  });

  test('unpaired surrogates survive the JSON round trip', () => {
    const lone = corpus.find((c) => c.id === 'lone-surrogates')!.text;
    expect(lone.isWellFormed()).toBe(false);
  });

  test('nestedMarkup nests to the requested depth', () => {
    const html = nestedMarkup(3, 'x');
    expect(html).toBe('<div><span><b>x</b></span></div>');
  });
});
