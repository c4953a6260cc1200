import { describe, expect, test } from 'vitest';
import insult from './insult';
import { defaultProfile } from '../analyzer';
import type { RuleContext } from './rule';

const ctx: RuleContext = { profile: defaultProfile(), now: new Date('2026-11-22T10:00:00+01:00'), thread: [], topics: [], lang: 'it' };
const run = (text: string, settings = {}) => insult.detect({ id: 't', text }, ctx, insult.settings.parse(settings));

// Policy: "offese personali e diffamazione" are not accepted; criticism of the institute and complaints are welcome.
describe('insult: aimed at a person', () => {
  test.each([
    'Sei un idiota',
    'siete dei ladri incapaci',
    '@Mario Rossi coglione!',
    'Gli operatori INPS sono degli incapaci',
    "quell'impiegata è una cretina",
    'Brutta vacca, stai zitta',
    'sei proprio una vacca',
    'Ma vaffanculo',
    'Ti disprezzo',
    'razza di imbecilli',
    '@luca Pecora!',
    'Che cesso che sei',
  ])('%s', (text) => {
    const f = run(text);
    expect(f).toHaveLength(1);
    expect(f[0].evidence.length).toBeGreaterThan(0);
  });

  test.each([
    'INPS è una vergogna',
    'Servizio pessimo, siete lenti e nessuno risponde',
    'È uno scandalo, aspetto da tre mesi',
    'Non sei un idiota, hai ragione tu',
    'Sono proprio un idiota, ho sbagliato il modulo',
    'Ho comprato latte di vacca',
    'Mi è venuta la pelle d’oca',
    'La balena è il mammifero più grande',
    'Mia figlia è una bambola',
    'Dire "sei un idiota" non aiuta nessuno',
    'Porca vacca, ancora niente!',
    'Grazie mille, siete stati gentilissimi',
  ])('no finding: %s', (text) => {
    expect(run(text)).toEqual([]);
  });

  test('ambiguous words can be switched off', () => {
    expect(run('sei proprio una vacca', { ambiguousWords: false })).toEqual([]);
    expect(run('Sei un idiota', { ambiguousWords: false })).toHaveLength(1);
  });
});
