import { describe, expect, test } from 'vitest';
import vulgarity from './vulgarity';
import { defaultProfile } from '../analyzer';
import type { RuleContext } from './rule';

const ctx = (over: Partial<ReturnType<typeof defaultProfile>> = {}): RuleContext => ({
  profile: { ...defaultProfile(), ...over },
  now: new Date('2026-11-22T10:00:00+01:00'),
  thread: [],
  topics: [],
  lang: 'it',
});
const run = (text: string, settings = {}, c = ctx()) => vulgarity.detect({ id: 't', text }, c, vulgarity.settings.parse(settings));

describe('vulgarity: profanity and blasphemy, also obfuscated (policy: "termini volgari e parolacce")', () => {
  test.each([
    ['Che merda di servizio', 'merda'],
    ['MERDAAAA', 'MERDAAAA'],
    ['sono stufo, m e r d a', 'm e r d a'],
    ['m.e.r.d.a!', 'm.e.r.d.a'],
    ['c4zz0 ma quando pagate', 'c4zz0'],
    ['ma vaffanculo', 'vaffanculo'],
    ['porcodio ancora niente', 'porcodio'],
    ['porco d1o', 'porco d1o'],
    ['che m€rda di servizio', 'm€rda'], // "€" as l33t "e"
    ['porc0 dio', 'porc0 dio'],
    ['dio cane che attesa', 'dio cane'],
    ['diocane', 'diocane'],
    ['Mannaggia la madonna', 'Mannaggia la madonna'],
    ['stronzо', 'stronzо'], // Cyrillic о
    ['ｓｔｒｏｎｚｏ', 'ｓｔｒｏｎｚｏ'], // fullwidth
    ['cog\u200Blione', 'cog\u200Blione'], // zero-width space inside
    ['testa di cazzo', 'testa di cazzo'],
    ['Che culo, mi è arrivato subito!', 'culo'],
    ['what the fuck is this', 'fuck'],
    // glued verb + vulgar noun compounds
    ['CHE LECCAMERDA', 'LECCAMERDA'],
    ['sei un mangiacazzi', 'mangiacazzi'],
    ['quel cagacazzi del vicino', 'cagacazzi'],
    ['è fottutamente lento', 'fottutamente'],
  ])('%s', (text, evidence) => {
    const f = run(text);
    expect(f).toHaveLength(1);
    expect(f[0].rule).toBe('vulgarity');
    expect(f[0].evidence.map((e) => text.slice(e.start, e.end))).toContain(evidence);
  });

  // hard negatives: false friends of the public lists, bare religious words, English inside Italian words
  test.each([
    'La regina Elisabetta',
    'Posso venire in sede domani?',
    'Che fico questo bonus!',
    "L'uccello sul balcone",
    'Ho comprato una cazzuola',
    'Devo battere il record',
    'Non raccontate balle, grazie',
    'Dio ti benedica',
    'Madonna che attesa',
    'Cristo è risorto',
    'il porco è un animale intelligente',
    'il cesso del bagno è rotto',
    'sei proprio scemo a volte',
    "Quando arriva l'assegno unico?",
    "Ho fatto le analisi del sangue per l'invalidità",
    'ass. unico di marzo non pagato',
    'Class action contro i ritardi',
    'Porca miseria, ancora niente',
    'Ho mangiato spaghetti alla puttanesca',
    'Il sig. Cazzaniga ha chiamato',
    'Dio fa miracoli',
    'Dio santo, ancora niente',
    'Che figata questo bonus',
    'Il rompicapo della domanda online',
    'Ho comprato un leccalecca a mio figlio',
    'La mangiatoia per gli uccelli',
    'Il cavallo di Troia',
    'Abito a Troia in provincia di Foggia, dove devo andare?',
    // an insult, not a swear word (the insult rule reads it with its target); the lists had it as
    // blasphemy because "idiota" holds the letters "dio"
    'Questa non è una domanda idiota',
    'Il libro di M. Vacca è in biblioteca',
  ])('no finding: %s', (text) => {
    expect(run(text)).toEqual([]);
  });

  test('the page allowlist silences a term; additions add one', () => {
    expect(run('che merda', {}, ctx({ allowlist: ['merda'] }))).toEqual([]);
    expect(run('sei un pippone', {}, ctx({ lexiconAdditions: [{ term: 'pippone', category: 'vulgar' }] }))).toHaveLength(1);
  });

  test('settings: blasphemy can be switched off, minWeight lowers the bar', () => {
    expect(run('porco dio', { blasphemy: false })).toEqual([]);
    expect(run('che figata')).toEqual([]);
    expect(run('che figata', { minWeight: 0.3 })).toHaveLength(1);
    expect(run('che merda', { enabled: false })).toEqual([]);
  });

  test('has docs in both languages', () => {
    expect(vulgarity.label.it && vulgarity.label.en && vulgarity.explanation.it && vulgarity.explanation.en).toBeTruthy();
  });
});
