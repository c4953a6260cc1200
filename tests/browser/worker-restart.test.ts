// MV3 stops idle service workers: an action after a stop must still be logged, and nothing before it lost.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { buildDemoPage, DEMO_URL } from '../../scripts/demo/thread';
import { DEMO_COMMENTS } from '../../scripts/demo/comments';
import { describeBrowser, openSession, readLog, stopServiceWorker, type Session } from './support';

const idOf = (shows: string) => String(1000000000000100 + DEMO_COMMENTS.findIndex((c) => c.shows === shows));

async function mark(page: Page, id: string, action: string) {
  const host = page.locator(`galateo-comment[data-comment-id="${id}"]`);
  if ((await host.locator('.badge').getAttribute('aria-expanded')) !== 'true') await host.locator('.badge').click();
  await host.locator(`button[data-action="${action}"]`).click();
  await host.locator(`.handled[data-handled="${action}"]`).waitFor({ timeout: 15_000 });
}

describeBrowser('service worker stopped between two actions', () => {
  let s: Session;
  let page: Page;
  beforeAll(async () => {
    s = await openSession({ [DEMO_URL]: buildDemoPage() });
    page = await s.context.newPage();
    await page.goto(DEMO_URL);
    await page.locator('galateo-comment').nth(DEMO_COMMENTS.length - 1).waitFor({ timeout: 20_000 });
  });
  afterAll(async () => {
    await s?.close();
  });

  test('both records are present after the worker restarts', async () => {
    await mark(page, idOf('vulgarity'), 'hidden');
    await stopServiceWorker(page);
    // The next action wakes the worker up again.
    await mark(page, idOf('threat'), 'escalated');
    const ext = await s.context.newPage();
    await ext.goto(`chrome-extension://${s.extensionId}/popup.html`);
    const log = await readLog(ext);
    const byComment = Object.fromEntries(log.map((r) => [r.commentId as string, r.action]));
    expect(byComment[idOf('vulgarity')]).toBe('hidden');
    expect(byComment[idOf('threat')]).toBe('escalated');
    // Nothing left waiting in the retry queue.
    const queued = await ext.evaluate(async () => {
      const got = await (globalThis as any).chrome.storage.local.get('galateo.log.retryQueue');
      return (got['galateo.log.retryQueue'] as unknown[] | undefined)?.length ?? 0;
    });
    expect(queued).toBe(0);
  });
});
