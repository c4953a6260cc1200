// Keyboard-only use of Galateo's in-page UI on the demo thread, and the accessibility of what it shows:
// Tab reaches a badge, focus is visible, Enter opens the card, I inserts, R/H/D/E/F mark (each one logged),
// Escape closes, Alt+Shift+J/K move between flagged comments; every control has a name; colour is never the
// only signal. axe-core is not installed: these checks are written by hand (see docs/security.md).
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { buildDemoPage, DEMO_URL } from '../../scripts/demo/thread';
import { DEMO_COMMENTS } from '../../scripts/demo/comments';
import { describeBrowser, openSession, readLog, type Session } from './support';

/** What has keyboard focus: inside our shadow roots, the focused control and its host's comment id. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const a = document.activeElement;
    if (a?.tagName !== 'GALATEO-COMMENT') return { inGalateo: false, tag: a?.tagName ?? null, commentId: null, cls: null, outline: null };
    const inner = a.shadowRoot!.activeElement as HTMLElement | null;
    const cs = inner ? getComputedStyle(inner) : null;
    return {
      inGalateo: true,
      tag: inner?.tagName ?? null,
      commentId: a.getAttribute('data-comment-id'),
      cls: inner?.className ?? null,
      outline: cs ? { style: cs.outlineStyle, width: parseFloat(cs.outlineWidth), focusVisible: inner!.matches(':focus-visible') } : null,
    };
  });
}

const host = (page: Page, id: string) => page.locator(`galateo-comment[data-comment-id="${id}"]`);

describeBrowser('accessibility and keyboard-only use', () => {
  let s: Session;
  let page: Page;

  beforeAll(async () => {
    s = await openSession({ [DEMO_URL]: buildDemoPage() });
    page = await s.context.newPage();
    await page.goto(DEMO_URL);
    await page.locator('galateo-comment').nth(DEMO_COMMENTS.length - 1).waitFor({ timeout: 20_000 });
    await page.bringToFront();
  });
  afterAll(async () => {
    await s?.close();
  });

  test('Tab alone reaches a badge, and its focus is visible (an outline of at least 2px on :focus-visible)', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let f = await focused(page);
    for (let i = 0; i < 80 && !(f.inGalateo && f.cls?.includes('badge')); i++) {
      await page.keyboard.press('Tab');
      f = await focused(page);
    }
    expect(f.inGalateo, 'no badge reached with Tab').toBe(true);
    expect(f.cls).toContain('badge');
    expect(f.outline!.focusVisible).toBe(true);
    expect(f.outline!.style).not.toBe('none');
    expect(f.outline!.width).toBeGreaterThanOrEqual(2);
  });

  test('Enter opens the card, Tab walks its controls with visible focus, Escape closes it', async () => {
    await page.keyboard.press('Alt+Shift+J');
    const f = await focused(page);
    expect(f.cls).toContain('badge');
    const h = host(page, f.commentId!);
    await page.keyboard.press('Enter');
    await h.locator('.card').waitFor();
    expect(await h.locator('.badge').getAttribute('aria-expanded')).toBe('true');
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      const g = await focused(page);
      expect(g.inGalateo, `Tab ${i + 1} left the card`).toBe(true);
      expect(g.commentId).toBe(f.commentId);
      expect(g.outline!.style, `${g.tag}.${g.cls} has no visible focus`).not.toBe('none');
    }
    await page.keyboard.press('Escape');
    await h.locator('.card').waitFor({ state: 'detached' });
    expect(await h.locator('.badge').getAttribute('aria-expanded')).toBe('false');
  });

  test('Alt+Shift+J and Alt+Shift+K move forward and back between flagged comments', async () => {
    await page.keyboard.press('Alt+Shift+J');
    const a = (await focused(page)).commentId;
    await page.keyboard.press('Alt+Shift+J');
    const b = (await focused(page)).commentId;
    await page.keyboard.press('Alt+Shift+K');
    const c = (await focused(page)).commentId;
    expect(a).not.toBeNull();
    expect(b).not.toBe(a);
    expect(c).toBe(a);
    for (const id of [a, b]) expect(Number(await host(page, id!).locator('.badge .count').textContent())).toBeGreaterThan(0);
  });

  test('I inserts the suggested reply into the composer, from the keyboard', async () => {
    const ids = await page.evaluate(() => [...document.querySelectorAll('galateo-comment')].filter((h) => Number(h.shadowRoot!.querySelector('.count')?.textContent) > 0).map((h) => h.getAttribute('data-comment-id')!));
    let inserted = false;
    for (const id of ids) {
      await host(page, id).locator('.badge').focus();
      await page.keyboard.press('Enter');
      const h = host(page, id);
      await h.locator('.card').waitFor();
      if ((await h.locator('button[data-do="insert"]').count()) === 0) {
        await page.keyboard.press('Escape');
        continue;
      }
      await h.locator('.badge').focus();
      await page.keyboard.press('i');
      await h.locator('.status').waitFor();
      const composer = await page.locator('[data-galateo-demo-editor]').innerText();
      expect(composer.trim().length).toBeGreaterThan(20);
      // the insert may leave focus in the composer: back to the badge to close the card
      await h.locator('.badge').focus();
      await page.keyboard.press('Escape');
      await h.locator('.card').waitFor({ state: 'detached' });
      inserted = true;
      break;
    }
    expect(inserted, 'no flagged comment with an insertable suggestion').toBe(true);
  });

  test('R, H, D, E and F each mark a different comment, and each lands in the log with that action', async () => {
    const keys = { r: 'replied', h: 'hidden', d: 'deleted', e: 'escalated', f: 'dismissed' } as const;
    const done: Record<string, string> = {};
    for (const [key, action] of Object.entries(keys)) {
      // next flagged comment not handled yet, by keyboard only
      let id: string | null = null;
      for (let i = 0; i < DEMO_COMMENTS.length && !id; i++) {
        await page.keyboard.press('Alt+Shift+J');
        const cand = (await focused(page)).commentId;
        if (cand && !Object.values(done).includes(cand) && (await host(page, cand).locator('.handled').count()) === 0) id = cand;
      }
      expect(id, `no unhandled flagged comment left for ${key}`).not.toBeNull();
      if ((await host(page, id!).locator('.badge').getAttribute('aria-expanded')) !== 'true') await page.keyboard.press('Enter');
      await host(page, id!).locator('.card').waitFor();
      await page.keyboard.press(key);
      await host(page, id!).locator(`.handled[data-handled="${action}"]`).waitFor({ timeout: 10_000 });
      done[action] = id!;
      await page.keyboard.press('Escape');
    }
    const log = await readLog(s.worker);
    for (const [action, id] of Object.entries(done)) expect(log.find((r) => r.commentId === id)?.action, `${action} on ${id}`).toBe(action);
  });

  test('every button, field and region of the UI has an accessible name; the card says how to use the keyboard', async () => {
    const id = await page.evaluate(() => [...document.querySelectorAll('galateo-comment')].find((h) => Number(h.shadowRoot!.querySelector('.count')?.textContent) > 0)!.getAttribute('data-comment-id')!);
    const h = host(page, id);
    if ((await h.locator('.badge').getAttribute('aria-expanded')) !== 'true') await h.locator('.badge').click();
    await h.locator('.card').waitFor();
    const unnamed = await h.evaluate((el) => {
      const root = el.shadowRoot!;
      const name = (e: Element) => (e.getAttribute('aria-label') ?? '').trim() || (e.textContent ?? '').trim() || (e.getAttribute('title') ?? '').trim();
      return [...root.querySelectorAll('button, textarea, select, input, [role=region], [role=group]')].filter((e) => !name(e) || (e.matches('textarea, select, input') && !e.getAttribute('aria-label'))).map((e) => e.outerHTML.slice(0, 80));
    });
    expect(unnamed).toEqual([]);
    expect(await h.locator('.keys').innerText()).toMatch(/Alt\+(Maiusc|Shift)\+J/);
  });

  test('colour is never the only signal: every badge shows its count, and flagged ones a severity word, in text and in its label', async () => {
    const badges = await page.evaluate(() =>
      [...document.querySelectorAll('galateo-comment')].map((h) => {
        const b = h.shadowRoot!.querySelector('.badge')!;
        return { count: b.querySelector('.count')?.textContent ?? '', sev: b.querySelector('.sevname')?.textContent ?? '', label: b.getAttribute('aria-label') ?? '', severity: b.getAttribute('data-severity') };
      }),
    );
    expect(badges.length).toBe(DEMO_COMMENTS.length);
    const flagged = badges.filter((b) => b.severity !== 'none');
    expect(flagged.length).toBeGreaterThan(5);
    for (const b of badges) {
      expect(b.count).toMatch(/^\d+$/);
      expect(b.label).toContain('Galateo');
    }
    for (const b of flagged) {
      expect(Number(b.count)).toBeGreaterThan(0);
      expect(['info', 'bassa', 'media', 'alta', 'critica', 'low', 'medium', 'high', 'critical']).toContain(b.sev);
      expect(b.label).toMatch(new RegExp(`Galateo: ${b.count}\\b`));
    }
    // Two different severities are told apart by their words, not only by their colours.
    expect(new Set(flagged.map((b) => b.sev)).size).toBeGreaterThan(1);
  });

  test('text contrast of the badges and cards is at least 4.5:1 (WCAG AA), computed from the real styles', async () => {
    const low = await page.evaluate(() => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const lum = ([r, g, b]: number[]) => {
        const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const ratio = (a: number[], b: number[]) => {
        const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
        return (x + 0.05) / (y + 0.05);
      };
      const bg = (e: Element | null): number[] => {
        for (; e; e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host ?? null)) {
          const c = getComputedStyle(e).backgroundColor;
          if (c && !/rgba\(.*,\s*0\)$/.test(c) && c !== 'transparent') return rgb(c);
        }
        return [255, 255, 255];
      };
      const out: string[] = [];
      for (const h of document.querySelectorAll('galateo-comment')) {
        for (const e of h.shadowRoot!.querySelectorAll('.badge, .badge *, .card button, .card .reason, .card h3, .card .keys, .handled, .status')) {
          if (!(e.textContent ?? '').trim()) continue;
          const r = ratio(rgb(getComputedStyle(e).color), bg(e));
          if (r < 4.5) out.push(`${e.className || e.tagName}: ${r.toFixed(2)}`);
        }
      }
      return [...new Set(out)];
    });
    expect(low).toEqual([]);
  });
});
