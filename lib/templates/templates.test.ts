import { describe, expect, test } from 'vitest';
import type { Finding } from '../types';
import { defaultSettings } from '../settings';
import { buildLink, describeHours, firstName, renderTemplate, suggestReplies, templateVariables, unknownVariables } from './index';

const f = (rule: Finding['rule'], severity: Finding['severity'] = 'medium'): Finding => ({ rule, severity, evidence: [], reason: '' });

describe('renderTemplate', () => {
  test.each([
    ['Ciao {{nome}}!', { nome: 'Maria' }, 'Ciao Maria!', []],
    ['Ciao {{ nome }}!', { nome: 'Maria' }, 'Ciao Maria!', []],
    ['{{nome|Ciao}}, ecco', { nome: undefined }, 'Ciao, ecco', []],
    ['{{nome|Ciao}}, ecco', { nome: '   ' }, 'Ciao, ecco', []],
    ['Ciao {{nome}}, ecco', { nome: undefined }, 'Ciao, ecco', []],
    ['Ciao {{nome}}. Vedi {{link|www.inps.it}}.', { nome: '', link: undefined }, 'Ciao. Vedi www.inps.it.', []],
    ['Vedi il portale ({{link}}) per {{argomento}}', { link: undefined, argomento: 'ISEE' }, 'Vedi il portale per ISEE', []],
    ['Grazie {{nome}} per il messaggio', { nome: undefined }, 'Grazie per il messaggio', []],
    ['Ciao {{nomee}}, ecco', { nome: 'Maria' }, 'Ciao {{nomee}}, ecco', ['nomee']],
    ['Ciao {{Nome|amico}}', { nome: 'Maria' }, 'Ciao amico', ['Nome']],
    ['{{a}} {{b}} {{a}}', {}, '{{a}} {{b}} {{a}}', ['a', 'b']],
    ['Nessuna variabile', { nome: 'x' }, 'Nessuna variabile', []],
    ['Mai HTML: {{nome}}', { nome: '<img src=x onerror=alert(1)>' }, 'Mai HTML: <img src=x onerror=alert(1)>', []],
    ['Valore con graffe {{nome}}', { nome: '{{link}}' }, 'Valore con graffe {{link}}', []],
    ['Riga 1\n{{nome}}\nRiga 3', { nome: 'Luca' }, 'Riga 1\nLuca\nRiga 3', []],
  ] as const)('%j', (text, vars, out, unknown) => {
    expect(renderTemplate(text, vars as Record<string, string | undefined>)).toEqual({ text: out, unknown });
  });

  test('variables and unknown names in a template', () => {
    expect(templateVariables('Ciao {{nome|amico}}, {{link}}').map((v) => [v.name, v.fallback])).toEqual([
      ['nome', 'amico'],
      ['link', undefined],
    ]);
    expect(unknownVariables('Ciao {{nome}} {{argomentto}} {{link}} {{firma}}')).toEqual(['argomentto', 'firma']);
  });
});

describe('buildLink', () => {
  const campaign = defaultSettings().campaign;
  test('adds campaign parameters by platform', () => {
    const u = new URL(buildLink('https://www.inps.it/it/it/previdenza/domanda-di-pensione.html', 'instagram', campaign));
    expect(Object.fromEntries(u.searchParams)).toEqual({ utm_source: 'instagram', utm_medium: 'social', utm_campaign: 'galateo-risposte' });
    expect(u.pathname).toBe('/it/it/previdenza/domanda-di-pensione.html');
  });
  test('keeps other parameters and the fragment, replaces old utm values', () => {
    const out = buildLink('https://www.inps.it/x.html?a=1&utm_source=old#sez', 'facebook', { ...campaign, utmCampaign: 'bonus-nido-2026' });
    const u = new URL(out);
    expect(u.searchParams.get('a')).toBe('1');
    expect(u.searchParams.getAll('utm_source')).toEqual(['facebook']);
    expect(u.searchParams.get('utm_campaign')).toBe('bonus-nido-2026');
    expect(u.hash).toBe('#sez');
  });
  test('campaign off or bad URL: unchanged', () => {
    expect(buildLink('https://www.inps.it/x.html', 'facebook', { ...campaign, enabled: false })).toBe('https://www.inps.it/x.html');
    expect(buildLink('www.inps.it', 'facebook', campaign)).toBe('www.inps.it');
  });
});

describe('helpers', () => {
  test.each([
    ['Maria Grazia Rossi', 'Maria'],
    ['MARIO BIANCHI', 'Mario'],
    ["D'Angelo Luca", "D'Angelo"],
    ['giulia.rossi_88', undefined],
    ['luca.rizzo', undefined],
    ['  ', undefined],
    [undefined, undefined],
    ['😀 Anna', undefined],
    ['Anna\u202e', 'Anna'],
  ])('firstName(%j) = %j', (a, b) => expect(firstName(a)).toBe(b));

  test('service hours in words', () => {
    const sh = defaultSettings().serviceHours;
    expect(describeHours(sh, 'it')).toBe('dal lunedì al venerdì, dalle 09:00 alle 16:00');
    expect(describeHours(sh, 'en')).toBe('Monday to Friday, 09:00 to 16:00');
    expect(describeHours({ ...sh, days: [1, 3] }, 'it')).toBe('il lunedì, mercoledì, dalle 09:00 alle 16:00');
    expect(describeHours(sh, 'fr')).toBeUndefined();
  });
});

