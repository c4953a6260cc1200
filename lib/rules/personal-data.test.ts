import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import rule, { findPersonalData } from './personal-data';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer();
const run = (text: string) => analyzer.analyze({ id: 't', text }).findings.filter((f) => f.rule === 'personal-data');
const kinds = (text: string) => findPersonalData(text).map((h) => `${h.kind}:${text.slice(h.start, h.end)}`);

describe('personal-data: what is found', () => {
  test.each([
    ['il mio codice fiscale è RSSMRA85T10A562S', 'codice-fiscale:RSSMRA85T10A562S'],
    ['cf rssmra85t10a562s grazie', 'codice-fiscale:rssmra85t10a562s'],
    ['omocodia: RSSMRA85T10A56NH', 'codice-fiscale:RSSMRA85T10A56NH'],
    ['omocodia piena RSSMRAURTMLARNNG', 'codice-fiscale:RSSMRAURTMLARNNG'],
    ['accreditate su IT60X0542811101000000123456 per favore', 'iban:IT60X0542811101000000123456'],
    ['iban IT60 X054 2811 1010 0000 0123 456', 'iban:IT60 X054 2811 1010 0000 0123 456'],
    ['my account GB82WEST12345698765432', 'iban:GB82WEST12345698765432'],
    ['IBAN: IT 60 X 05428 11101 000000123456', 'iban:IT 60 X 05428 11101 000000123456'],
    ['mio marito ha avuto un ictus', 'health:ictus'],
    ['mi hanno diagnosticato la SLA', 'health:SLA'],
    ['(+39) 333 123 4567 dopo pranzo', 'phone:333 123 4567'],
    ['pratica n° 12345678', 'protocol:12345678'],
    ['P.zza Duomo 1, Milano', 'address:P.zza Duomo 1'],
    ['conto tedesco DE89 3704 0044 0532 0130 00', 'iban:DE89 3704 0044 0532 0130 00'],
    ['chiamatemi al 3331234567', 'phone:3331234567'],
    ['cell. 333 123 4567 dopo le 18', 'phone:333 123 4567'],
    ['numero +39 347.123.4567', 'phone:+39 347.123.4567'],
    ['fisso 06 1234567', 'phone:06 1234567'],
    ['telefono 0039 328-1234567', 'phone:0039 328-1234567'],
    ['scrivetemi a mario.rossi85@gmail.com', 'email:mario.rossi85@gmail.com'],
    ['abito in via Roma 12, Milano', 'address:via Roma 12'],
    ['residente in Piazza Garibaldi n. 3', 'address:Piazza Garibaldi n. 3'],
    ['spedite a corso Vittorio Emanuele 105/b', 'address:corso Vittorio Emanuele 105/b'],
    ['via dei Mille 5', 'address:via dei Mille 5'],
    ['carta d\'identità CA12345AB', 'document:CA12345AB'],
    ['passaporto n. YA1234567 scaduto', 'document:YA1234567'],
    ['patente U1A123456B', 'document:U1A123456B'],
    ['protocollo n. INPS.4780.12/03/2024.0012345', 'protocol:INPS.4780.12/03/2024.0012345'],
    ['la mia domanda n. 1234567890 è ferma', 'protocol:1234567890'],
    ['numero di protocollo: 2024-0987654', 'protocol:2024-0987654'],
    ['sono invalido al 75% e non lavoro', 'health:invalido al 75%'],
    ['ho la sclerosi multipla da dieci anni', 'health:sclerosi multipla'],
    ['mio figlio è autistico, spetta la maggiorazione?', 'health:autistico'],
    ['faccio la chemioterapia ogni settimana', 'health:chemioterapia'],
    ['mia madre ha l\'Alzheimer', 'health:Alzheimer'],
    ['ho la 104 e un tumore, quando arriva la pensione?', 'health:tumore'], // "e" is "and", not "è"
    ['Mia madre è una malata oncologica', 'health:malata oncologica'], // literal, no figure of speech
    ['La mia password dello SPID è Ciao1234', 'credential:Ciao1234'],
    ['Il codice OTP che mi è arrivato è 482913', 'credential:482913'],
    ['Ecco il mio PIN: 12345678', 'credential:12345678'],
    ['Il PIN dispositivo: AbcDef', 'credential:AbcDef'],
    ['la password è: Ciao1234!', 'credential:Ciao1234'],
    ['cf RSS MRA 85T10 A562S non trovo la domanda', 'codice-fiscale:RSS MRA 85T10 A562S'],
    ["Abito in via Roma 45 a Bari e non mi arriva l'assegno", 'address:via Roma 45'], // not "via Roma 45 a"
    ["Sono andata all'INPS, il mio indirizzo è via Garibaldi 12", 'address:via Garibaldi 12'],
    ['Sono Maria Rossi nata a Napoli il 10/12/1985, pratica bonus nido ferma', 'birth:nata a Napoli il 10/12/1985'],
    ["nato ad Aversa l'8 marzo 1990, quando arriva la NASpI?", "birth:nato ad Aversa l'8 marzo 1990"],
  ])('%j', (text, want) => {
    expect(kinds(text)).toContain(want);
    const f = run(text);
    expect(f).toHaveLength(1);
    expect(f[0].evidence.length).toBeGreaterThan(0);
  });

  test('codice fiscale / IBAN with a wrong check are not flagged', () => {
    expect(kinds('RSSMRA85T10A562T')).toEqual([]);
    expect(kinds('GB82WEST12345698765433')).toEqual([]);
  });

  test('severity: high for codice fiscale, IBAN, documents, credentials; medium otherwise', () => {
    expect(run('RSSMRA85T10A562S')[0].severity).toBe('high');
    expect(run('La password è Ciao1234')[0].severity).toBe('high');
    expect(run('chiamami 3331234567')[0].severity).toBe('medium');
  });
});

