// The hostile corpus as the comments of a Facebook-like page (real comment template, text escaped as Facebook
// does, deeply nested markup) in Chromium with the built extension: nothing executes, no dialog, the page still
// scrolls, every comment gets its badge, and everything Galateo adds lives inside its galateo-comment hosts.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { commentHtml } from '../../scripts/demo/thread';
import { hostileCorpus, nestedMarkup, PWNED_FLAG, smallCases, type HostileCase } from '../hostile/corpus';
import { describeBrowser, openSession, type Session } from './support';

const URL_HOSTILE = 'https://www.facebook.com/galateo.hostile/posts/pfbid0hostileCorpus2026';
const TEMPLATE = readFileSync(fileURLToPath(new URL('../fixtures/dom/templates/facebook-comment-2025.html', import.meta.url)), 'utf8');
const BIG_IDS = ['prose-100kb', 'mixed-script-100kb'];
const CASES: HostileCase[] = [...smallCases(), ...hostileCorpus().filter((c) => BIG_IDS.includes(c.id))];
const idOf = (i: number) => String(1000000000000100 + i);
/** Depth of the wrappers around the whole thread (Chromium's parser flattens beyond 512; the template adds ~30). */
const PAGE_DEPTH = 300;
/** Depth of inline wrappers around the text of every third comment. */
const TEXT_DEPTH = 60;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function hostilePage(): string {
  const items = CASES.map((c, i) => {
    let html = commentHtml({ author: `Utente ${i}`, slug: `utente.${i}`, text: c.text, hoursAgo: 3, shows: c.id }, idOf(i), 3, TEMPLATE, false);
    if (i % 3 === 0) {
      const body = `>${escapeHtml(c.text)}</div>`;
      const at = html.indexOf(body);
      if (at >= 0) html = html.slice(0, at + 1) + nestedMarkup(TEXT_DEPTH, escapeHtml(c.text)).replace(/<(\/?)(div|section)>/g, '<$1span>') + html.slice(at + body.length - 6);
    }
    return html;
  });
  const list = `<div role="list" aria-label="Commenti">${items.join('\n')}</div>`;
  return `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>Hostile | Facebook</title>
<style>body{font:15px/1.35 sans-serif;margin:0} [role=main]{max-width:680px;margin:16px auto}</style></head>
<body><div role="banner"><a href="https://www.facebook.com/" aria-label="Facebook">facebook</a></div>
<div role="main"><h2><a href="https://www.facebook.com/galateo.hostile" role="link">Pagina di prova</a></h2>
${nestedMarkup(PAGE_DEPTH, list)}</div></body></html>`;
}

