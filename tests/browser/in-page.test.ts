// In the native UI: evidence highlighted in the comment itself, replies inserted into the real Lexical
// composer (never sent), the side-panel queue, single-page navigation.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { buildDemoPage, DEMO_URL } from '../../scripts/demo/thread';
import { DEMO_COMMENTS } from '../../scripts/demo/comments';
import { describeBrowser, fixture, openSession, type Session } from './support';

const idOf = (shows: string) => String(1000000000000100 + DEMO_COMMENTS.findIndex((c) => c.shows === shows));
const OTHER_URL = 'https://www.facebook.com/galateo.fixture/posts/pfbid0fixture2025';
const BROKEN_URL = 'https://www.facebook.com/galateo.changed/posts/pfbid0changedmarkup';
// Markup Galateo does not recognise: comment links are there, but none of the structure around them.
const BROKEN_HTML = `<!doctype html><html><body><main>
  <section><span>Maria Bianchi</span><p>Un commento scritto in una struttura che non conosciamo ancora</p>
  <a href="https://www.facebook.com/galateo.changed/posts/pfbid0changedmarkup?comment_id=1234567890123456">2 h</a></section>
</main></body></html>`;

describeBrowser('in-page UI on the demo thread', () => {
  let s: Session;
  let page: Page;
  beforeAll(async () => {
    s = await openSession({
      [DEMO_URL]: buildDemoPage(),
      [OTHER_URL]: fixture('facebook-post-loggedout-en-2025.html'),
      [BROKEN_URL]: BROKEN_HTML,
    });
    page = await s.context.newPage();
    await page.goto(DEMO_URL);
    await page.locator('galateo-comment').nth(DEMO_COMMENTS.length - 1).waitFor({ timeout: 20_000 });
  });
  afterAll(async () => {
    await s?.close();
  });

  test('evidence is highlighted in the host page without touching its text nodes', async () => {
    const textBefore = await page.locator('[role=article]').first().textContent();
    const highlighted = await page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, { size: number } & Iterable<Range>> }).highlights.get('galateo-evidence');
      return h ? [...h].map((r) => r.toString()) : null;
    });
    expect(highlighted).not.toBeNull();
    expect(highlighted).toContain('RSSMRA85T10A562S');
    // The host page's own text is unchanged by highlighting.
    expect(await page.locator('[role=article]').first().textContent()).toBe(textBefore);
  });

  test('Insert puts the suggested reply into the Lexical composer; a second insert appends, nothing is sent', async () => {
    const host = page.locator(`galateo-comment[data-comment-id="${idOf('personal-case')}"]`);
    await host.locator('.badge').click();
    const reply = await host.locator('textarea').inputValue();
    expect(reply.length).toBeGreaterThan(20);
    expect(reply).toContain('Marco'); // the author's first name filled in
    await host.locator('button[data-do="insert"]').click();
    await expect.poll(() => host.locator('.status').textContent()).toMatch(/inserito|inserted/i);
    const editorText = await page.evaluate(() => window.__lexicalText?.(null) ?? null);
    expect(editorText?.replace(/\s+/g, ' ').trim()).toBe(reply.replace(/\s+/g, ' ').trim());
    // Edited by the moderator, inserted again: appended once, not doubled, still not sent.
    await host.locator('textarea').fill('Grazie Marco, verifichiamo.');
    await host.locator('button[data-do="insert"]').click();
    await expect.poll(() => page.evaluate(() => window.__lexicalText?.(null) ?? '')).toContain('Grazie Marco, verifichiamo.');
    const finalText = (await page.evaluate(() => window.__lexicalText?.(null) ?? ''))!;
    expect(finalText.split('Grazie Marco, verifichiamo.').length).toBe(2);
    expect(await page.locator('galateo-comment').count()).toBe(DEMO_COMMENTS.length);
  });

  test('crisis gets an escalation note for the moderator, never an insertable reply', async () => {
    const host = page.locator(`galateo-comment[data-comment-id="${idOf('crisis')}"]`);
    await host.locator('.badge').click();
    expect(await host.locator('.finding[data-rule="crisis"]').count()).toBe(1);
    expect(await host.locator('.note').count()).toBe(1);
    expect(await host.locator('button[data-do="insert"]').count()).toBe(0);
  });

  test('side panel queue: most severe first; clicking a row scrolls the thread to that comment', async () => {
    const panel = await s.context.newPage();
    await panel.goto(`chrome-extension://${s.extensionId}/sidepanel.html`);
    await page.bringToFront();
    await panel.locator('button').first().click(); // refresh while the thread is the active tab
    const rows = panel.locator('[data-testid="queue"] li');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBeGreaterThan(5);
    const severities = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')));
    const rank = ['info', 'low', 'medium', 'high', 'critical'];
    const ranks = severities.map((x) => rank.indexOf(x!));
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    expect(severities[0]).toBe('critical');
    await page.evaluate(() => window.scrollTo(0, 0));
    const lastId = await rows.last().getAttribute('data-comment-id');
    await rows.last().locator('button').click();
    await expect
      .poll(() =>
        page.evaluate((id) => {
          const r = document.querySelector(`galateo-comment[data-comment-id="${id}"]`)!.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight;
        }, lastId),
      )
      .toBe(true);
    await panel.close();
  });

  test('keyboard: Alt+Shift+J focuses the next flagged comment badge', async () => {
    await page.bringToFront();
    await page.keyboard.press('Alt+Shift+J');
    const focused = await page.evaluate(() => document.activeElement?.tagName.toLowerCase());
    expect(focused).toBe('galateo-comment');
  });

  test('an edited (or recycled) comment node is analysed again when its text changes', async () => {
    const id = idOf('clean');
    const host = page.locator(`galateo-comment[data-comment-id="${id}"]`);
    expect(await host.locator('.badge').getAttribute('data-severity')).not.toBe('critical');
    await page.evaluate((cid) => {
      const article = document.querySelector(`galateo-comment[data-comment-id="${cid}"]`)!.closest('[role=article]')!;
      const text = article.querySelector('div[dir="auto"][style]')!;
      text.textContent = 'Vi vengo a cercare uno per uno e vi ammazzo tutti';
    }, id);
    await expect.poll(() => host.locator('.badge').getAttribute('data-severity'), { timeout: 10_000 }).toMatch(/high|critical/);
  });

  test('single-page navigation to another post: old badges go, the new thread is annotated', async () => {
    const html = fixture('facebook-post-loggedout-en-2025.html');
    await page.evaluate(
      ({ url, body }) => {
        history.pushState({}, '', url);
        const doc = new DOMParser().parseFromString(body, 'text/html');
        document.body.replaceWith(document.adoptNode(doc.body));
      },
      { url: OTHER_URL, body: html },
    );
    await expect.poll(() => page.locator('galateo-comment').count(), { timeout: 15_000 }).toBe(10);
  });

  test('self-diagnosis: comments Galateo cannot read are reported, and a sanitised diagnostic page can be saved', async () => {
    const broken = await s.context.newPage();
    await broken.goto(BROKEN_URL);
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
    await broken.bringToFront();
    await popup.reload();
    await popup.locator('[data-testid="unrecognised"]').waitFor({ timeout: 10_000 });
    const panel = await s.context.newPage();
    await panel.goto(`chrome-extension://${s.extensionId}/sidepanel.html`);
    await broken.bringToFront();
    const download = panel.waitForEvent('download');
    await panel.locator('[data-testid="diagnostic"]').click();
    const file = await (await download).path();
    const html = (await import('node:fs')).readFileSync(file, 'utf8');
    expect(html).toContain('comment_id=');
    expect(html).not.toContain('Maria Bianchi');
    expect(html).not.toContain('Un commento scritto');
    await Promise.all([popup.close(), panel.close(), broken.close()]);
  });

  test('a term dismissed three times on the page is offered for the allowlist; accepting it stops the flag at once', async () => {
    await page.goto(DEMO_URL);
    await page.locator('galateo-comment').nth(DEMO_COMMENTS.length - 1).waitFor({ timeout: 20_000 });
    const host = page.locator(`galateo-comment[data-comment-id="${idOf('vulgarity')}"]`);
    await host.locator('.badge').click();
    const evidence = () => host.locator('.finding .evidence').allTextContents();
    const first = (await evidence())[0].toLowerCase();
    expect(first).toContain('c4zzo');
    for (let i = 0; i < 3; i++) {
      await host.locator('button[data-action="dismissed"]').click();
      await host.locator('.handled[data-handled="dismissed"]').waitFor();
    }
    const offer = host.locator('.offer');
    await offer.waitFor({ timeout: 10_000 });
    const term = await offer.getAttribute('data-offer');
    expect(term).toBe(first);
    await offer.locator('button[data-do="allow"]').click();
    // The settings change reaches the open page: re-analysed without the allowed term.
    if ((await host.locator('.badge').getAttribute('aria-expanded')) !== 'true') await host.locator('.badge').click();
    await expect.poll(async () => (await evidence()).some((e) => e.toLowerCase() === first), { timeout: 10_000 }).toBe(false);
  });
});

