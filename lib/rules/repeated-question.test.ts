import { describe, expect, test } from 'vitest';
import { createAnalyzer } from '../analyzer';
import type { CommentInput } from '../types';

const analyzer = createAnalyzer();
const thread: CommentInput[] = [
  { id: 'c1', author: 'Maria Bianchi', text: 'Quando pagano l\'assegno unico di marzo?' },
  { id: 'c2', author: 'Luca Verdi', text: 'Anche io aspetto il bonus nido di febbraio' },
  { id: 'c3', author: 'Maria Bianchi', text: 'Grazie' },
];
const run = (c: CommentInput, t: readonly CommentInput[] = thread) =>
  analyzer.analyze(c, { thread: t }).findings.filter((f) => f.rule === 'repeated-question');

describe('repeated-question', () => {
  test.each([
    ['same text', 'Quando pagano l\'assegno unico di marzo?', 'c1'],
    ['case, accents and punctuation', 'QUANDO PAGANO L\'ASSEGNO UNICO DI MARZO???', 'c1'],
    ['a typo', 'Quando pagano l\'assegno unicoo di marzo', 'c1'],
  ])('%s', (_name, text, earlier) => {
    const f = run({ id: 'c9', author: 'Maria Bianchi', text });
    expect(f).toHaveLength(1);
    expect(f[0].reason).toContain(earlier);
    expect(f[0].evidence[0]).toEqual({ start: 0, end: text.length });
  });

  test.each([
    ['another author', { id: 'c9', author: 'Paolo Neri', text: 'Quando pagano l\'assegno unico di marzo?' }],
    ['a different question', { id: 'c9', author: 'Maria Bianchi', text: 'Come si rinnova l\'ISEE per il bonus nido?' }],
    ['a short repeat', { id: 'c9', author: 'Maria Bianchi', text: 'Grazie' }],
    ['no author', { id: 'c9', text: 'Quando pagano l\'assegno unico di marzo?' }],
    ['the same comment seen again', { id: 'c1', author: 'Maria Bianchi', text: 'Quando pagano l\'assegno unico di marzo?' }],
  ])('not for %s', (_name, c) => {
    expect(run(c as CommentInput)).toEqual([]);
  });

  test('no thread, no repeat', () => {
    expect(run({ id: 'c9', author: 'Maria Bianchi', text: 'Quando pagano l\'assegno unico di marzo?' }, [])).toEqual([]);
  });
});
