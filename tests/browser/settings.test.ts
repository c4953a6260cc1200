// Issue 8, "Done when", in Chromium with the built extension: a moderator changes the settings on the options
// page and sees the open demo thread change without reload; exports the settings, breaks the file by hand and
// gets a clear refusal with nothing lost. The popup's per-page controls (pause, rules, "this page is…") and its
// warning about broken stored settings.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { buildDemoPage, DEMO_URL } from '../../scripts/demo/thread';
import { DEMO_COMMENTS, DEMO_PAGE } from '../../scripts/demo/comments';
import { cardRules, describeBrowser, fixture, openSession, type Session } from './support';

const FB_FIXTURE_URL = 'https://www.facebook.com/galateo.fixture/posts/pfbid0fixture2025';
const SETTINGS_KEY = 'galateo:settings';
const idOf = (shows: string) => {
  const i = DEMO_COMMENTS.findIndex((c) => c.shows === shows);
  if (i < 0) throw new Error(`no demo comment "${shows}"`);
  return String(1000000000000100 + i);
};
const GIORGIO = idOf('off-topic');
const SHOUTING = idOf('shouting');
// A real portal address (portal-links.tsv, confidence "low": the moderator's new link stays "to verify").
const VECCHIAIA_URL = 'https://www.inps.it/it/it/dettaglio-scheda.it.schede-servizio-strumento.schede-servizi.pensione-di-vecchiaia.html';

