// UI language follows the browser: Italian when the browser is Italian, English otherwise.
import type { Lang, Localized } from './types';

export function uiLang(): Lang {
  const nav = (globalThis as { navigator?: { language?: string } }).navigator;
  return nav?.language?.toLowerCase().startsWith('it') ? 'it' : 'en';
}

export function t(text: Localized, lang: Lang = uiLang()): string {
  return text[lang];
}

/** An error a person reads: what happened and what to do, in both languages. */
export interface UserError {
  code: string;
  message: Localized;
}

export const userError = (code: string, it: string, en: string): UserError => ({ code, message: { it, en } });
