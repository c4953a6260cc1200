// The background's message handler is the only door into the log: any message must come back as an answer
// (never a throw), a refusal must explain itself in Italian and English, and a valid action with hostile
// text stores no author name and no raw text.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { handleRequest } from '../../lib/background/handler';
import { ACTIONS } from '../../lib/log/schema';
import { hostileCorpus } from '../hostile/corpus';
import { commentText, RUNS } from './arbitraries';

const TYPES = ['log/handled', 'log/state', 'log/count', 'log/export', 'log/flush', 'log/purge', '', '__proto__'];

function checkAnswer(res: unknown): void {
  expect(res && typeof res === 'object').toBe(true);
  const r = res as { ok: boolean; error?: { message?: { it?: string; en?: string } } };
  expect(typeof r.ok).toBe('boolean');
  if (!r.ok) {
    expect(r.error?.message?.it?.trim().length).toBeGreaterThan(0);
    expect(r.error?.message?.en?.trim().length).toBeGreaterThan(0);
  }
}

describe('background message handler', () => {
  test('any value, and any near-valid request, gets an answer', async () => {
    const message = fc.oneof(
      fc.anything(),
      fc.record({ type: fc.constantFrom(...TYPES), input: fc.anything(), commentIds: fc.array(commentText, { maxLength: 5 }), day: fc.string(), format: fc.constantFrom('csv', 'json', 'xml') }, { requiredKeys: ['type'] }),
    );
    await fc.assert(
      fc.asyncProperty(message, async (m) => {
        checkAnswer(await handleRequest(m));
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });

  test('a valid action on a hostile comment is stored without the author name or the raw text', async () => {
    const NAME = 'Zefirina Quaglierini';
    const texts = fc.oneof(commentText, fc.constantFrom(...hostileCorpus().filter((c) => c.text.length < 5000).map((c) => c.text)));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(texts, fc.constantFrom(...ACTIONS), async (text, action) => {
        const commentId = `c${++n}`;
        const full = `${text} ${NAME} ${text}`;
        const res = await handleRequest({
          type: 'log/handled',
          input: { platform: 'facebook', channel: 'comment', pageId: 'p', postId: '1', commentId, permalink: null, findings: [], topic: null, action, templateId: null, commentTime: 'not a time', shownAt: new Date().toISOString(), text: full, author: NAME },
        });
        checkAnswer(res);
        expect((res as { ok: boolean }).ok).toBe(true);
        const stored = JSON.stringify((res as { data: unknown }).data);
        expect(stored).toContain(`"action":"${action}"`);
        expect(stored).toContain(`"commentId":"${commentId}"`);
        expect(stored.toLowerCase()).not.toContain('zefirina');
        expect(stored.toLowerCase()).not.toContain('quaglierini');
        if (text.length > 40) expect(stored).not.toContain(JSON.stringify(full).slice(1, -1));
      }),
      { numRuns: Math.ceil(RUNS / 5) },
    );
    const state = await handleRequest({ type: 'log/state', commentIds: ['c1'] });
    expect(state).toMatchObject({ ok: true });
  });
});
