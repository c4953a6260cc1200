// @vitest-environment happy-dom
// The popup's per-page controls against the real settings storage (wxt's fake browser): what each control
// writes, the unknown-page picker, the broken-settings warning, and a tab without Galateo.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Popup, targetTabId } from './Popup';
import { defaultSettings, detectPageProfile } from '../../lib/settings';
import { BROKEN_KEY, SETTINGS_KEY } from '../../lib/settings/storage';
import type { RuntimeStatus } from '../../lib/content/runtime';

const DEMO: RuntimeStatus = {
  platform: 'facebook',
  page: { platform: 'facebook', id: 'INPS.PerLaFamiglia', name: 'INPS per la Famiglia', url: 'https://www.facebook.com/INPS.PerLaFamiglia/posts/pfbid0demo' },
  pageId: 'inps-per-la-famiglia',
  pageName: 'INPS per la Famiglia',
  paused: false,
  comments: 19,
  flagged: 14,
  unrecognised: false,
  analysisError: null,
  lastScanAt: null,
  scans: 3,
};
const UNKNOWN: RuntimeStatus = {
  ...DEMO,
  page: { platform: 'facebook', id: 'galateo.fixture', name: 'Galateo Fixture', url: 'https://www.facebook.com/galateo.fixture/posts/pfbid0fixture2025' },
  pageId: null,
  pageName: 'Galateo Fixture',
};

let host: HTMLElement;
let tabStatus: RuntimeStatus | Error;
const stored = async (): Promise<any> => (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
const $ = <T extends Element = HTMLElement>(sel: string) => host.querySelector(sel) as T | null;
const tick = async (n = 8) => {
  for (let i = 0; i < n; i++) await act(async () => void (await new Promise((r) => setTimeout(r, 0))));
};
const click = async (sel: string) => {
  const el = $(sel);
  expect(el, sel).not.toBeNull();
  await act(async () => void el!.click());
  await tick();
};
const mount = async () => {
  await act(async () => render(<Popup lang="it" />, host));
  await tick();
};

beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/popup.html?tab=7');
  tabStatus = DEMO;
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, msg: unknown) => {
    expect(tabId).toBe(7);
    expect(msg).toEqual({ type: 'content/status' });
    if (tabStatus instanceof Error) throw tabStatus;
    return tabStatus;
  }) as never);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, data: 4 } as never);
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
  vi.restoreAllMocks();
});

describe('popup per-page controls', () => {
  test('known page: name, counts, today; pause, a rule and a topic are written to the stored settings', async () => {
    await mount();
    expect($('[data-testid="page-controls"]')?.getAttribute('data-page-id')).toBe('inps-per-la-famiglia');
    expect($('[data-testid="page-name"]')?.textContent).toBe('INPS per la Famiglia');
    expect($('[data-testid="comments"]')?.textContent).toBe('19');
    expect($('[data-testid="today-count"]')?.textContent).toBe('4');

    await click('[data-testid="pause-page"]');
    expect((await stored()).pages['inps-per-la-famiglia'].paused).toBe(true);
    expect($('[data-testid="paused-note"]')).not.toBeNull();
    expect($('[data-testid="pause-page"]')?.getAttribute('aria-pressed')).toBe('true');

    await click('[data-testid="popup-rule-shouting"]');
    await click('[data-testid="popup-topic-pensioni"]');
    const doc = await stored();
    expect(doc.pages['inps-per-la-famiglia'].rules.shouting.enabled).toBe(false);
    expect(doc.pages['inps-per-la-famiglia'].topics).toContain('pensioni');
    // Every change kept: the pause survived the two later edits.
    expect(doc.pages['inps-per-la-famiglia'].paused).toBe(true);
    expect(($('[data-testid="popup-rule-shouting"]') as HTMLInputElement).checked).toBe(false);

    await click('[data-testid="pause-page"]');
    expect((await stored()).pages['inps-per-la-famiglia'].paused).toBe(false);
  });

  test('unknown page: "not a known page", a picker of this platform only, assignment recognised at once', async () => {
    tabStatus = UNKNOWN;
    await mount();
    expect($('[data-testid="unknown-page"]')?.textContent).toContain('pagina non riconosciuta');
    const options = [...host.querySelectorAll('[data-testid="assign-select"] option')].map((o) => (o as HTMLOptionElement).value);
    const fb = Object.entries(defaultSettings().pages).filter(([, p]) => p.platform === 'facebook').map(([id]) => id);
    expect(options).toEqual(fb);
    const select = $<HTMLSelectElement>('[data-testid="assign-select"]')!;
    await act(async () => {
      select.value = 'inps-giovani';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await click('[data-testid="assign-page"]');
    const doc = await stored();
    expect(doc.pages['inps-giovani'].match.urlPatterns).toContain('facebook.com/galateo.fixture');
    expect(detectPageProfile(doc, { platform: 'facebook', url: UNKNOWN.page!.url, pageName: null, pageId: null })?.id).toBe('inps-giovani');
    expect($('[data-testid="page-controls"]')?.getAttribute('data-page-id')).toBe('inps-giovani');
  });

  test('broken stored settings: warning with the problems and what to do, damaged copy exportable, nothing overwritten by opening', async () => {
    const broken = { version: 2, pages: 'tutte' };
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: broken });
    await mount();
    const warn = $('[data-testid="settings-warning"]');
    expect(warn?.getAttribute('role')).toBe('alert');
    expect(warn?.textContent).toMatch(/Le impostazioni salvate non sono valide \(\d+ problemi\)/);
    expect(warn?.textContent).toContain('Cosa fare');
    expect([...warn!.querySelectorAll('.problems li')].length).toBeGreaterThan(0);
    expect($('[data-testid="export-broken"]')).not.toBeNull();
    expect(await stored()).toEqual(broken);
    expect(((await fakeBrowser.storage.local.get(BROKEN_KEY))[BROKEN_KEY] as { document: unknown }).document).toEqual(broken);
    // The tab's controls still work, on the default pack.
    expect($('[data-testid="page-controls"]')?.getAttribute('data-page-id')).toBe('inps-per-la-famiglia');
  });

  test('a tab without Galateo: idle message, no controls; today still counted', async () => {
    tabStatus = new Error('Could not establish connection. Receiving end does not exist.');
    await mount();
    expect(host.textContent).toContain('Galateo è inattivo qui');
    expect($('[data-testid="page-controls"]')).toBeNull();
    expect($('[data-testid="today-count"]')?.textContent).toBe('4');
  });

  test('the unrecognised-markup line is kept', async () => {
    tabStatus = { ...DEMO, comments: 0, flagged: 0, unrecognised: true };
    await mount();
    expect($('[data-testid="unrecognised"]')?.textContent).toContain('layout della piattaforma');
  });
});

describe('targetTabId', () => {
  test('?tab=<id> wins over the active tab; otherwise the active tab of the window', async () => {
    expect(await targetTabId('?tab=42')).toBe(42);
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 5 }] as never);
    expect(await targetTabId('')).toBe(5);
    expect(await targetTabId('?tab=abc')).toBe(5);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    query.mockResolvedValue([] as never);
    expect(await targetTabId('')).toBeNull();
  });
});