describeBrowser('hostile comments in Chromium', () => {
  let s: Session;
  let page: Page;
  let html: string;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    html = hostilePage();
    s = await openSession({ [URL_HOSTILE]: html });
    page = await s.context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(URL_HOSTILE);
    await page.waitForFunction((n) => document.querySelectorAll('galateo-comment').length >= n, CASES.length, { timeout: 45_000 });
  });
  afterAll(async () => {
    await s?.close();
  });

  test('the page really is hostile: every case is a comment, the 100 KB ones whole, nested hundreds deep', async () => {
    const info = await page.evaluate(() => {
      let depth = 0;
      for (let e: Element | null = document.querySelector('[role=article]'); e; e = e.parentElement) depth++;
      return { articles: document.querySelectorAll('[role=article]').length, depth, longest: Math.max(...[...document.querySelectorAll('[role=article]')].map((a) => a.textContent!.length)) };
    });
    expect(info.articles).toBe(CASES.length);
    expect(info.depth).toBeGreaterThan(PAGE_DEPTH);
    expect(info.longest).toBeGreaterThan(100_000);
  });

  test('one badge per comment, each on its own comment id', async () => {
    const ids = await page.evaluate(() => [...document.querySelectorAll('galateo-comment')].map((h) => h.getAttribute('data-comment-id')));
    expect(ids.sort()).toEqual(CASES.map((_, i) => idOf(i)).sort());
  });

  test('opening every card runs no payload: no page-world flag, no dialog, no markup inside our shadow roots', async () => {
    // one click per badge, all at once (a Playwright click each takes about a second on a loaded machine)
    await page.evaluate(() => document.querySelectorAll('galateo-comment').forEach((h) => (h.shadowRoot!.querySelector('.badge') as HTMLElement).click()));
    await page.waitForFunction((n) => [...document.querySelectorAll('galateo-comment')].filter((h) => h.shadowRoot!.querySelector('.card')).length >= n, CASES.length, { timeout: 20_000 });
    const inShadow = await page.evaluate(() => {
      let dangerous = 0;
      let cards = 0;
      for (const h of document.querySelectorAll('galateo-comment')) {
        const root = h.shadowRoot!;
        cards += root.querySelectorAll('.card').length;
        dangerous += root.querySelectorAll('script, img, svg, iframe, object, embed, math, style, link, a[href^="javascript"], [onerror], [onload]').length;
      }
      return { dangerous, cards };
    });
    expect(inShadow.cards).toBe(CASES.length);
    expect(inShadow.dangerous).toBe(0);
    expect(await page.evaluate((f) => (window as unknown as Record<string, unknown>)[f], PWNED_FLAG)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  test("a page script cannot act through the cards (open shadow roots): its clicks mark nothing, the moderator's do", async () => {
    const marked = () => page.evaluate(() => [...document.querySelectorAll('galateo-comment')].filter((h) => h.shadowRoot!.querySelector('.handled')).length);
    expect(await marked()).toBe(0);
    // the page's own script clicks "Hidden" on every card (isTrusted false)…
    await page.evaluate(() => document.querySelectorAll('galateo-comment').forEach((h) => (h.shadowRoot!.querySelector('button[data-action="hidden"]') as HTMLElement | null)?.click()));
    // …then the moderator clicks it on one card: once that mark is shown, any earlier click would have been too
    const one = page.locator('galateo-comment').first();
    await one.locator('button[data-action="hidden"]').click();
    await one.locator('.handled[data-handled="hidden"]').waitFor({ timeout: 10_000 });
    expect(await marked()).toBe(1);
  });

  test('the host page still scrolls, with the wheel as a user would', async () => {
    const before = await page.evaluate(() => ({ y: window.scrollY, overflow: getComputedStyle(document.documentElement).overflow + getComputedStyle(document.body).overflow, height: document.documentElement.scrollHeight }));
    expect(before.overflow).not.toContain('hidden');
    await page.mouse.move(400, 400);
    await page.mouse.wheel(0, 1500);
    await page.waitForFunction((y0) => window.scrollY > y0, before.y, { timeout: 5000 });
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await page.evaluate(() => window.scrollY + window.innerHeight)).toBeGreaterThan(before.height * 0.9);
  });

  test('everything Galateo added is a galateo-comment host; the page\'s own elements are untouched', async () => {
    const r = await page.evaluate((served) => {
      const ours = [...document.querySelectorAll('[data-galateo]')];
      const hosts = document.querySelectorAll('galateo-comment').length;
      const notHost = ours.filter((e) => e.tagName !== 'GALATEO-COMMENT').map((e) => e.tagName);
      const custom = [...document.querySelectorAll('*')].filter((e) => e.tagName.includes('-') && e.tagName !== 'GALATEO-COMMENT').map((e) => e.tagName);
      const parsed = new DOMParser().parseFromString(served, 'text/html');
      const lightNow = document.querySelectorAll('*').length - hosts;
      return { notHost, custom, lightNow, lightServed: parsed.querySelectorAll('*').length, closedHosts: [...document.querySelectorAll('galateo-comment')].filter((h) => !h.shadowRoot).length };
    }, html);
    expect(r.notHost).toEqual([]);
    expect(r.custom).toEqual([]);
    expect(r.closedHosts).toBe(0);
    expect(r.lightNow).toBe(r.lightServed);
  });

  test('no error reached the page, and the flag detector itself works (control: innerHTML of a payload does set it)', async () => {
    expect(pageErrors).toEqual([]);
    expect(await page.evaluate((f) => (window as unknown as Record<string, unknown>)[f], PWNED_FLAG)).toBeUndefined();
    // Control, in a blank page of its own: the same payload through innerHTML executes, so the checks above can fail.
    const control = await s.context.newPage();
    await control.setContent('<div id="c"></div>');
    const payload = CASES.find((c) => c.id === 'xss-img-onerror')!.text;
    await control.evaluate((p) => (document.getElementById('c')!.innerHTML = p), payload);
    await control.waitForFunction((f) => (window as unknown as Record<string, unknown>)[f] === 1, PWNED_FLAG, { timeout: 5000 });
    await control.close();
  });
});
