import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  SETTINGS_VERSION,
  defaultSettings,
  exportSettings,
  parseSettings,
  parseSettingsText,
  problemLines,
  type Settings,
} from './index';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));
const paths = (r: ReturnType<typeof parseSettings>) => (r.ok ? [] : r.problems.map((p) => p.path));

describe('round trip', () => {
  test('export → import gives the same document', () => {
    const d = defaultSettings();
    const text = exportSettings(d);
    const r = parseSettingsText(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.settings).toEqual(d);
      expect(r.migratedFrom).toBeUndefined();
      expect(exportSettings(r.settings)).toBe(text);
    }
    expect(JSON.parse(text).version).toBe(SETTINGS_VERSION);
  });

  test('an edited document survives the round trip', () => {
    const d = defaultSettings();
    d.moderator.name = 'Giulia';
    d.pages['inps-per-la-famiglia'].rules['off-topic'] = { enabled: false };
    d.links['nuovo-link'] = { url: 'https://www.inps.it/it/it/previdenza/domanda-di-pensione.html', label: { it: 'a', en: 'b' }, confidence: 'low', source: 'test' };
    d.topics['nuovo-tema'] = { label: { it: 'Nuovo', en: 'New' }, keywords: ['nuovo tema'], linkId: 'nuovo-link' };
    d.templates['nuovo-tema-it'] = { label: { it: 'x', en: 'x' }, topic: 'nuovo-tema', lang: 'it', kind: 'reply', text: 'Ciao {{nome}}: {{link}}', pages: [] };
    const r = parseSettingsText(exportSettings(d));
    expect(r.ok && r.settings).toEqual(d);
  });

  test('a UTF-8 BOM (Windows editors) is accepted', () => {
    expect(parseSettingsText('\uFEFF' + exportSettings(defaultSettings())).ok).toBe(true);
  });
});

describe('broken documents: every problem has its JSON path', () => {
  const cases: [string, (d: Record<string, any>) => void, string[]][] = [
    ['wrong type (string for boolean)', (d) => (d.pages['inps-per-la-famiglia'].rules['off-topic'] = { enabled: 'no' }), ['pages.inps-per-la-famiglia.rules.off-topic.enabled']],
    ['wrong type (number for list)', (d) => (d.topics['bonus-nido'].keywords = 3), ['topics.bonus-nido.keywords']],
    ['missing field', (d) => delete d.serviceHours.timeZone, ['serviceHours.timeZone']],
    ['missing section', (d) => delete d.campaign, ['campaign']],
    ['empty keywords', (d) => (d.topics.isee.keywords = []), ['topics.isee.keywords']],
    ['bad time', (d) => (d.serviceHours.start = '9'), ['serviceHours.start']],
    ['end before start', (d) => (d.serviceHours.end = '08:00'), ['serviceHours.end']],
    ['unknown field (typo)', (d) => (d.log.retentionDay = 5), ['log.retentionDay']],
    ['unknown rule id', (d) => (d.defaultRules['volgarita'] = { enabled: true }), ['defaultRules.volgarita']],
    ['page names a missing topic', (d) => d.pages['inps-giovani'].topics.push('bonus-vacanze'), ['pages.inps-giovani.topics.7']],
    ['topic names a missing link', (d) => (d.topics.naspi.linkId = 'naspi-2'), ['topics.naspi.linkId']],
    ['template for a missing topic', (d) => (d.templates['isee-it'].topic = 'isse'), ['templates.isee-it.topic']],
    ['crisis template as public reply', (d) => (d.templates['crisis-note-it'].kind = 'reply'), ['templates.crisis-note-it.kind']],
    ['link to the AEM back end', (d) => (d.links.myinps.url = 'https://www.inps.it/content/inps-site/it/it/x.html'), ['links.myinps.url']],
    ['plain http link', (d) => (d.links.myinps.url = 'http://www.inps.it/it/it/x.html'), ['links.myinps.url']],
    ['not a URL', (d) => (d.links.myinps.url = 'inps punto it'), ['links.myinps.url']],
    ['id not kebab-case', (d) => (d.topics['Bonus Nido'] = d.topics['bonus-nido']), ['topics.Bonus Nido']],
    ['bad language', (d) => (d.templates['isee-it'].lang = 'ita'), ['templates.isee-it.lang']],
    ['bad platform', (d) => (d.pages['inps-giovani'].platform = 'tiktok'), ['pages.inps-giovani.platform']],
    ['retention not a whole number', (d) => (d.log.retentionDays = 1.5), ['log.retentionDays']],
    [
      'several problems at once',
      (d) => {
        d.moderator.name = 42;
        d.pages['inps-per-la-famiglia'].oldPostDays = -1;
      },
      ['moderator.name', 'pages.inps-per-la-famiglia.oldPostDays'],
    ],
  ];

  test.each(cases)('%s', (_name, breakIt, expected) => {
    const d = clone(defaultSettings()) as Record<string, any>;
    breakIt(d);
    const r = parseSettings(d);
    expect(r.ok).toBe(false);
    expect(paths(r)).toEqual(expected);
    if (!r.ok) for (const p of r.problems) {
      expect(p.message.it.length).toBeGreaterThan(5);
      expect(p.message.en.length).toBeGreaterThan(5);
      expect(p.message.it).not.toBe(p.message.en);
    }
  });

  test('missing field says so in both languages', () => {
    const d = clone(defaultSettings()) as Record<string, any>;
    delete d.serviceHours.timeZone;
    const r = parseSettings(d);
    expect(r.ok ? null : r.problems[0].message).toEqual({ it: 'campo obbligatorio mancante', en: 'required field is missing' });
  });

  test('wrong type names what was expected and what was found', () => {
    const d = clone(defaultSettings()) as Record<string, any>;
    d.log.retentionDays = '90';
    const r = parseSettings(d);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0].message.it).toContain('un numero');
      expect(r.problems[0].message.it).toContain('"90"');
      expect(r.problems[0].message.en).toContain('a number');
    }
  });

  test.each([
    ['future version', { ...clone(defaultSettings()), version: SETTINGS_VERSION + 1 }, 'version', 'più recente'],
    ['missing version', (() => { const d = clone(defaultSettings()) as Partial<Settings>; delete d.version; return d; })(), 'version', 'mancante'],
    ['version as text', { ...clone(defaultSettings()), version: '2' }, 'version', 'non valida'],
    ['an array', [1, 2], '$', 'oggetto'],
    ['null', null, '$', 'oggetto'],
  ])('%s', (_n, doc, path, it) => {
    const r = parseSettings(doc);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0].path).toBe(path);
      expect(r.problems[0].message.it).toContain(it);
    }
  });

  test('empty file', () => {
    const r = parseSettingsText('  \n');
    expect(r.ok ? null : r.problems).toEqual([{ path: '$', message: { it: 'il file è vuoto: esporta di nuovo le impostazioni', en: 'the file is empty: export the settings again' } }]);
  });

  test('a syntax error gives its line and column', () => {
    const r = parseSettingsText('{\n  "version": 2,\n  "x": ]\n}');
    expect(r.ok ? null : r.problems[0].message.en).toBe('the file is not valid JSON (syntax error at line 3, column 8): export the settings again or fix the file');
  });

  test.each([['{'], ['not json'], ['{"version": 2,}'], ['{"a": "b\n"}']])('non-JSON text %j', (text) => {
    const r = parseSettingsText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map((p) => p.path)).toEqual(['$']);
      expect(r.problems[0].message.it).toContain('non è un JSON valido');
      expect(r.problems[0].message.en).toContain('not valid JSON');
    }
  });

  test('problem lines are "path: message"', () => {
    const d = clone(defaultSettings()) as Record<string, any>;
    d.serviceHours.days = [];
    const r = parseSettings(d);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(problemLines(r.problems, 'en')).toEqual(['serviceHours.days: the list must not be empty']);
  });
});

