import { describe, expect, test } from 'vitest';
import { RULE_IDS } from '../types';
import {
  defaultSettings,
  detectPageProfile,
  easterSunday,
  holidayDates,
  listPages,
  pageControls,
  parseSettings,
  resolveAnalyzerProfile,
  setPagePaused,
  setPageRule,
  setPageRuleSetting,
  setPageTopic,
} from './index';

const s = defaultSettings();

describe('detectPageProfile', () => {
  test.each([
    // URL patterns (www., m., trailing parts, case)
    ['facebook', 'https://www.facebook.com/INPS.PerLaFamiglia', null, 'inps-per-la-famiglia'],
    ['facebook', 'https://www.facebook.com/inps.perlafamiglia/posts/pfbid07etg98y4EjBaDixYxlcNIurx49aEjIXub0iD6T9YMGg9RpNR88', null, 'inps-per-la-famiglia'],
    ['facebook', 'https://m.facebook.com/INPS.PerLaFamiglia/photos/a.1/2/?type=3', null, 'inps-per-la-famiglia'],
    ['instagram', 'https://www.instagram.com/inps_social/', null, 'inps-social-instagram'],
    ['instagram', 'https://www.instagram.com/inps_social/reels/', null, 'inps-social-instagram'],
    // Post pages carry no page in the URL: the page name from the DOM decides, in any UI language
    ['facebook', 'https://www.facebook.com/photo/?fbid=1000000000000054&set=a.100000000000018', 'INPS - Credito e Welfare dipendenti pubblici', 'inps-credito-welfare'],
    ['facebook', 'https://www.facebook.com/', 'Inps per i lavoratori migranti', 'inps-lavoratori-migranti'],
    ['facebook', 'https://www.facebook.com/', 'INPS  Giovani', 'inps-giovani'],
    ['facebook', 'https://www.facebook.com/', 'INPS per la Famiglia Verified account', 'inps-per-la-famiglia'],
    ['facebook', 'https://www.facebook.com/', 'INPS per la Famiglia Account verificato', 'inps-per-la-famiglia'],
    ['facebook', 'https://www.facebook.com/', 'INPS per la Famiglia Roma', null],
    ['instagram', 'https://www.instagram.com/p/HR4nuaoDaTw/', 'inps_social', 'inps-social-instagram'],
    // Not INPS pages
    ['facebook', 'https://www.facebook.com/giulia.rossi.1001/posts/pfbid0JaNY8qz7oTDCw0zkC9RDmfniTdz4ARJTqqF2rMBsueLa6PoQ', 'Giulia Rossi', null],
    ['facebook', 'https://www.facebook.com/INPS.PerLaFamigliaFake', null, null],
    ['facebook', 'https://www.facebook.com/groups/INPS.PerLaFamiglia', null, null],
    ['instagram', 'https://www.instagram.com/inps_social_fake/', 'inps_social_fake', null],
    // Platform must agree: the Instagram handle on Facebook is not the Instagram account
    ['facebook', 'https://www.facebook.com/inps_social', 'inps_social', null],
    ['facebook', 'not a url', null, null],
  ] as const)('%s %s (%s) → %s', (platform, url, pageName, expected) => {
    expect(detectPageProfile(s, { platform, url, pageName })?.id ?? null).toBe(expected);
  });

  test('numeric page ids (profile.php?id= or from the DOM) once configured', () => {
    const d = defaultSettings();
    d.pages['inps-giovani'].match.ids.push('100064000000001');
    expect(detectPageProfile(d, { platform: 'facebook', url: 'https://www.facebook.com/profile.php?id=100064000000001' })?.id).toBe('inps-giovani');
    expect(detectPageProfile(d, { platform: 'facebook', url: 'https://www.facebook.com/', pageId: '100064000000001' })?.id).toBe('inps-giovani');
    expect(detectPageProfile(d, { platform: 'facebook', url: 'https://www.facebook.com/profile.php?id=100064000000002' })).toBeNull();
  });

  test.each([
    ['facebook', 'INPS.PerLaFamiglia', 'inps-per-la-famiglia'],
    ['facebook', 'inps.perlafamiglia', 'inps-per-la-famiglia'],
    ['instagram', 'inps_social', 'inps-social-instagram'],
    ['instagram', 'giulia.rossi', null],
    ['facebook', 'groups/INPS.PerLaFamiglia', null],
  ] as const)('slug or handle given as pageId by the adapter: %s %s → %s', (platform, pageId, expected) => {
    const url = platform === 'facebook' ? 'https://www.facebook.com/photo/?fbid=1' : 'https://www.instagram.com/p/HR4nuaoDaTw/';
    expect(detectPageProfile(s, { platform, url, pageId })?.id ?? null).toBe(expected);
  });

  test('returns the whole profile with its id', () => {
    const p = detectPageProfile(s, { platform: 'facebook', url: 'https://www.facebook.com/INPS.PerLaFamiglia' });
    expect(p).toMatchObject({ id: 'inps-per-la-famiglia', name: 'INPS per la Famiglia', platform: 'facebook' });
  });
});

