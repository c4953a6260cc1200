import { describe, expect, test } from 'vitest';
import rule from './shouting';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer();
const run = (text: string) => analyzer.analyze({ id: 't', text }).findings.filter((f) => f.rule === 'shouting');

describe('shouting', () => {
  test.each([
    ['NON HO ANCORA RICEVUTO L\'ASSEGNO UNICO DI MARZO', 'NON HO ANCORA RICEVUTO'],
    ['VERGOGNATEVI, SONO TRE MESI CHE ASPETTO!!!', 'VERGOGNATEVI'],
    ['BUONGIORNO VOLEVO SAPERE QUANDO PAGANO LA NASPI', 'BUONGIORNO VOLEVO SAPERE'],
    ['Buongiorno. NON È POSSIBILE CHE NESSUNO RISPONDA MAI AL TELEFONO', 'NESSUNO RISPONDA'],
    ['PERCHÉ L\'INPS NON RISPONDE? È UNA VERGOGNA', 'VERGOGNA'],
    ['WHY HAS NOBODY ANSWERED MY QUESTION YET', 'NOBODY'],
    ['ΓΙΑΤΙ ΔΕΝ ΑΠΑΝΤΑΤΕ ΠΟΤΕ ΣΤΑ ΜΗΝΥΜΑΤΑ', 'ΑΠΑΝΤΑΤΕ'],
    ['L’ASSEGNO NON È ARRIVATO 😡😡😡 VERGOGNATEVI', 'VERGOGNATEVI'],
  ])('flags %j', (text, inside) => {
    const f = run(text);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('low');
    const covered = f[0].evidence.map((e) => text.slice(e.start, e.end)).join(' | ');
    expect(covered).toContain(inside);
  });

  test.each([
    'Buongiorno, ho fatto domanda di ISEE e NASpI tramite SPID ma il PIN INPS non funziona',
    'INPS ISEE ADI SPID CUD CIE PIN IBAN',
    'GRAZIE!',
    'Ok grazie mille',
    'Il mio codice è RSSMRA85T10A562S e la domanda INPS.4780.12/03/2024.0012345',
    'Ho scritto al CAF e al patronato per la DSU',
    'Mario ROSSI',
    'Scusate ma quando arriva il pagamento? Grazie 🙏🙏🙏',
    'ciao',
    '',
    // someone else's capitals, quoted
    'Ho letto la FAQ: "LA DOMANDA VA PRESENTATA ENTRO IL 30 GIUGNO" è vero?',
    '«NESSUNO RISPONDE AL TELEFONO» scrivono tutti, anche io confermo',
  ])('does not flag %j', (text) => {
    expect(run(text)).toEqual([]);
  });

  // the word scan: runs of letters and numbers of any script (as /[\p{L}\p{N}]+/u), numbers and
  // acronyms left out, letters without case (mathematical bold, emoji) not counted
  test.each([
    ['SCRIVO 𝐀𝐋𝐋 CAPS CON LETTERE 𝐌𝐀𝐓𝐇 E NORMALI MAIUSCOLE', [0, 59], '100% of 37 letters'],
    ['𝐒𝐂𝐑𝐈𝐕𝐈𝐌𝐈 𝐒𝐔 𝐖𝐇𝐀𝐓𝐒𝐀𝐏𝐏 𝐏𝐄𝐑 𝐆𝐔𝐀𝐃𝐀𝐆𝐍𝐀𝐑𝐄', null, ''],
    ['IL PATRONATO E IL CAF NON RISPONDONO MAI', [0, 40], '100% of 21 letters'],
    ['COVID19 COVID19 COVID19 COVID19 COVID19 ok', null, ''],
    ['PAGATE ENTRO² IL MESE PROSSIMO GLI ARRETRATI', [0, 44], '100% of 32 letters'],
    ['ΓΙΑΤΙ ΔΕΝ ΑΠΑΝΤΑΤΕ 😡 ΠΟΤΕ ΣΤΑ ΜΗΝΥΜΑΤΑ', [0, 39], '100% of 31 letters'],
    ['Io sono Ștefan e SCRIVO ÎN ROMÂNĂ PERCHÉ NON CAPISCO', [17, 52], '74% of 43 letters'],
  ])('reads the words of %j', (text, span, reason) => {
    const f = run(text);
    if (!span) return expect(f).toEqual([]);
    expect(f.map((x) => x.evidence)).toEqual([[{ start: span[0], end: span[1] }]]);
    expect(f[0].reason).toContain(reason);
  });

  test('thresholds come from the settings', () => {
    const text = 'PAGATE?';
    expect(rule.detect({ id: 'x', text }, {} as never, rule.settings.parse({}))).toEqual([]);
    expect(rule.detect({ id: 'x', text }, {} as never, rule.settings.parse({ minLetters: 5 }))).toHaveLength(1);
  });

  test('evidence offsets point into the original text', () => {
    const text = 'ciao a tutti, VOGLIO SAPERE PERCHÉ NON MI AVETE ANCORA PAGATO';
    const [f] = run(text);
    for (const e of f.evidence) expect(text.slice(e.start, e.end)).toMatch(/^[A-ZÀ-Ý' ]+$/);
  });
});