// Texts right at the edge of the shortcuts in front of the patterns (a shape scan, word gates, digit
// counts): each must still be found.
describe('personal-data: at the edge of the shortcuts', () => {
  test.each([
    // a spaced codice fiscale without a digit of its own, in a text with one digit
    ['ho 2 codici: RSS MRA URTML ARNNG', ['codice-fiscale:RSS MRA URTML ARNNG']],
    // compact ones come first, then spaced ones, wherever they are in the text
    ['RSS MRA 85T10 A562S e RSSMRA85T10A562S', ['codice-fiscale:RSSMRA85T10A562S', 'codice-fiscale:RSS MRA 85T10 A562S']],
    // an IBAN (of no listed country) with its two check digits only
    ['conto XX86ABCDEFGHIJK', ['iban:XX86ABCDEFGHIJK']],
    // an identity card number with no document named, five digits in the text
    ['ecco AB12345CD', ['document:AB12345CD']],
    // "c. i." names the document by the word "c"
    ['la c.i. 12345678 è scaduta', ['document:12345678']],
    ['prot. 1234567', ['protocol:1234567']],
    ['ricevuta 20240001234', ['protocol:20240001234']],
    ['istanza n. 98765432', ['protocol:98765432']],
    // an INPS protocol with exactly eight digits, the text's only ones
    ['vedi INPS.123.1/2/3.45', ['protocol:INPS.123.1/2/3.45']],
  ])('%j', (text, want) => {
    expect(kinds(text)).toEqual(want);
  });
});

describe('personal-data: hard negatives', () => {
  test.each([
    'Chiamate il Contact Center 803 164 da fisso o 06 164 164 da cellulare',
    'numero verde 803164 oppure 06164164',
    'tutte le info su https://www.inps.it/it/it/dettaglio-scheda.schede-servizio-strumento.schede-servizi.assegno-unico-e-universale-per-i-figli-a-carico-55984.html',
    'scrivete a servizi.inps.it o urp@inps.it',
    'ho inviato la domanda via PEC 3 volte',
    'inviato via mail 2 giorni fa',
    'la pratica è in corso da 3 mesi',
    'la domanda del 12/03/2024 è ancora ferma',
    'ho pagato 3.200.000 lire nel 1998',
    'costa 350 euro',
    'assegno di 189,20 € a marzo',
    'chi ha un\'invalidità al 74% ha diritto al bonus?',
    'le persone con sclerosi multipla possono chiedere la 104?',
    'prevenzione dei tumori: nuove regole',
    'domanda n. 2 della FAQ',
    // health words about groups or as metaphors are not anyone's health data (MHC-style sentences)
    'I disabili sono persone come le altre',
    'Questi disabili mi fanno tenerezza',
    'Quel politico è un cancro per il paese',
    'sono un cancro per la società',
    'Non c\'è niente che mi piaccia meno di un disabile arrogante',
    'ISEE 2024 sotto i 15.000 euro',
    'la legge 104/1992 art. 3 comma 3',
    'Il decreto 230/2021',
    // complaints about credentials are not credentials
    'La mia password è sbagliata',
    'Il PIN è scaduto, come lo rinnovo?',
    'password: dimenticata',
    'Non mi arriva il codice OTP da 3 giorni',
    'Mi chiedono la password e il codice OTP è 12 cifre?',
    'Il codice OTP alle 23:45 non arriva',
    'Mi hanno mandato il PIN a novembre 2023',
    'Il PIN e 1500 euro di arretrati',
    'Password: Dimenticata',
    'PIN dispositivo: Richiesto',
    'password: https://www.inps.it/recupero',
    'Ciao, mandami il tuo PIN e il codice OTP su https://lnps.it/accesso', // phishing's, not a credential
    // offices the public goes to: their address and number are public information
    'Il patronato ACLI in via Roma 45 a Bari apre il martedì',
    'la sede INPS di Milano è in via Melchiorre Gioia 22',
    'Il CAF ACLI di Palermo in via Libertà 101 è aperto il sabato',
    'Il numero del patronato INCA è 06 4424 1',
    // a birth date alone is the family page's daily question, no identity
    "Mio figlio è nato il 3 marzo 2024, quando arriva l'assegno unico?",
    'Mia figlia è nata a marzo, quando posso fare domanda per il bonus nido?',
    'I nati nel 1960 vanno in pensione nel 2027?',
  ])('%j', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  test('settings switch kinds off', () => {
    const s = rule.settings.parse({ phone: false });
    expect(rule.detect({ id: 'x', text: 'chiamami 3331234567' }, {} as never, s)).toEqual([]);
  });

  // QA4FAQ (EVALITA 2016, CC BY-NC-SA 3.0 IT): real questions with personal data already removed.
  test('QA4FAQ questions raise no personal-data', () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const lines = readFileSync(join(here, '../../data/eval/dev/qa4faq-questions.jsonl'), 'utf8').split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(1000);
    const flagged = lines
      .map((l) => JSON.parse(l) as { id: string; text: string })
      .filter((q) => run(q.text).length > 0)
      .map((q) => `${q.id}: ${q.text}`);
    expect(flagged).toEqual([]);
  });
});