describe('resolveAnalyzerProfile', () => {
  test('a known page: its topics, every rule, the old-post threshold, merged lexicons', () => {
    const d = defaultSettings();
    d.lexicon.allowlist.push('fico');
    d.pages['inps-per-la-famiglia'].lexicon.allowlist.push('regina', 'fico');
    d.pages['inps-per-la-famiglia'].lexicon.additions.push({ term: 'scemo di guerra', category: 'insult' });
    d.pages['inps-per-la-famiglia'].oldPostDays = 45;
    const p = resolveAnalyzerProfile(d, 'inps-per-la-famiglia');
    expect(p.pageId).toBe('inps-per-la-famiglia');
    expect(p.enabledTopics).toEqual(d.pages['inps-per-la-famiglia'].topics);
    expect(p.allTopics.map((t) => t.id)).toEqual(Object.keys(d.topics));
    expect(Object.keys(p.rules).sort()).toEqual([...RULE_IDS].sort());
    expect(p.rules['old-post']).toEqual({ enabled: true, maxAgeDays: 45 });
    expect(p.allowlist).toEqual(['fico', 'regina']);
    expect(p.lexiconAdditions).toEqual([{ term: 'scemo di guerra', category: 'insult' }]);
    expect(p.allowedDomains).toContain('inps.it');
    expect(p.serviceHours).toMatchObject({ days: [1, 2, 3, 4, 5], start: '09:00', end: '16:00', timeZone: 'Europe/Rome' });
  });

  test('page overrides are merged key by key over the defaults', () => {
    let d = defaultSettings();
    d.defaultRules.shouting = { enabled: true, minLetters: 12 };
    d = setPageRuleSetting(d, 'inps-giovani', 'shouting', 'ratio', 0.9);
    d = setPageRule(d, 'inps-giovani', 'off-topic', false);
    const p = resolveAnalyzerProfile(d, 'inps-giovani');
    expect(p.rules.shouting).toEqual({ enabled: true, minLetters: 12, ratio: 0.9 });
    expect(p.rules['off-topic']?.enabled).toBe(false);
    expect(resolveAnalyzerProfile(d, 'inps-per-la-famiglia').rules['off-topic']?.enabled).toBe(true);
  });

  test('unknown page: every topic is the page’s own and off-topic is off', () => {
    for (const id of [null, 'pagina-sconosciuta']) {
      const p = resolveAnalyzerProfile(s, id);
      expect(p.pageId).toBeNull();
      expect(p.enabledTopics).toEqual(Object.keys(s.topics));
      expect(p.rules['off-topic']?.enabled).toBe(false);
      expect(p.rules.vulgarity?.enabled).toBe(true);
    }
  });

  test('a paused page runs no rule', () => {
    const d = setPagePaused(defaultSettings(), 'inps-per-la-famiglia', true);
    const p = resolveAnalyzerProfile(d, 'inps-per-la-famiglia');
    expect(Object.values(p.rules).every((r) => r?.enabled === false)).toBe(true);
  });

  test('holidays are ISO dates with Easter Monday computed', () => {
    const h = resolveAnalyzerProfile(s, null).serviceHours.holidays;
    expect(h).toEqual(expect.arrayContaining(['2026-01-01', '2026-04-06', '2026-04-25', '2026-12-26', '2027-03-29', '2025-04-21']));
    expect(h.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
    expect(h).not.toContain('2026-04-05'); // Easter Sunday is a Sunday anyway, not in the list
  });

  test.each([
    [2024, [3, 31]],
    [2025, [4, 20]],
    [2026, [4, 5]],
    [2027, [3, 28]],
    [2038, [4, 25]],
  ])('Easter %i', (year, md) => expect(easterSunday(year)).toEqual(md));

  test('one-off closures are kept as given', () => {
    const d = defaultSettings();
    d.serviceHours.holidays.push('2026-06-29');
    expect(holidayDates(d.serviceHours, 2026, 2026)).toContain('2026-06-29');
    expect(holidayDates(d.serviceHours, 2026, 2026)).not.toContain('2027-06-29');
  });
});

describe('popup edits', () => {
  test('toggle a topic and a rule on a page; the result is still a valid document', () => {
    let d = defaultSettings();
    d = setPageTopic(d, 'inps-per-la-famiglia', 'bonus-nido', false);
    d = setPageTopic(d, 'inps-per-la-famiglia', 'pensioni', true);
    d = setPageRule(d, 'inps-per-la-famiglia', 'off-topic', false);
    const c = pageControls(d, 'inps-per-la-famiglia')!;
    expect(c.topics.find((t) => t.id === 'bonus-nido')?.enabled).toBe(false);
    expect(c.topics.find((t) => t.id === 'pensioni')?.enabled).toBe(true);
    expect(c.rules.find((r) => r.id === 'off-topic')?.enabled).toBe(false);
    expect(c.rules.find((r) => r.id === 'vulgarity')?.enabled).toBe(true);
    expect(parseSettings(JSON.parse(JSON.stringify(d))).ok).toBe(true);
    // the original is untouched
    expect(s.pages['inps-per-la-famiglia'].topics).toContain('bonus-nido');
  });

  test('pausing keeps the configured rules for when the page is resumed', () => {
    let d = setPageRule(defaultSettings(), 'inps-giovani', 'shouting', false);
    d = setPagePaused(d, 'inps-giovani', true);
    const c = pageControls(d, 'inps-giovani')!;
    expect(c.paused).toBe(true);
    expect(c.rules.find((r) => r.id === 'vulgarity')?.enabled).toBe(true);
    expect(c.rules.find((r) => r.id === 'shouting')?.enabled).toBe(false);
    expect(listPages(d, 'facebook').find((p) => p.id === 'inps-giovani')?.paused).toBe(true);
    expect(listPages(d, 'instagram').map((p) => p.id)).toEqual(['inps-social-instagram']);
  });

  test('unknown page or topic is refused', () => {
    expect(pageControls(s, 'nessuna')).toBeNull();
    expect(() => setPageRule(s, 'nessuna', 'hate', false)).toThrow(/nessuna/);
    expect(() => setPageTopic(s, 'inps-giovani', 'nessuno', true)).toThrow(/nessuno/);
  });
});