describeBrowser('settings: options page and popup change the open thread at once', () => {
  let s: Session;
  let page: Page;
  let demoTab: number;

  const stored = (): Promise<unknown> =>
    s.worker.evaluate(async (key) => (await (globalThis as any).chrome.storage.local.get(key))[key], SETTINGS_KEY);
  // Tab URLs need the "tabs" permission Galateo does not ask for: ask each tab's content script where it is.
  const tabIdOf = (url: string): Promise<number> =>
    s.worker.evaluate(async (u) => {
      const chrome = (globalThis as any).chrome;
      const tabs: { id: number }[] = await chrome.tabs.query({});
      for (const t of tabs) {
        const st = await chrome.tabs.sendMessage(t.id, { type: 'content/status' }).catch(() => null);
        if (st?.page?.url?.split('?')[0] === u) return t.id;
      }
      throw new Error(`no content script at ${u} among ${tabs.length} tabs`);
    }, url);
  const badges = () => page.locator('galateo-comment').count();
  const openPopup = async (tab: number) => {
    const p = await s.context.newPage();
    await p.goto(`chrome-extension://${s.extensionId}/popup.html?tab=${tab}`);
    return p;
  };
  const readDownload = async (d: Download) => readFileSync((await d.path())!, 'utf8');
  /** The texts of the comment's reply suggestions (choosing each in the card's picker). */
  const suggestionTexts = async (commentId: string): Promise<Record<string, string>> => {
    const host = page.locator(`galateo-comment[data-comment-id="${commentId}"]`);
    if ((await host.locator('.badge').getAttribute('aria-expanded')) !== 'true') await host.locator('.badge').click();
    const select = host.locator('.card select');
    const textarea = host.locator('.card textarea');
    const out: Record<string, string> = {};
    if ((await select.count()) === 0) {
      if (await textarea.count()) out['(only)'] = await textarea.inputValue();
      return out;
    }
    const options = await select.locator('option').evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? ''] as const));
    for (const [value, label] of options) {
      await select.selectOption(value);
      out[label.split(' — ')[0]] = (await textarea.count()) ? await textarea.inputValue() : '';
    }
    return out;
  };

  beforeAll(async () => {
    s = await openSession({ [DEMO_URL]: buildDemoPage(), [FB_FIXTURE_URL]: fixture('facebook-post-loggedout-en-2025.html') });
    page = await s.context.newPage();
    await page.goto(DEMO_URL);
    await page.locator('galateo-comment').nth(DEMO_COMMENTS.length - 1).waitFor({ timeout: 20_000 });
    demoTab = await tabIdOf(DEMO_URL);
  });
  afterAll(async () => {
    await s?.close();
  });

  test('the demo thread is recognised as INPS per la Famiglia, where the pension question is off-topic', async () => {
    const popup = await openPopup(demoTab);
    await expect.poll(() => popup.locator('[data-testid="page-controls"]').getAttribute('data-page-id')).toBe('inps-per-la-famiglia');
    expect(await popup.locator('[data-testid="page-name"]').textContent()).toBe(DEMO_PAGE.name);
    await popup.close();
    expect(await cardRules(page, GIORGIO)).toContain('off-topic');
  });

  test('options page: off-topic turned off for the page disappears from the open thread without reload', async () => {
    const marker = await page.evaluate(() => ((window as any).__galateoNoReload = Math.random()));
    const op = await s.context.newPage();
    await op.goto(`chrome-extension://${s.extensionId}/options.html`);
    await op.locator('[data-testid="page-select"]').selectOption('inps-per-la-famiglia');
    const box = op.locator('[data-testid="rule-off-topic"]');
    expect(await box.isChecked()).toBe(true);
    await box.uncheck();
    await expect.poll(async () => ((await stored()) as any)?.pages?.['inps-per-la-famiglia']?.rules?.['off-topic']?.enabled).toBe(false);
    await expect.poll(() => cardRules(page, GIORGIO), { timeout: 10_000 }).not.toContain('off-topic');
    // Other rules still run on the page, and it is the same document (no reload happened).
    expect(await cardRules(page, SHOUTING)).toContain('shouting');
    expect(await page.evaluate(() => (window as any).__galateoNoReload)).toBe(marker);
    await op.close();
  });

  test('options page: a new topic with its link and reply is used on the open thread at once', async () => {
    const op = await s.context.newPage();
    await op.goto(`chrome-extension://${s.extensionId}/options.html`);
    await op.locator('[data-testid="tab-topics"]').click();
    await op.locator('[data-testid="new-topic-id"]').fill('aumento-pensioni');
    await op.locator('[data-testid="new-topic-it"]').fill('Aumento delle pensioni');
    await op.locator('[data-testid="new-topic-keywords"]').fill('aumento della pensione\naumento pensione');
    await op.locator('[data-testid="new-topic-url"]').fill(VECCHIAIA_URL);
    await op.locator('[data-testid="new-topic-reply"]').fill('Ciao {{nome}}, gli aumenti della pensione di vecchiaia sono spiegati qui: {{link}}');
    await op.locator('[data-testid="new-topic-page"]').selectOption('inps-per-la-famiglia');
    await op.locator('[data-testid="new-topic-add"]').click();
    await expect.poll(async () => Object.keys(((await stored()) as any)?.topics ?? {})).toContain('aumento-pensioni');
    const doc = (await stored()) as any;
    expect(doc.pages['inps-per-la-famiglia'].topics).toContain('aumento-pensioni');
    expect(doc.templates['aumento-pensioni-it'].topic).toBe('aumento-pensioni');
    const linkId = doc.topics['aumento-pensioni'].linkId;
    expect(doc.links[linkId]).toMatchObject({ url: VECCHIAIA_URL, confidence: 'low' });
    await op.close();

    // The open thread: Giorgio's card names the new topic and offers the new reply, with his name and the link.
    const host = page.locator(`galateo-comment[data-comment-id="${GIORGIO}"]`);
    await expect
      .poll(async () => {
        if ((await host.locator('.badge').getAttribute('aria-expanded')) !== 'true') await host.locator('.badge').click();
        return host.locator('.topic').allTextContents();
      }, { timeout: 10_000 })
      .toContain('Aumento delle pensioni');
    const replies = await suggestionTexts(GIORGIO);
    expect(Object.keys(replies)).toContain('aumento-pensioni-it');
    expect(replies['aumento-pensioni-it']).toMatch(/^Ciao Giorgio, gli aumenti della pensione di vecchiaia sono spiegati qui: /);
    expect(replies['aumento-pensioni-it']).toContain(VECCHIAIA_URL);
    expect(await cardRules(page, GIORGIO)).not.toContain('off-topic');
  });

  test('export, break the file by hand, import: clear refusal (it), stored settings unchanged; the intact file imports', async () => {
    const op = await s.context.newPage();
    await op.goto(`chrome-extension://${s.extensionId}/options.html`);
    await op.locator('[data-testid="tab-io"]').click();
    const dl = op.waitForEvent('download');
    await op.locator('[data-testid="export"]').click();
    const download = await dl;
    expect(download.suggestedFilename()).toMatch(/^galateo-impostazioni-v\d+\.json$/);
    const text = await readDownload(download);
    const exported = JSON.parse(text);
    expect(exported.pages['inps-per-la-famiglia'].rules['off-topic'].enabled).toBe(false);
    expect(exported.topics['aumento-pensioni'].label.it).toBe('Aumento delle pensioni');

    const before = JSON.stringify(await stored());
    const importText = async (name: string, content: string) => {
      await op.locator('[data-testid="import-file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content, 'utf8') });
    };

    // 1. A brace deleted by mistake: syntax error, with where it is.
    const truncated = text.replace(/}\s*$/, '');
    expect(truncated).not.toBe(text);
    await importText('rotto-sintassi.json', truncated);
    const problems = op.locator('[data-testid="import-problems"]');
    await problems.waitFor();
    expect(await problems.textContent()).toMatch(/File rifiutato \(1 problema\): nessuna impostazione è stata modificata\./);
    expect(await problems.locator('li').first().textContent()).toMatch(/riga \d+/);
    expect(JSON.stringify(await stored())).toBe(before);

    // 2. Typed by hand: a number in words.
    const words = text.replace(/("oldPostDays":\s*)\d+/, '$1"trenta"');
    expect(words).toContain('"trenta"');
    await importText('rotto-numero.json', words);
    await expect.poll(() => problems.locator('li').allTextContents()).toEqual([expect.stringMatching(/^pages\.[a-z-]+\.oldPostDays: atteso un numero/)]);
    expect(JSON.stringify(await stored())).toBe(before);

    // 3. The new topic pointed to a link id that does not exist (a typo in the id).
    const linkId = exported.topics['aumento-pensioni'].linkId as string;
    const dangling = text.replace(new RegExp(`("linkId":\\s*)"${linkId}"`), '$1"link-inesistente"');
    expect(dangling).toContain('"link-inesistente"');
    await importText('rotto-link.json', dangling);
    await expect.poll(() => problems.locator('li').allTextContents()).toEqual([expect.stringMatching(/^topics\.aumento-pensioni\.linkId: .*link-inesistente/)]);
    expect(await problems.textContent()).toMatch(/nessuna impostazione è stata modificata/);
    expect(JSON.stringify(await stored())).toBe(before);
    // The open thread still runs on the stored settings.
    expect(await cardRules(page, GIORGIO)).not.toContain('off-topic');
    expect(await badges()).toBe(DEMO_COMMENTS.length);

    // 4. The file as exported is accepted (the refusals were about the breaks, not the file).
    await importText('intatto.json', text);
    await op.locator('.notice', { hasText: 'Impostazioni importate.' }).waitFor();
    expect(await problems.count()).toBe(0);
    expect(JSON.parse(JSON.stringify(await stored()))).toEqual(exported);
    await op.close();
  });

  test('popup: pausing the page removes the badges at once, resuming brings them back', async () => {
    const popup = await openPopup(demoTab);
    const pause = popup.locator('[data-testid="pause-page"]');
    await expect.poll(() => pause.getAttribute('aria-pressed')).toBe('false');
    expect(await badges()).toBe(DEMO_COMMENTS.length);
    await pause.click();
    await expect.poll(badges, { timeout: 10_000 }).toBe(0);
    await popup.locator('[data-testid="paused-note"]').waitFor();
    expect(await pause.getAttribute('aria-pressed')).toBe('true');
    expect(((await stored()) as any).pages['inps-per-la-famiglia'].paused).toBe(true);
    // The tab reports the pause too (the popup's counts come from it).
    await expect.poll(() => popup.locator('[data-testid="comments"]').textContent()).toBe('0');

    await pause.click();
    await expect.poll(badges, { timeout: 10_000 }).toBe(DEMO_COMMENTS.length);
    expect(await pause.getAttribute('aria-pressed')).toBe('false');
    expect(await popup.locator('[data-testid="paused-note"]').count()).toBe(0);
    // Pausing does not forget the page's rules: off-topic is still off, shouting still on.
    expect(await cardRules(page, GIORGIO)).not.toContain('off-topic');
    expect(await cardRules(page, SHOUTING)).toContain('shouting');
    await expect.poll(() => popup.locator('[data-testid="comments"]').textContent()).toBe(String(DEMO_COMMENTS.length));
    await popup.close();
  });

  test('popup: a rule and a topic toggled for this page apply to the open thread at once', async () => {
    const popup = await openPopup(demoTab);
    await popup.locator('[data-testid="page-rules"] summary').click();
    const shouting = popup.locator('[data-testid="popup-rule-shouting"]');
    expect(await shouting.isChecked()).toBe(true);
    expect(await popup.locator('[data-testid="popup-rule-off-topic"]').isChecked()).toBe(false);
    await shouting.uncheck();
    await expect.poll(() => cardRules(page, SHOUTING), { timeout: 10_000 }).not.toContain('shouting');
    await shouting.check();
    await expect.poll(() => cardRules(page, SHOUTING), { timeout: 10_000 }).toContain('shouting');

    // Off-topic back on, then the new topic unticked: the pension question is off-topic again.
    await popup.locator('[data-testid="popup-rule-off-topic"]').check();
    await popup.locator('[data-testid="page-topics"] summary').click();
    const topic = popup.locator('[data-testid="popup-topic-aumento-pensioni"]');
    expect(await topic.isChecked()).toBe(true);
    // With the page's new topic ticked, the question is on-topic even with the rule on.
    await expect.poll(async () => ((await stored()) as any).pages['inps-per-la-famiglia'].rules['off-topic'].enabled).toBe(true);
    expect(await cardRules(page, GIORGIO)).not.toContain('off-topic');
    await topic.uncheck();
    await expect.poll(() => cardRules(page, GIORGIO), { timeout: 10_000 }).toContain('off-topic');
    expect(((await stored()) as any).pages['inps-per-la-famiglia'].topics).not.toContain('aumento-pensioni');
    await popup.close();
  });

  test('popup: a page no profile knows gets "not a known page" and a picker that assigns it', async () => {
    const p = await s.context.newPage();
    await p.goto(FB_FIXTURE_URL);
    await expect.poll(() => p.locator('galateo-comment').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const tab = await tabIdOf(FB_FIXTURE_URL);
    const popup = await openPopup(tab);
    const unknown = popup.locator('[data-testid="unknown-page"]');
    await unknown.waitFor();
    expect(await unknown.textContent()).toContain('pagina non riconosciuta');
    const options = await popup.locator('[data-testid="assign-select"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options).toContain('inps-giovani');
    expect(options).not.toContain('inps-social-instagram');
    await popup.locator('[data-testid="assign-select"]').selectOption('inps-giovani');
    await popup.locator('[data-testid="assign-page"]').click();
    await expect.poll(() => popup.locator('[data-testid="page-controls"]').getAttribute('data-page-id')).toBe('inps-giovani');
    const match = ((await stored()) as any).pages['inps-giovani'].match;
    expect(match.urlPatterns).toContain('facebook.com/galateo.fixture');
    // The tab itself now runs with the profile (asked directly, not through the popup's own detection).
    await expect
      .poll(() => popup.evaluate(async (id) => ((await (globalThis as any).chrome.tabs.sendMessage(id, { type: 'content/status' })) as { pageId: string | null }).pageId, tab))
      .toBe('inps-giovani');
    await popup.close();
    await p.close();
  });

  test('popup: broken stored settings show a warning (what happened, what to do) and export the damaged copy', async () => {
    const broken = { version: 2, moderator: { name: 'Maria' }, pages: 'tutte', topics: [] };
    await s.worker.evaluate(async ([key, doc]) => (globalThis as any).chrome.storage.local.set({ [key as string]: doc }), [SETTINGS_KEY, broken] as const);
    const popup = await openPopup(demoTab);
    const warn = popup.locator('[data-testid="settings-warning"]');
    await warn.waitFor();
    const text = (await warn.textContent()) ?? '';
    expect(text).toMatch(/Le impostazioni salvate non sono valide \(\d+ problem[ai]\): Galateo usa il pacchetto predefinito/);
    expect(text).toContain('Cosa fare');
    // The problems are listed by path (the broken document has no serviceHours at all).
    expect(await warn.locator('.problems li').first().textContent()).toMatch(/^[a-zA-Z.]+: /);
    expect(text).toMatch(/serviceHours: /);
    const dl = popup.waitForEvent('download');
    await popup.locator('[data-testid="export-broken"]').click();
    expect(JSON.parse(await readDownload(await dl))).toEqual(broken);
    // The open thread keeps working (an invalid stored value is ignored by the tab, never applied).
    await expect.poll(badges, { timeout: 10_000 }).toBe(DEMO_COMMENTS.length);
    await popup.close();
  });
});
