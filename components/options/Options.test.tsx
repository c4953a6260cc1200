// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Options } from './Options';
import { defaultSettings, exportSettings, resolveAnalyzerProfile, type Settings } from '../../lib/settings';
import { SETTINGS_KEY, loadSettings } from '../../lib/settings/storage';
import { suggestReplies } from '../../lib/templates';

const suggestRepliesFor = (s: Settings, topic: string) =>
  suggestReplies(s, { pageId: 'inps-per-la-famiglia', platform: 'facebook', authorName: 'Maria Bianchi', findings: [], topics: [topic] });

let host: HTMLElement;
const stored = async (): Promise<any> => (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
const $ = <T extends Element = HTMLElement>(sel: string) => host.querySelector(sel) as T | null;
const tick = async (n = 5) => {
  for (let i = 0; i < n; i++) await act(async () => void (await new Promise((r) => setTimeout(r, 0))));
};
const click = async (el: Element | null) => {
  expect(el).not.toBeNull();
  await act(async () => void (el as HTMLElement).click());
  await tick();
};
const change = async (el: Element | null, value: string) => {
  expect(el).not.toBeNull();
  const input = el as HTMLInputElement;
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await tick();
};

beforeEach(async () => {
  fakeBrowser.reset();
  host = document.createElement('div');
  document.body.append(host);
  await act(async () => render(<Options lang="it" />, host));
  await tick();
});
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('options page', () => {
  test('turn off off-topic for "INPS per la Famiglia": saved, and the analyzer profile follows', async () => {
    const box = $<HTMLInputElement>('[data-testid="rule-off-topic"]');
    expect(box?.checked).toBe(true);
    await click(box);
    const s = await stored();
    expect(s.pages['inps-per-la-famiglia'].rules['off-topic']).toEqual({ enabled: false });
    const { settings } = await loadSettings();
    expect(resolveAnalyzerProfile(settings, 'inps-per-la-famiglia').rules['off-topic']?.enabled).toBe(false);
    expect($<HTMLInputElement>('[data-testid="rule-off-topic"]')?.checked).toBe(false);
  });

  test('two quick edits in a row are both kept', async () => {
    await act(async () => {
      $<HTMLInputElement>('[data-testid="rule-shouting"]')!.click();
      $<HTMLInputElement>('[data-testid="topic-naspi"]')!.click();
    });
    await tick(10);
    const s = await stored();
    expect(s.pages['inps-per-la-famiglia'].rules.shouting).toEqual({ enabled: false });
    expect(s.pages['inps-per-la-famiglia'].topics).toContain('naspi');
  });

  test('add a topic with its link and template; it is enabled on the page and suggested', async () => {
    await click($('[data-testid="tab-topics"]'));
    await change($('[data-testid="new-topic-id"]'), 'carta-dedicata');
    await change($('[data-testid="new-topic-it"]'), 'Carta dedicata a te');
    await change($('[data-testid="new-topic-keywords"]'), 'Carta dedicata\ncarta dedicata a te');
    await change($('[data-testid="new-topic-url"]'), 'https://www.inps.it/it/it/previdenza/domanda-di-pensione.html');
    await change($('[data-testid="new-topic-reply"]'), 'Ciao {{nome}}, per {{argomento}} vedi {{link}}');
    await change($('[data-testid="new-topic-page"]'), 'inps-per-la-famiglia');
    await click($('[data-testid="new-topic-add"]'));
    const s = await stored();
    expect(s.topics['carta-dedicata']).toMatchObject({ keywords: ['carta dedicata', 'carta dedicata a te'], linkId: 'pensioni-domanda' });
    expect(s.pages['inps-per-la-famiglia'].topics).toContain('carta-dedicata');
    const out = suggestRepliesFor(s, 'carta-dedicata');
    expect(out[0].templateId).toBe('carta-dedicata-it');
    expect(out[0].text).toContain('Ciao Maria, per Carta dedicata a te vedi https://www.inps.it/it/it/previdenza/domanda-di-pensione.html?utm_source=facebook');
  });

  test('template editor: live preview and unknown-variable warning', async () => {
    await click($('[data-testid="tab-templates"]'));
    const ta = $<HTMLTextAreaElement>('[data-testid="template-text"]');
    await change(ta, 'Ciao {{nome}}, leggi {{lnk}}');
    expect($('[data-testid="template-preview"]')?.textContent).toBe('Ciao Maria, leggi {{lnk}}');
    expect($('[data-testid="template-unknown"]')?.textContent).toContain('{{lnk}}');
    await change(ta, 'Ciao {{nome|amico}}!');
    expect($('[data-testid="template-unknown"]')).toBeNull();
    expect($('[data-testid="template-preview"]')?.textContent).toBe('Ciao Maria!');
    // nothing saved until "Salva"
    expect(await stored()).toBeUndefined();
    await click($('[data-testid="template-save"]'));
    const s = await stored();
    expect(Object.values(s.templates as Record<string, { text: string }>).some((t) => t.text === 'Ciao {{nome|amico}}!')).toBe(true);
  });

  test('an invalid edit is refused with its JSON path and nothing is saved', async () => {
    await click($('[data-testid="tab-general"]'));
    await change($('[data-testid="retention"]'), '0');
    expect($('[data-testid="problems"]')?.textContent).toContain('log.retentionDays');
    expect(await stored()).toBeUndefined();
  });

  test('export, break the file by hand, import: clear refusal, nothing lost', async () => {
    await click($('[data-testid="rule-off-topic"]'));
    const before = await stored();
    const text = exportSettings(before);
    const broken = JSON.parse(text);
    broken.topics['bonus-nido'].keywords = 'nido';
    broken.serviceHours.end = '25:00';
    await click($('[data-testid="tab-io"]'));
    const input = $<HTMLInputElement>('[data-testid="import-file"]')!;
    const file = new File([JSON.stringify(broken)], 'galateo.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => void input.dispatchEvent(new Event('change', { bubbles: true })));
    await tick(10);
    const shown = $('[data-testid="import-problems"]')?.textContent ?? '';
    expect(shown).toContain('nessuna impostazione è stata modificata');
    expect(shown).toContain('serviceHours.end');
    expect(shown).toContain('topics.bonus-nido.keywords');
    expect(await stored()).toEqual(before);

    const notJson = new File(['{"version": 2, '], 'x.json');
    Object.defineProperty(input, 'files', { value: [notJson], configurable: true });
    await act(async () => void input.dispatchEvent(new Event('change', { bubbles: true })));
    await tick(10);
    expect($('[data-testid="import-problems"]')?.textContent).toContain('non è un JSON valido');
    expect(await stored()).toEqual(before);
  });

  test('English UI when the browser is not Italian', async () => {
    render(null, host);
    await act(async () => render(<Options lang="en" />, host));
    await tick();
    expect($('[data-testid="tab-pages"]')?.textContent).toBe('Pages');
    expect(host.textContent).toContain('Rules and thresholds');
    expect(host.textContent).not.toContain('Regole e soglie');
  });

  test('links to verify lists the low-confidence links; marking one verified removes it', async () => {
    await click($('[data-testid="tab-links"]'));
    const list = () => [...host.querySelectorAll('[data-testid="links-to-verify"] li')];
    const n = list().length;
    expect(n).toBe(Object.values(defaultSettings().links).filter((l) => l.confidence === 'low').length);
    await click(list()[0].querySelector('button'));
    expect(list().length).toBe(n - 1);
  });
});
