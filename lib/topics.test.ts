import { describe, expect, test } from 'vitest';
import { detectTopicMatches, detectTopics } from './topics';
import type { TopicDef } from './types';
import { guessLang } from './lang';

const TOPICS: TopicDef[] = [
  { id: 'assegno-unico', label: { it: 'Assegno Unico', en: 'Single allowance' }, keywords: ['assegno unico', 'AUU'] },
  { id: 'congedo-parentale', label: { it: 'Congedo parentale', en: 'Parental leave' }, keywords: ['congedo parentale', 'maternità facoltativa'] },
  { id: 'isee', label: { it: 'ISEE', en: 'ISEE' }, keywords: ['isee', 'dsu', "dichiarazione sostitutiva unica"] },
  { id: 'naspi', label: { it: 'NASpI', en: 'NASpI' }, keywords: ['naspi', 'disoccupazione'] },
];

describe('detectTopics', () => {
  test.each([
    ['Quando pagano l\'ASSEGNO   UNICO?', ['assegno-unico']],
    ['maternita facoltativa e congedo parentale', ['congedo-parentale']],
    ['Ho rifatto la DSU, ora l\'ISEE è giusto', ['isee']],
    ['Maternità facoltativa: quanti mesi?', ['congedo-parentale']],
    ['NASpI e assegno unico insieme', ['assegno-unico', 'naspi']],
    ['la dichiarazione sostitutiva  unica', ['isee']],
    ['iseeeee', []],
    ['disoccupazioni', []],
    ['dsuper', []],
    ['', []],
  ])('%j -> %j', (text, ids) => {
    expect(detectTopics(text, TOPICS)).toEqual(ids);
  });

  test('evidence spans point at the keywords in the original text', () => {
    const text = 'Perché l\'Assegno Unico è più basso con la NASpI?';
    const m = detectTopicMatches(text, TOPICS);
    expect(m.map((x) => x.spans.map((s) => text.slice(s.start, s.end)))).toEqual([['Assegno Unico'], ['NASpI']]);
  });

  test('a keyword shared by two topics reports both', () => {
    const t: TopicDef[] = [
      { id: 'a', label: { it: 'A', en: 'A' }, keywords: ['bonus'] },
      { id: 'b', label: { it: 'B', en: 'B' }, keywords: ['Bonus'] },
    ];
    expect(detectTopics('il bonus', t)).toEqual(['a', 'b']);
  });
});

describe('guessLang', () => {
  test.each([
    ['Buongiorno, quando arriva il pagamento dell\'assegno?', 'it'],
    ['Hello, when will the payment arrive? Thank you', 'en'],
    ['ISEE', 'it'],
    ['I have not received my pension', 'en'],
  ])('%j -> %s', (text, lang) => {
    expect(guessLang(text)).toBe(lang);
  });
});