describe('personal-data: generated identifiers (fast-check)', async () => {
  const fc = (await import('fast-check')).default;
  const { cfCheckChar } = await import('./util/checks');
  const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
  const digit = fc.constantFrom(...'0123456789');
  const omo = fc.constantFrom(...'0123456789LMNPQRSTUV');
  const month = fc.constantFrom(...'ABCDEHLMPRST');
  const cf = fc
    .tuple(fc.array(letter, { minLength: 6, maxLength: 6 }), fc.array(omo, { minLength: 2, maxLength: 2 }), month, fc.array(omo, { minLength: 2, maxLength: 2 }), letter, fc.array(omo, { minLength: 3, maxLength: 3 }))
    .map(([a, b, c, d, e, g]) => {
      const first15 = a.join('') + b.join('') + c + d.join('') + e + g.join('');
      return first15 + cfCheckChar(first15);
    });
  const mod97 = (s: string) => [...s].reduce((r, ch) => (/\d/.test(ch) ? (r * 10 + Number(ch)) % 97 : (r * 100 + ch.charCodeAt(0) - 55) % 97), 0);
  const iban = fc
    .tuple(letter, fc.array(digit, { minLength: 10, maxLength: 10 }), fc.array(fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'), { minLength: 12, maxLength: 12 }))
    .map(([cin, abicab, conto]) => {
      const bban = cin + abicab.join('') + conto.join('');
      const check = 98 - mod97(bban + 'IT00');
      return `IT${String(check).padStart(2, '0')}${bban}`;
    });

  test('any valid codice fiscale inside a sentence is found with exact offsets', () => {
    fc.assert(
      fc.property(cf, fc.constantFrom('il mio CF è ', 'codice: ', '', 'Buongiorno, '), (code, prefix) => {
        const text = `${prefix}${code} grazie`;
        const hit = findPersonalData(text).find((h) => h.kind === 'codice-fiscale');
        expect(hit && text.slice(hit.start, hit.end)).toBe(code);
      }),
      { numRuns: 300 },
    );
  });

  test('a codice fiscale with one wrong check letter is not one', () => {
    fc.assert(
      fc.property(cf, (code) => {
        const wrong = code.slice(0, 15) + (code[15] === 'A' ? 'B' : 'A');
        expect(findPersonalData(`cf ${wrong}`).filter((h) => h.kind === 'codice-fiscale')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  test('any valid Italian IBAN, compact or in groups of four, is found whole', () => {
    fc.assert(
      fc.property(iban, fc.boolean(), (code, grouped) => {
        const shown = grouped ? code.replace(/(.{4})/g, '$1 ').trim() : code;
        const text = `accredito su ${shown} per favore`;
        const hit = findPersonalData(text).find((h) => h.kind === 'iban');
        expect(hit && text.slice(hit.start, hit.end)).toBe(shown);
      }),
      { numRuns: 300 },
    );
  });

  test('text without digits, @ or health words has no personal data', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('buongiorno', 'quando', 'arriva', "l'assegno", 'unico', 'di', 'marzo', 'via', 'piazza', 'grazie', 'domanda', 'protocollo', 'Roma', 'corso', 'numero'), { maxLength: 30 }), (words) => {
        expect(findPersonalData(words.join(' '))).toEqual([]);
      }),
    );
  });
});
