import { describe, expect, test } from 'vitest';
import { createAnalyzer, defaultProfile } from '../analyzer';
import type { AnalyzerProfile, TopicDef } from '../types';
import { defaultSettings } from '../settings/defaults';
import { resolveAnalyzerProfile } from '../settings/profile';

const TOPICS: TopicDef[] = [
  { id: 'assegno-unico', label: { it: 'Assegno Unico', en: 'Single allowance' }, keywords: ['assegno unico', 'auu'] },
  { id: 'bonus-nido', label: { it: 'Bonus Nido', en: 'Nursery bonus' }, keywords: ['bonus nido', 'asilo nido'] },
  { id: 'pensioni', label: { it: 'Pensioni', en: 'Pensions' }, keywords: ['pensione', 'pensioni', 'quota 103'] },
  { id: 'naspi', label: { it: 'NASpI', en: 'NASpI' }, keywords: ['naspi', 'disoccupazione'] },
];

function famiglia(): AnalyzerProfile {
  return { ...defaultProfile(), pageId: 'inps-per-la-famiglia', allTopics: TOPICS, enabledTopics: ['assegno-unico', 'bonus-nido'] };
}
const run = (text: string, p: AnalyzerProfile = famiglia()) =>
  createAnalyzer(p).analyze({ id: 'x', text }).findings.filter((f) => f.rule === 'off-topic');

describe('off-topic', () => {
  test.each([
    ['Quando aumentano le pensioni minime?', ['pensioni']],
    ['La NASpI di aprile quando arriva?', ['NASpI']],
    ['Domanda di disoccupazione e Quota 103 insieme?', ['disoccupazione', 'Quota 103']],
  ])('%j', (text, words) => {
    const f = run(text);
    expect(f).toHaveLength(1);
    expect(f[0].evidence.map((e) => text.slice(e.start, e.end))).toEqual(words);
    expect(f[0].reason).toContain('inps-per-la-famiglia');
  });

  test.each([
    'Quando pagano l\'assegno unico?',
    'Con la pensione di mia madre posso avere il bonus nido?',
    'Buongiorno, grazie per le informazioni',
    'La pensionata del piano di sopra', // "pensionata" is not the keyword "pensione"
  ])('does not flag %j', (text) => {
    expect(run(text)).toEqual([]);
  });

  test('without a page it never fires', () => {
    const p = { ...famiglia(), pageId: null };
    expect(run('Quando aumentano le pensioni minime?', p)).toEqual([]);
  });

  test('with the default pack: an outage of the portal is on topic on every page, a ranking is not on the family page', () => {
    const p = resolveAnalyzerProfile(defaultSettings(), 'inps-per-la-famiglia');
    expect(run('Alle 08:30 era già tutto bloccato, il sito non va', p)).toEqual([]);
    expect(run('Il sito INPS è in manutenzione?', p)).toEqual([]);
    expect(run('Quando esce la graduatoria?', p)).toHaveLength(1);
  });
});
