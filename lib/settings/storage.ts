// The settings document in browser.storage.local: the only browser API of lib/settings.
// Load never fails: a broken stored copy is kept aside (with its problems) and the default pack is used,
// with a warning for the options page. Save and import validate first and write nothing on error.
import browser from 'webextension-polyfill';
import type { Localized } from '../types';
import { defaultSettings } from './defaults';
import { exportSettings } from './extra';
import { parseSettings } from './parse';
import { parseSettingsStrict, parseSettingsTextStrict } from './rule-check';
import type { Problem } from './problems';
import type { Settings } from './schema';

import { SETTINGS_KEY } from './key';

export { SETTINGS_KEY };
/** The last stored copy that failed validation, with its problems and when it was set aside. */
export const BROKEN_KEY = 'galateo:settings:broken';
/** The stored copy as it was before a migration to the current version. */
export const PRE_MIGRATION_KEY = 'galateo:settings:pre-migration';
/** The document replaced by the last reset to the default pack. */
export const PREVIOUS_KEY = 'galateo:settings:previous';

export interface LoadResult {
  settings: Settings;
  /** True when nothing was stored yet (the default pack is in use). */
  isDefault: boolean;
  migratedFrom?: number;
  warning?: { message: Localized; problems: Problem[] };
}

export type SaveResult = { ok: true; settings: Settings; migratedFrom?: number } | { ok: false; problems: Problem[] };

export async function loadSettings(): Promise<LoadResult> {
  let stored: unknown;
  try {
    stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch (e) {
    return {
      settings: defaultSettings(),
      isDefault: true,
      warning: {
        message: {
          it: `Impossibile leggere le impostazioni salvate (${String(e)}): uso il pacchetto predefinito dell’Istituto.`,
          en: `Could not read the saved settings (${String(e)}): using the institute’s default pack.`,
        },
        problems: [],
      },
    };
  }
  if (stored === undefined) return { settings: defaultSettings(), isDefault: true };

  const r = parseSettings(stored);
  if (r.ok) {
    if (r.migratedFrom !== undefined) {
      await browser.storage.local.set({ [PRE_MIGRATION_KEY]: stored, [SETTINGS_KEY]: r.settings });
      return { settings: r.settings, isDefault: false, migratedFrom: r.migratedFrom };
    }
    return { settings: r.settings, isDefault: false };
  }
  // Keep the broken copy for the moderator (export it from the options page), never overwrite it silently.
  // Every tab loads the settings: write the copy once, not on each load.
  const prev = (await browser.storage.local.get(BROKEN_KEY))[BROKEN_KEY] as { document?: unknown } | undefined;
  if (JSON.stringify(prev?.document) !== JSON.stringify(stored))
    await browser.storage.local.set({ [BROKEN_KEY]: { at: new Date().toISOString(), problems: r.problems, document: stored } });
  return {
    settings: defaultSettings(),
    isDefault: true,
    warning: {
      message: {
        it: `Le impostazioni salvate non sono valide (${r.problems.length} ${r.problems.length === 1 ? 'problema' : 'problemi'}): Galateo usa il pacchetto predefinito. La copia danneggiata è conservata: puoi esportarla, correggerla e reimportarla.`,
        en: `The saved settings are not valid (${r.problems.length} ${r.problems.length === 1 ? 'problem' : 'problems'}): Galateo uses the default pack. The damaged copy is kept: you can export it, fix it and import it again.`,
      },
      problems: r.problems,
    },
  };
}

/** Validate and store a whole document. On any problem nothing is written. */
export async function saveSettings(settings: Settings): Promise<SaveResult> {
  const r = parseSettingsStrict(JSON.parse(JSON.stringify(settings)));
  if (!r.ok) return r;
  await browser.storage.local.set({ [SETTINGS_KEY]: r.settings });
  return { ok: true, settings: r.settings };
}

/** Read, change, validate, write: the popup's toggles and the options page's edits go through here. */
export async function updateSettings(change: (s: Settings) => Settings): Promise<SaveResult> {
  const { settings } = await loadSettings();
  let next: Settings;
  try {
    next = change(structuredClone(settings));
  } catch (e) {
    return { ok: false, problems: [{ path: '$', message: { it: `Modifica non applicata: ${String(e)}`, en: `Change not applied: ${String(e)}` } }] };
  }
  return saveSettings(next);
}

/** Import a file's text: atomic (on any problem the stored settings are untouched); older versions migrated. */
export async function importSettings(text: string): Promise<SaveResult> {
  const r = parseSettingsTextStrict(text);
  if (!r.ok) return r;
  await browser.storage.local.set({ [SETTINGS_KEY]: r.settings });
  return r.migratedFrom !== undefined ? { ok: true, settings: r.settings, migratedFrom: r.migratedFrom } : { ok: true, settings: r.settings };
}

/** The document in use as JSON text (with its version). */
export async function exportCurrentSettings(): Promise<string> {
  return exportSettings((await loadSettings()).settings);
}

/** The damaged copy set aside by loadSettings, if any. */
export async function loadBrokenCopy(): Promise<{ at: string; problems: Problem[]; document: unknown } | null> {
  const v = (await browser.storage.local.get(BROKEN_KEY))[BROKEN_KEY];
  return (v as { at: string; problems: Problem[]; document: unknown } | undefined) ?? null;
}

export async function clearBrokenCopy(): Promise<void> {
  await browser.storage.local.remove(BROKEN_KEY);
}

/** Back to the institute's pack (the current document is kept aside under PREVIOUS_KEY). */
export async function resetSettings(): Promise<Settings> {
  const cur = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  const d = defaultSettings();
  await browser.storage.local.set({ [SETTINGS_KEY]: d, ...(cur !== undefined ? { [PREVIOUS_KEY]: cur } : {}) });
  return d;
}

/**
 * Call `onChange` with the new document whenever it changes (from any tab, the popup or the options page),
 * so an open page applies a change at once. Invalid new values are ignored. Returns the unsubscribe function.
 */
export function watchSettings(onChange: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    const nv = changes[SETTINGS_KEY].newValue;
    if (nv === undefined) {
      onChange(defaultSettings());
      return;
    }
    const r = parseSettings(nv);
    if (r.ok) onChange(r.settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
