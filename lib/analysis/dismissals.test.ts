import { describe, expect, test } from 'vitest';
import { allowOnPage, recordDismissal, termsOf, type DismissalStore } from './dismissals';
import { defaultSettings, resolveAnalyzerProfile } from '../settings';
import type { Finding } from '../types';

const memory = (): DismissalStore & { data: unknown } => {
  const s = {
    data: undefined as unknown,
    load: async () => s.data,
    save: async (v: unknown) => void (s.data = structuredClone(v)),
  };
  return s;
};

describe('dismissed terms → allowlist offer', () => {
  const text = 'Che fico questo bonus! Il mio IBAN è IT60X0542811101000000123456';
  const findings: Finding[] = [
    { rule: 'vulgarity', severity: 'medium', evidence: [{ start: 4, end: 8 }], reason: '' },
    { rule: 'personal-data', severity: 'high', evidence: [{ start: 37, end: 64 }], reason: '' },
  ];

  test('only word-like evidence is counted, never personal data', () => {
    expect(termsOf(text, findings)).toEqual(['fico']);
  });

  test('offered on the third dismissal on the same page, not on another page, not once allowlisted', async () => {
    const store = memory();
    expect(await recordDismissal(store, 'inps-per-la-famiglia', ['fico'], [])).toBeNull();
    expect(await recordDismissal(store, 'inps-giovani', ['fico'], [])).toBeNull();
    expect(await recordDismissal(store, 'inps-per-la-famiglia', ['fico'], [])).toBeNull();
    expect(await recordDismissal(store, 'inps-per-la-famiglia', ['fico'], [])).toEqual({ term: 'fico', count: 3 });
    expect(await recordDismissal(store, 'inps-per-la-famiglia', ['fico'], ['Fico'])).toBeNull();
  });

  test('a corrupt stored count does not break anything', async () => {
    const store = memory();
    store.data = 'garbage';
    expect(await recordDismissal(store, 'p', ['x'], [])).toBeNull();
  });

  test('allowOnPage adds the term to that page only, and the analyzer profile carries it', () => {
    const s = allowOnPage(defaultSettings(), 'inps-per-la-famiglia', 'fico');
    expect(resolveAnalyzerProfile(s, 'inps-per-la-famiglia').allowlist).toContain('fico');
    expect(s.pages['inps-giovani'].lexicon.allowlist).not.toContain('fico');
    expect(allowOnPage(s, 'inps-per-la-famiglia', 'FICO')).toBe(s);
  });
});
