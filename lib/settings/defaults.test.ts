import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULE_IDS } from '../types';
import { SettingsSchema, defaultSettings, linksToVerify } from './index';
import { unknownVariables } from '../templates';

// The TSV is a copy of /work/shared/portal-links.tsv (see PORTAL-LINKS.md).
const tsv = readFileSync(fileURLToPath(new URL('./portal-links.tsv', import.meta.url)), 'utf8');
const rows = tsv
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [topic, url, , , confidence, note] = line.split('\t');
    return { topic, url, confidence, note: note ?? '' };
  });

const s = defaultSettings();

describe('default pack', () => {
  test('is a valid document', () => {
    expect(SettingsSchema.safeParse(JSON.parse(JSON.stringify(s))).success).toBe(true);
  });

  test('the TSV copy was read (guards the checks below)', () => {
    expect(rows.length).toBeGreaterThan(30);
    expect(rows.some((r) => r.topic === 'INPS Risponde' && r.url === '')).toBe(true);
  });

  test.each(Object.entries(s.links))('link %s is a row of portal-links.tsv with the same confidence', (_id, link) => {
    const row = rows.find((r) => r.url === link.url);
    expect(row, link.url).toBeDefined();
    expect(link.confidence).toBe(row!.confidence);
    // Rows the TSV tells us not to use (case matters: "avoid them" in the ISEE row is about other forms).
    expect(row!.note).not.toMatch(/Do not use|do not link|\bAvoid\b|LEGACY|Never give/);
    expect(link.url).not.toContain('/content/inps-site/');
    expect(link.url).not.toContain('adobeaemcloud');
  });

  test('no template text contains a hard-coded web address other than www.inps.it', () => {
    for (const [id, t] of Object.entries(s.templates)) {
      const urls = t.text.match(/https?:\/\/\S+|www\.[a-z0-9.-]+/gi) ?? [];
      for (const u of urls) expect(u.replace(/[.,:;]+$/, ''), id).toBe('www.inps.it');
    }
  });

  test('INPS Risponde is named but never linked (no verified address)', () => {
    const texts = Object.values(s.templates).map((t) => t.text).join('\n');
    expect(texts).toContain('INPS Risponde');
    expect(Object.values(s.links).some((l) => /risponde/i.test(l.url))).toBe(false);
  });

  test('the five page profiles of the institute', () => {
    expect(Object.keys(s.pages).sort()).toEqual(
      ['inps-credito-welfare', 'inps-giovani', 'inps-lavoratori-migranti', 'inps-per-la-famiglia', 'inps-social-instagram'],
    );
    expect(s.pages['inps-per-la-famiglia'].topics).toEqual(expect.arrayContaining(['bonus-nido', 'assegno-unico', 'congedo-parentale', 'bonus-mamme', 'adi']));
    expect(s.pages['inps-credito-welfare'].topics).toEqual(expect.arrayContaining(['bandi-di-gara', 'graduatorie', 'informazioni-di-servizio']));
    expect(s.pages['inps-social-instagram'].platform).toBe('instagram');
    expect(s.pages['inps-lavoratori-migranti'].languages.length).toBeGreaterThan(2);
  });

  test.each([...RULE_IDS])('rule %s has an Italian template', (rule) => {
    const list = Object.values(s.templates).filter((t) => t.rule === rule && t.lang === 'it');
    expect(list.length).toBeGreaterThan(0);
    if (rule === 'crisis') expect(list.every((t) => t.kind === 'moderator-note')).toBe(true);
    else expect(list.some((t) => t.kind === 'reply')).toBe(true);
  });

  test.each(Object.keys(s.topics))('topic %s has an Italian template', (topic) => {
    expect(Object.values(s.templates).some((t) => t.topic === topic && t.lang === 'it' && t.kind === 'reply')).toBe(true);
  });

  test('every language of the multilingual page has a personal-case reply', () => {
    for (const lang of s.pages['inps-lavoratori-migranti'].languages)
      expect(Object.values(s.templates).some((t) => t.rule === 'personal-case' && t.lang === lang), lang).toBe(true);
  });

  test('templates use only known variables; public replies give the Contact Center numbers or a portal link', () => {
    for (const [id, t] of Object.entries(s.templates)) {
      expect(unknownVariables(t.text), id).toEqual([]);
      // repeated-question points to the answer already given in the thread.
      if (t.kind === 'reply' && t.rule !== 'repeated-question') expect(/803 164|\{\{\s*link|www\.inps\.it/.test(t.text), id).toBe(true);
    }
    const personal = s.templates['personal-case-it'].text;
    expect(personal).toContain('803 164');
    expect(personal).toContain('06 164 164');
  });

  test('keywords are lowercase and unique per topic', () => {
    for (const [id, t] of Object.entries(s.topics)) {
      expect(new Set(t.keywords).size, id).toBe(t.keywords.length);
      for (const k of t.keywords) expect(k, id).toBe(k.toLowerCase());
    }
  });

  test('service hours, retention and campaign follow the policy', () => {
    expect(s.serviceHours).toMatchObject({ days: [1, 2, 3, 4, 5], start: '09:00', end: '16:00', timeZone: 'Europe/Rome', easterMonday: true });
    expect(s.serviceHours.holidays).toEqual(expect.arrayContaining(['01-01', '04-25', '05-01', '06-02', '08-15', '12-25', '12-26']));
    expect(s.log.retentionDays).toBe(90);
    expect(s.campaign).toMatchObject({ utmMedium: 'social', utmSource: { facebook: 'facebook', instagram: 'instagram' } });
  });

  test('links to verify are the low-confidence ones, with what uses them', () => {
    const list = linksToVerify(s);
    const lows = Object.entries(s.links).filter(([, l]) => l.confidence === 'low').map(([id]) => id);
    expect(list.map((l) => l.id)).toEqual(lows);
    expect(list.find((l) => l.id === 'bonus-nido')?.usedBy).toContain('topics.bonus-nido');
    const d = defaultSettings();
    d.links['bonus-nido'].verifiedAt = '2026-11-22';
    expect(linksToVerify(d).some((l) => l.id === 'bonus-nido')).toBe(false);
  });

  test('defaultSettings returns an independent copy', () => {
    const a = defaultSettings();
    a.pages['inps-giovani'].paused = true;
    expect(defaultSettings().pages['inps-giovani'].paused).toBe(false);
  });
});
