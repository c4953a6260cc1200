// The whole path in a real browser: routed pages -> content script -> badges -> "handled" -> IndexedDB -> popup.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { buildDemoPage, DEMO_URL } from '../../scripts/demo/thread';
import { DEMO_COMMENTS } from '../../scripts/demo/comments';
import { cardRules, describeBrowser, fixture, openSession, readLog, type Session } from './support';

const FB_FIXTURE_URL = 'https://www.facebook.com/galateo.fixture/posts/pfbid0fixture2025';
const IG_FIXTURE_URL = 'https://www.instagram.com/p/Cfixture2025/';
const demoId = (i: number) => String(1000000000000100 + i);
const idOf = (shows: string) => demoId(DEMO_COMMENTS.findIndex((c) => c.shows === shows));

describeBrowser('foundation: demo thread and fixtures in Chromium', () => {
  let s: Session;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    s = await openSession({
      [DEMO_URL]: buildDemoPage(),
      [FB_FIXTURE_URL]: fixture('facebook-post-loggedout-en-2025.html'),
      [IG_FIXTURE_URL]: `<!doctype html><html><body><main>${fixture('instagram-comment-row-en-2025.html')}</main></body></html>`,
    });
    page = await s.context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(DEMO_URL);
    await page.locator('galateo-comment').nth(DEMO_COMMENTS.length - 1).waitFor({ timeout: 20_000 });
  });
  afterAll(async () => {
    await s?.close();
  });

  test('one badge per demo comment, in shadow roots, nothing else touched', async () => {
    expect(await page.locator('galateo-comment').count()).toBe(DEMO_COMMENTS.length);
    const shadowed = await page.evaluate(() =>
      [...document.querySelectorAll('galateo-comment')].every((h) => h.shadowRoot && h.hasAttribute('data-galateo')),
    );
    expect(shadowed).toBe(true);
  });

  test('shouting and personal-data are found with their evidence', async () => {
    expect(await cardRules(page, idOf('shouting'))).toContain('shouting');
    const pd = page.locator(`galateo-comment[data-comment-id="${idOf('personal-data')}"]`);
    expect(await cardRules(page, idOf('personal-data'))).toContain('personal-data');
    const evidence = await pd.locator('.finding[data-rule="personal-data"] .evidence').allTextContents();
    expect(evidence.join(' ')).toContain('RSSMRA85T10A562S');
  });

  test('comment text with markup renders as text: no element, no script, no dialog', async () => {
    const id = idOf('hostile markup (must render as text)');
    const host = page.locator(`galateo-comment[data-comment-id="${id}"]`);
    await host.locator('.badge').click();
    const inShadow = await host.evaluate((h) => ({
      imgs: h.shadowRoot!.querySelectorAll('img, script').length,
      text: h.shadowRoot!.textContent ?? '',
    }));
    expect(inShadow.imgs).toBe(0);
    // The host page itself shows the text literally too (the demo escapes it, as Facebook does).
    expect(await page.locator('text=<script>alert("xss")</script>').count()).toBeGreaterThan(0);
    expect(dialogs).toEqual([]);
  });

  test('"handled" goes through the worker into IndexedDB, and the popup counts it', async () => {
    const id = idOf('shouting');
    const host = page.locator(`galateo-comment[data-comment-id="${id}"]`);
    if ((await host.locator('.badge').getAttribute('aria-expanded')) !== 'true') await host.locator('.badge').click();
    await host.locator('button[data-action="replied"]').click();
    await host.locator('.handled[data-handled="replied"]').waitFor();
    const log = await readLog(s.worker);
    const rec = log.find((r) => r.commentId === id);
    expect(rec).toBeTruthy();
    expect(rec!.action).toBe('replied');
    expect(rec!.platform).toBe('facebook');
    expect((rec!.rules as string[]) ?? (rec!.findings as { rule: string }[]).map((f) => f.rule)).toContain('shouting');
    // Privacy: no author name and no raw text in the record.
    expect(JSON.stringify(rec)).not.toContain('Antonella Greco');

    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
    await expect.poll(() => popup.locator('[data-testid="today-count"]').textContent()).toBe('1');
    await popup.close();
  });

  test('handled comments stay marked after reload', async () => {
    await page.reload();
    const host = page.locator(`galateo-comment[data-comment-id="${idOf('shouting')}"]`);
    await host.locator('.handled[data-handled="replied"]').waitFor({ timeout: 10_000 });
  });

  test('real 2025 Facebook post fixture: one badge per comment (10)', async () => {
    const p = await s.context.newPage();
    await p.goto(FB_FIXTURE_URL);
    await expect.poll(() => p.locator('galateo-comment').count(), { timeout: 15_000 }).toBe(10);
    await p.close();
  });

  test('real Instagram comment row fixture: one badge', async () => {
    const p = await s.context.newPage();
    await p.goto(IG_FIXTURE_URL);
    await expect.poll(() => p.locator('galateo-comment').count(), { timeout: 15_000 }).toBe(1);
    await p.close();
  });
});
