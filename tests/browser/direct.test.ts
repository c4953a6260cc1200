// Instagram Direct: cards on the citizen's messages only, suggestions inserted into the (Lexical) message
// composer and never sent, the action logged with channel "direct" and the conversation id.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, fixture, openSession, readLog, type Session } from './support';

const DIRECT_URL = 'https://www.instagram.com/direct/t/17846000000000001/';
// The saved page's composer is an inert copy: the test page mounts a real Lexical editor on it.
const html = fixture('instagram-direct-en-2025.html').replace('</body>', '<script src="/__galateo_demo/lexical-editor.js"></script></body>');
const truth = JSON.parse(fixture('truth/instagram-direct-en-2025.json')) as { messages: { fromSelf: boolean }[] };

describeBrowser('Instagram Direct', () => {
  let s: Session;
  let page: Page;
  beforeAll(async () => {
    s = await openSession({ [DIRECT_URL]: html });
    page = await s.context.newPage();
    await page.goto(DIRECT_URL);
  });
  afterAll(async () => {
    await s?.close();
  });

  test("one card per message of the other person, none on ours", async () => {
    const citizen = truth.messages.filter((m) => !m.fromSelf).length;
    expect(citizen).toBe(11);
    await expect.poll(() => page.locator('galateo-comment').count(), { timeout: 15_000 }).toBe(citizen);
  });

  test('insert into the message composer (real Lexical), then log the action with channel "direct"', async () => {
    const host = page.locator('galateo-comment').first();
    await host.locator('.badge').click();
    const reply = 'Gentile utente, trova le informazioni su www.inps.it.';
    // Every message gets at least the general replies; the moderator edits the text before inserting.
    const box = host.locator('textarea');
    expect(await box.count()).toBe(1);
    await box.fill(reply);
    await host.locator('button[data-do="insert"]').click();
    await expect.poll(() => page.evaluate(() => window.__lexicalText?.(null) ?? '')).toContain(reply);
    const id = await host.getAttribute('data-comment-id');
    await host.locator('button[data-action="replied"]').click();
    await host.locator('.handled[data-handled="replied"]').waitFor();
    const rec = (await readLog(s.worker)).find((r) => r.commentId === id);
    expect(rec?.channel).toBe('direct');
    expect(rec?.postId).toBe('17846000000000001');
    expect(rec?.platform).toBe('instagram');
  });
});
