import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultSettings, exportSettings, setPageRule } from './index';
import {
  BROKEN_KEY,
  PRE_MIGRATION_KEY,
  SETTINGS_KEY,
  exportCurrentSettings,
  importSettings,
  loadBrokenCopy,
  loadSettings,
  resetSettings,
  saveSettings,
  updateSettings,
  watchSettings,
} from './storage';

const stored = async (key: string): Promise<any> => (await fakeBrowser.storage.local.get(key))[key];

beforeEach(() => fakeBrowser.reset());

describe('settings storage', () => {
  test('nothing stored: the default pack, nothing written', async () => {
    const r = await loadSettings();
    expect(r.isDefault).toBe(true);
    expect(r.warning).toBeUndefined();
    expect(r.settings).toEqual(defaultSettings());
    expect(await stored(SETTINGS_KEY)).toBeUndefined();
  });

  test('save then load gives the same document', async () => {
    const d = setPageRule(defaultSettings(), 'inps-per-la-famiglia', 'off-topic', false);
    expect((await saveSettings(d)).ok).toBe(true);
    const r = await loadSettings();
    expect(r.isDefault).toBe(false);
    expect(r.settings).toEqual(d);
  });

  test('save refuses an invalid document and writes nothing', async () => {
    const good = defaultSettings();
    await saveSettings(good);
    const bad = defaultSettings();
    bad.pages['inps-giovani'].topics.push('non-esiste');
    const r = await saveSettings(bad);
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(['pages.inps-giovani.topics.7']);
    expect(await stored(SETTINGS_KEY)).toEqual(good);
  });

  test('a broken stored copy: defaults in use, the copy kept aside with its problems, a warning', async () => {
    const broken = JSON.parse(exportSettings(defaultSettings()));
    broken.serviceHours.start = 'nove';
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: broken });
    const r = await loadSettings();
    expect(r.settings).toEqual(defaultSettings());
    expect(r.warning?.problems.map((p) => p.path)).toEqual(['serviceHours.start']);
    expect(r.warning?.message.it).toContain('copia danneggiata');
    const copy = await loadBrokenCopy();
    expect(copy?.document).toEqual(broken);
    expect(copy?.problems[0].path).toBe('serviceHours.start');
    // the broken document itself is not overwritten by loading, and loading again does not rewrite the copy
    expect(await stored(SETTINGS_KEY)).toEqual(broken);
    const at = copy?.at;
    await new Promise((r) => setTimeout(r, 5));
    await loadSettings();
    expect((await loadBrokenCopy())?.at).toBe(at);
  });

  test('a stored v1 document is migrated and saved; the original is kept', async () => {
    const v1 = JSON.parse(readFileSync(fileURLToPath(new URL('./testdata/settings-v1.json', import.meta.url)), 'utf8'));
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: v1 });
    const r = await loadSettings();
    expect(r.migratedFrom).toBe(1);
    expect(r.settings.moderator.name).toBe('Anna');
    expect((await stored(SETTINGS_KEY)).version).toBe(2);
    expect(await stored(PRE_MIGRATION_KEY)).toEqual(v1);
  });

  test('import is atomic: a broken file changes nothing and lists every problem', async () => {
    const mine = setPageRule(defaultSettings(), 'inps-per-la-famiglia', 'off-topic', false);
    await saveSettings(mine);
    const file = JSON.parse(exportSettings(mine));
    file.topics['bonus-nido'].keywords = 'nido';
    file.log.retentionDays = -5;
    const r = await importSettings(JSON.stringify(file));
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(['log.retentionDays', 'topics.bonus-nido.keywords']);
    expect(await stored(SETTINGS_KEY)).toEqual(mine);
    const notJson = await importSettings('{"version": 2, "pages": ');
    expect(notJson.ok).toBe(false);
    expect(await stored(SETTINGS_KEY)).toEqual(mine);
  });

  test('import of a good file replaces the document; export gives it back', async () => {
    const d = defaultSettings();
    d.moderator.name = 'Paolo';
    const r = await importSettings(exportSettings(d));
    expect(r.ok).toBe(true);
    expect(await exportCurrentSettings()).toBe(exportSettings(d));
  });

  test('update applies a change through validation', async () => {
    const r = await updateSettings((s) => setPageRule(s, 'inps-giovani', 'hate', false));
    expect(r.ok).toBe(true);
    expect((await loadSettings()).settings.pages['inps-giovani'].rules.hate).toEqual({ enabled: false });
    const bad = await updateSettings((s) => setPageRule(s, 'pagina-che-non-esiste', 'hate', false));
    expect(bad.ok).toBe(false);
  });

  test('watch: a change made elsewhere reaches the listener; invalid values are ignored', async () => {
    const seen: string[] = [];
    const stop = watchSettings((s) => seen.push(s.moderator.name));
    const d = defaultSettings();
    d.moderator.name = 'Sara';
    await saveSettings(d);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 2, rotto: true } });
    await fakeBrowser.storage.local.set({ other: 1 });
    stop();
    d.moderator.name = 'Dopo';
    await saveSettings(d);
    expect(seen).toEqual(['Sara']);
  });

  test('reset goes back to the default pack', async () => {
    const d = defaultSettings();
    d.moderator.name = 'X';
    await saveSettings(d);
    expect(await resetSettings()).toEqual(defaultSettings());
    expect((await loadSettings()).settings.moderator.name).toBe('');
    expect(await stored(BROKEN_KEY)).toBeUndefined();
  });
});
