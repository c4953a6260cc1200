import { describe, expect, test } from 'vitest';
import { createAnalyzer, defaultProfile, UNKNOWN_NOW } from '../analyzer';
import type { CommentInput } from '../types';

const run = (c: Partial<CommentInput>, now?: Date, maxAgeDays?: number) => {
  const p = defaultProfile();
  if (maxAgeDays !== undefined) p.rules = { 'old-post': { maxAgeDays } };
  return createAnalyzer(p)
    .analyze({ id: 'x', text: 'ciao', ...c }, { now })
    .findings.filter((f) => f.rule === 'old-post');
};

describe('old-post', () => {
  test.each([
    ['45 days after the post', { postCreatedAt: '2025-01-01T10:00:00Z', createdAt: '2025-02-15T10:00:00Z' }, undefined, 1],
    ['31 days', { postCreatedAt: '2025-01-01T10:00:00Z', createdAt: '2025-02-01T10:00:01Z' }, undefined, 1],
    ['exactly 30 days', { postCreatedAt: '2025-01-01T10:00:00Z', createdAt: '2025-01-31T10:00:00Z' }, undefined, 0],
    ['a fresh post', { postCreatedAt: '2025-01-01T10:00:00Z', createdAt: '2025-01-02T10:00:00Z' }, undefined, 0],
    ['page threshold of 7 days', { postCreatedAt: '2025-01-01T10:00:00Z', createdAt: '2025-01-10T10:00:00Z' }, 7, 1],
    ['page threshold of 90 days', { postCreatedAt: '2025-01-01T10:00:00Z', createdAt: '2025-03-01T10:00:00Z' }, 90, 0],
    ['no post date', { createdAt: '2025-03-01T10:00:00Z' }, undefined, 0],
    ['a broken post date', { postCreatedAt: 'yesterday', createdAt: '2025-03-01T10:00:00Z' }, undefined, 0],
  ])('%s', (_n, c, max, n) => {
    const f = run(c, UNKNOWN_NOW, max);
    expect(f).toHaveLength(n);
    if (n) expect(f[0].reason).toMatch(/\d+ days old/);
  });

  test('without the comment time, "now" is the reference; unknown now means silence', () => {
    const c = { postCreatedAt: '2025-01-01T10:00:00Z' };
    expect(run(c, new Date('2025-06-01T00:00:00Z'))).toHaveLength(1);
    expect(run(c, new Date('2025-01-05T00:00:00Z'))).toHaveLength(0);
    expect(run(c, UNKNOWN_NOW)).toHaveLength(0);
  });
});
