import { describe, expect, test } from 'vitest';
import { createAnalyzer } from '../analyzer';
import type { CommentInput } from '../types';

const analyzer = createAnalyzer();
const reply = (text: string, extra: Partial<CommentInput> = {}) =>
  analyzer
    .analyze({ id: 'r', text, isReply: true, author: 'Giulia', parentText: 'Qualcuno sa quando pagano l\'assegno unico?', ...extra })
    .findings.filter((f) => f.rule === 'answering-for-us');

describe('answering-for-us', () => {
  test.each([
    ['Devi fare domanda entro il 30 giugno altrimenti perdi gli arretrati', 'Devi fare'],
    ['Non ti spetta perché hai l\'ISEE troppo alto', 'Non ti spetta'],
    ['Ti spetta di sicuro, tranquilla', 'Ti spetta'],
    ['Arriva il 15 come ogni mese', 'Arriva il 15'],
    ['Devi andare al patronato, loro ti sistemano tutto', 'Devi andare'],
    ['Vai al CAF e fatti rifare l\'ISEE', 'Vai al CAF'],
    ['Basta rifare la domanda dal sito', 'Basta rifare'],
    ['Sì devi rifarlo ogni anno a gennaio', 'devi rifarlo'],
    ['Ragazzi il pagamento arriva il 20, tranquilli', 'arriva il 20'],
    ['Non hai diritto se lavori', 'Non hai diritto'],
    ['You have to apply again, it arrives on the 20', 'You have to apply'],
    ['Sì spetta anche agli stranieri con permesso di lungo periodo', 'Sì spetta'],
    ['Spetta solo a chi ha l\'ISEE sotto i 40mila euro', 'Spetta solo'],
  ])('%j', (text, inside) => {
    const f = reply(text);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('low');
    expect(f[0].evidence.map((e) => text.slice(e.start, e.end)).join('|').toLowerCase()).toContain(inside.toLowerCase());
  });

  test.each([
    'Anche io sto aspettando da marzo',
    'Stesso problema, nessuna risposta',
    'Grazie!',
    'Secondo me ti spetta, ma chiedi conferma',
    'Credo che arrivi il 15, non sono sicura',
    'Devo rifare la domanda anche io?',
    'Non so se spetta anche a me',
    'Ma spetta anche agli stranieri?',
    'Devi chiamare il contact center 803 164, ti sanno dire loro',
    'Devi chiedere all\'INPS, solo loro possono risponderti',
  ])('does not flag %j', (text) => {
    expect(reply(text)).toEqual([]);
  });

  test('the page answering is the point, not a problem', () => {
    expect(reply('Deve fare domanda entro il 30 giugno sul portale', { author: 'INPS per la Famiglia', authorIsPage: true })).toEqual([]);
  });

  test('a top-level comment is not answering anybody', () => {
    const f = analyzer.analyze({ id: 'x', text: 'Devi fare domanda entro il 30 giugno' }).findings;
    expect(f.filter((x) => x.rule === 'answering-for-us')).toEqual([]);
  });

  const topLevel = (text: string) => analyzer.analyze({ id: 't', text }).findings.filter((f) => f.rule === 'answering-for-us');
  test.each([
    ['@Giulia_Rossi devi rifare la domanda a gennaio', 'devi rifare'],
    ['@mario.bianchi non ti spetta, hai l\'ISEE troppo alto', 'non ti spetta'],
  ])('a top-level comment that opens by tagging a user answers that user: %j', (text, inside) => {
    const f = topLevel(text);
    expect(f).toHaveLength(1);
    expect(f[0].reason).toMatch(/^comment addressed to another user/);
    expect(text.slice(f[0].evidence[0].start, f[0].evidence[0].end).toLowerCase()).toBe(inside);
  });

  test.each([
    '@INPS_it dovete pagare gli arretrati',
    '@InpsPerLaFamiglia devi rispondermi',
    'Devi fare domanda entro il 30 giugno @Giulia',
    '@Giulia secondo me ti spetta, chiedi conferma',
    "@ColuiDi È lesbica solo quando deve fare proclami per il PD.",
  ])('tagging the institute, a mention later on, a hedge, or a third person is not an answer in our place: %j', (text) => {
    expect(topLevel(text)).toEqual([]);
  });
});
