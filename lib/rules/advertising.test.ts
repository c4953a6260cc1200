import { describe, expect, test } from 'vitest';
import { createAnalyzer, defaultProfile } from '../analyzer';
import { EMOJI_UNIT_RE } from './advertising';

const analyzer = createAnalyzer();
const run = (text: string) => analyzer.analyze({ id: 't', text }).findings.filter((f) => f.rule === 'advertising');

describe('advertising', () => {
  test.each([
    ['Guadagna 500 euro al giorno da casa, scrivimi su WhatsApp!', 'high'],
    ['Lavora comodamente da casa, info in privato', 'high'],
    ['Offro prestiti veloci a tutti anche protestati', 'medium'],
    ['Prestiti senza busta paga in 24 ore', 'medium'],
    ['Investi con me in bitcoin, rendimento garantito', 'high'],
    ['Scrivimi su Telegram per il corso di trading online', 'high'],
    ['Visita il mio sito www.offertissime.shop', 'high'],
    ['guardate qui www.bit.ly/xyz e qui www.tinyurl.com/abc', 'medium'],
    ['Vendo passeggino usato, chiamami al 3331234567', 'high'],
    ['Earn money from home, check my profile', 'high'],
    ['Ciao, io sono un consulente, posso aiutarti con la pratica, scrivimi in privato', 'high'],
    ['Contattami su WhatsApp, ti spiego come avere il bonus', 'medium'],
    ['ne parlano su www.ilgiornaledelrisparmio.com', 'low'],
    ['Ho guadagnato 5000 euro con il trading, chiedimi come', 'medium'],
    ['ho guadagnato 2.000€ in una settimana con questa app', 'medium'],
    ['Cessione del quinto per dipendenti pubblici al tasso più basso, chiama ora 3355566778', 'medium'],
    ['Prestiti ai pensionati e dipendenti pubblici senza garanzie, chiamate 3498765432', 'medium'],
    // a phone number with "per informazioni" (the business words' gate holds "info")
    ['Per informazioni 3331234567', 'medium'],
  ])('%j is %s', (text, severity) => {
    const f = run(text);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe(severity);
    expect(f[0].evidence.length).toBeGreaterThan(0);
  });

  test.each([
    'Quest\'anno ho guadagnato meno, devo rifare l\'ISEE?',
    'Quando riaprono i piccoli prestiti INPS per i dipendenti pubblici?',
    'Lavoro da casa in smart working, ho diritto al congedo parentale?',
    'Ho chiamato il numero verde 803 164 ma non risponde nessuno',
    'Grazie mille 😍😍😍😍😍😍😍😍😍😍',
    'Il link https://www.inps.it/it/it/sostegni-sussidi-indennita.html non si apre',
    'Pago l\'affitto e ho tre figli, mi spetta il bonus?',
    'Scrivetemi in privato per favore',
    'Posso aiutarti io: la domanda si fa dal sito con lo SPID',
    'Vi ho scritto in privato, attendo risposta',
    'la cessione del quinto per i pensionati come funziona?',
    'trovate tutto su www.lavoro.gov.it',
    'Il trading sulle pensioni è vietato?',
    'Ho guadagnato 300 euro con la NASpI',
    "Ho guadagnato 30 mila euro con gli investimenti in titoli di stato, devo dichiararli nell'ISEE?",
    'Ho guadagnato 5000 euro con il trading, devo metterli nel 730?',
    'Il mio prestito per dipendenti pubblici è stato rifiutato senza motivo',
    'Leggete qui https://www.gazzettaufficiale.it/eli/id/2024/12/30/24G00229/sg',
    'Il testo è su normattiva.it',
    // a look-alike of inps.it is phishing's finding (a warning here), not an advert as well
    'Attenzione! Mi è arrivato un SMS da inps-rimborsi.com, è una truffa, non cliccate',
    'è una truffa quella di chi dice scrivimi in privato che ti sblocco il bonus, segnalate',
  ])('does not flag %j', (text) => {
    expect(run(text)).toEqual([]);
  });

  test('domains allowed by the page are not advertising', () => {
    const text = 'leggete qui https://www.agenziaentrate.gov.it e https://www.noipa.mef.gov.it';
    expect(run(text)).toEqual([]);
    const t2 = 'info su https://www.esempio-partner.it/pagina';
    expect(run(t2)).toHaveLength(1);
    const p = defaultProfile();
    p.allowedDomains = ['esempio-partner.it'];
    expect(createAnalyzer(p).analyze({ id: 'x', text: t2 }).findings.filter((f) => f.rule === 'advertising')).toEqual([]);
  });

  // emoji walls are counted only when the text has as many of these code units (see EMOJI_UNIT_RE)
  test('every emoji holds a code unit of EMOJI_UNIT_RE', () => {
    const emoji = /\p{Extended_Pictographic}/u;
    const unit = new RegExp(EMOJI_UNIT_RE.source);
    const missed: string[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      const ch = String.fromCodePoint(c);
      if (emoji.test(ch) && !unit.test(ch)) missed.push(c.toString(16));
    }
    expect(missed).toEqual([]);
  });

  test.each([
    ['Visita il mio sito www.offertissime.shop 😀😀😀😀😀😀😀😀', '8 emoji'],
    ['Visita il mio sito www.offertissime.shop ©®‼⁉™ℹ↔⌚', '8 emoji'], // BMP pictographs, one code unit each
    ['Visita il mio sito www.offertissime.shop 😀😀😀😀😀😀😀', undefined],
    ['Visita il mio sito www.offertissime.shop èàùìòé😀😀😀😀😀😀😀', undefined], // accents are no emoji
  ])('%j: emoji signal %s', (text, want) => {
    expect(run(text)[0].reason.split('; ').find((r) => r.endsWith(' emoji'))).toBe(want);
  });

  test('evidence is plain spans (the CLI contract: start and end only, no link host)', () => {
    const [f] = run('info su https://www.esempio-partner.it/pagina e https://altro.example.com');
    expect(f.evidence.length).toBeGreaterThan(0);
    for (const e of f.evidence) expect(Object.keys(e).sort()).toEqual(['end', 'start']);
  });
});