describe('suggestReplies', () => {
  const s = defaultSettings();
  const base = { pageId: 'inps-per-la-famiglia', platform: 'facebook' as const, authorName: 'Maria Rossi' };

  test('a personal case about Assegno Unico: the redirect first, then the topic reply, with name, topic and tracked link', () => {
    const out = suggestReplies(s, { ...base, findings: [f('personal-case')], topics: ['assegno-unico'] });
    expect(out.map((x) => x.templateId).slice(0, 2)).toEqual(['personal-case-it', 'assegno-unico-it']);
    expect(out.map((x) => x.rank)).toEqual(out.map((_, i) => i + 1));
    const first = out[0];
    expect(first.text).toMatch(/^Ciao Maria, /);
    expect(first.text).toContain('Assegno Unico');
    expect(first.text).toContain('803 164');
    expect(first.link).toContain('stato-di-una-pratica');
    expect(first.link).toContain('utm_source=facebook');
    expect(first.text).toContain(first.link!);
    expect(out[1].link).toContain('assegno-unico-e-universale');
    expect(out.every((x) => x.unknown.length === 0 && !x.text.includes('{{'))).toBe(true);
  });

  test('more severe findings rank first', () => {
    const out = suggestReplies(s, { ...base, findings: [f('shouting', 'low'), f('insult', 'high')], topics: [] });
    expect(out[0].templateId).toBe('insult-it');
    expect(out[1].templateId).toBe('shouting-it');
    expect(out[0].reason).toContain('insult');
  });

  test('off-topic names the foreign topic and links its page', () => {
    const out = suggestReplies(s, { ...base, findings: [f('off-topic', 'low')], topics: ['naspi'] });
    expect(out[0].templateId).toBe('off-topic-it');
    expect(out[0].text).toContain('NASpI');
    expect(out[0].link).toContain('naspi-indennit-mensile');
  });

  test('crisis: only the escalation note for the moderator, never a public reply', () => {
    const out = suggestReplies(s, { ...base, findings: [f('crisis', 'critical'), f('personal-case')], topics: ['assegno-unico'] });
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((x) => x.kind === 'moderator-note')).toBe(true);
    expect(out[0].templateId).toBe('crisis-note-it');
  });

  test('language: English on request, French on the migrants page, Italian fallback when a language lacks a template', () => {
    const en = suggestReplies(s, { ...base, lang: 'en', findings: [f('personal-data')], topics: [] });
    expect(en[0].templateId).toBe('personal-data-en');
    expect(en[0].text).toMatch(/^Hi Maria, /);
    const fr = suggestReplies(s, { pageId: 'inps-lavoratori-migranti', platform: 'facebook', lang: 'fr', findings: [f('personal-case')], topics: ['naspi'] });
    expect(fr[0].templateId).toBe('personal-case-fr');
    expect(fr[0].text).toMatch(/^Bonjour, /);
    expect(fr.some((x) => x.templateId === 'naspi-it')).toBe(true);
    expect(fr.some((x) => x.templateId === 'informazioni-fr' && x.text.includes('NASpI'))).toBe(true);
  });

  test('out-of-hours uses the configured hours; Instagram links say instagram', () => {
    const d = defaultSettings();
    d.serviceHours.end = '15:00';
    const out = suggestReplies(d, { pageId: 'inps-social-instagram', platform: 'instagram', findings: [f('out-of-hours', 'info')], topics: ['isee'] });
    expect(out[0].text).toContain('dalle 09:00 alle 15:00');
    expect(out.find((x) => x.templateId === 'isee-it')?.link).toContain('utm_source=instagram');
  });

  test('unknown page (null): Italian replies, no page-restricted templates', () => {
    const out = suggestReplies(s, { pageId: null, platform: 'facebook', authorName: 'Anna', findings: [f('vulgarity')], topics: ['pensioni'] });
    expect(out.map((x) => x.templateId).slice(0, 2)).toEqual(['vulgarity-it', 'pensioni-it']);
    expect(out[1].link).toContain('domanda-di-pensione.html?utm_source=facebook');
  });

  test('templates restricted to other pages are not suggested; no findings and no topics gives general replies', () => {
    const d = defaultSettings();
    d.templates['insult-it'].pages = ['inps-giovani'];
    const out = suggestReplies(d, { ...base, findings: [f('insult')], topics: [] });
    expect(out.some((x) => x.templateId === 'insult-it')).toBe(false);
    const general = suggestReplies(d, { ...base, findings: [], topics: [] });
    expect(general.map((x) => x.templateId)).toEqual(['disservizio-it', 'grazie-it']);
  });
});