describe('migration from v1', () => {
  const v1 = JSON.parse(readFileSync(fileURLToPath(new URL('./testdata/settings-v1.json', import.meta.url)), 'utf8'));

  test('a v1 document becomes a valid current document', () => {
    const r = parseSettings(v1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = r.settings;
    expect(r.migratedFrom).toBe(1);
    expect(s.version).toBe(SETTINGS_VERSION);
    expect(s.moderator.name).toBe('Anna');
    expect(s.log.retentionDays).toBe(60);
    expect(s.serviceHours).toMatchObject({ days: [1, 2, 3, 4, 5], start: '09:00', end: '15:30', timeZone: 'Europe/Rome' });
    // rules: booleans → { enabled }
    expect(s.pages['inps-per-la-famiglia'].rules['off-topic']).toEqual({ enabled: false });
    expect(s.pages['inps-per-la-famiglia'].rules.shouting).toEqual({ enabled: true });
    expect(s.pages['inps-per-la-famiglia'].match.urlPatterns).toEqual(['facebook.com/INPS.PerLaFamiglia']);
    expect(s.pages['inps-per-la-famiglia'].oldPostDays).toBe(45);
    // a known portal URL keeps its entry (and confidence); an unknown one becomes a low-confidence link to verify
    expect(s.topics['bonus-nido'].linkId).toBe('bonus-nido');
    expect(s.topics['vacanze-studio'].linkId).toBe('vacanze-studio-link');
    expect(s.links['vacanze-studio-link']).toMatchObject({ confidence: 'low', url: 'https://www.inps.it/it/it/esempio-pagina-v1.html' });
    expect(s.pages['inps-credito-welfare'].topics).toEqual(['vacanze-studio', 'pensioni']);
    // a v1 crisis "reply" is turned into a moderator note
    expect(s.templates['crisi']).toMatchObject({ rule: 'crisis', kind: 'moderator-note' });
    expect(s.templates['bonus-nido-it']).toMatchObject({ topic: 'bonus-nido', lang: 'it', kind: 'reply' });
    // parts v1 did not have come from the default pack
    expect(s.campaign.utmMedium).toBe('social');
  });

  test('the migrated document round-trips as the current version', () => {
    const r = parseSettings(v1);
    if (!r.ok) throw new Error('v1 did not migrate');
    const again = parseSettingsText(exportSettings(r.settings));
    expect(again.ok && again.migratedFrom).toBe(undefined);
    expect(again.ok && again.settings).toEqual(r.settings);
  });

  test('a broken v1 document is refused with paths into the v1 document', () => {
    const bad = clone(v1);
    bad.pages[0].rules['off-topic'] = 'off';
    delete bad.hours.to;
    const r = parseSettings(bad);
    expect(paths(r)).toEqual(['hours.to', 'pages.0.rules.off-topic']);
  });
});
