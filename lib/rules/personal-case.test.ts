import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { _strong } from './personal-case';
import { fold } from './util/fold';
import { spansOf } from './util/match';
import { passes } from './util/words';
import type { Span } from '../types';
import { hostileCorpus } from '../../tests/hostile/corpus';

const analyzer = createAnalyzer();
const run = (text: string) => analyzer.analyze({ id: 't', text }).findings.filter((f) => f.rule === 'personal-case');

describe('personal-case', () => {
  // Italian phrasings modelled on real citizen questions (QA4FAQ, EVALITA 2016) and on the policy's examples.
  test.each([
    ['Non ho ricevuto l\'assegno di marzo', 'Non ho ricevuto l\'assegno'],
    ['Buongiorno, la mia domanda è ancora in istruttoria da gennaio', 'la mia domanda'],
    ['Quando mi pagano la NASpI?', 'Quando mi pagano'],
    ['Mio figlio ha 19 anni, la mia pratica dell\'assegno unico è ferma', 'la mia pratica'],
    ['Non mi è ancora arrivato il bonus nido', 'Non mi è ancora arrivato il bonus'],
    ['Mi hanno sospeso l\'ADI senza motivo', 'Mi hanno sospeso'],
    ['Ho fatto domanda a febbraio ma non ho avuto nessuna risposta', 'Ho fatto domanda'],
    ['a me non è arrivato niente', 'a me non è arrivato'],
    ['fattura mai recapitata, la mia bolletta?', 'la mia bolletta'],
    ['Il mio ISEE risulta scaduto e l\'assegno è sospeso', 'Il mio ISEE'],
    ['Ho tre figli e lavoro part time, mi spetta l\'assegno unico?', 'mi spetta'],
    ['I haven\'t received my payment for March', 'I haven\'t received'],
    ['Mi è stata respinta la domanda senza spiegazioni', 'Mi è stata respinta'],
    ['Mi hanno accreditato solo 50 euro invece di 200', 'Mi hanno accreditato solo'],
    ['Sto ancora aspettando l\'assegno di gennaio', 'Sto ancora aspettando l\'assegno'],
    ['Sono in attesa del pagamento da tre mesi', 'Sono in attesa del pagamento'],
    ['Ancora non mi hanno pagato', 'non mi hanno pagato'],
    ['Mia moglie non ha ricevuto l\'assegno unico', 'non ha ricevuto l\'assegno'],
    ['Mi è arrivato solo metà dell\'importo, come mai?', 'Mi è arrivato solo metà'],
    ['Mi sono stati accreditati 50 euro in meno', 'accreditati 50 euro in meno'],
    ['Da 3 mesi non vedo un euro', 'non vedo un euro'],
    ['Hanno pagato tutti tranne me', 'Hanno pagato tutti tranne me'],
    ['Hanno pagato tutti tranne mia sorella', 'tranne mia sorella'],
    ['Ho la domanda respinta, cosa posso fare?', 'Ho la domanda respinta'],
    ['Ho la pensione bloccata dopo il trasferimento', 'Ho la pensione bloccata'],
    ['Still waiting for my unemployment benefit', 'waiting for my'],
    ['ma a me quando pagano il congedo parentale di febbraio?', 'a me quando pagano'],
    ["ciao a me hanno sospeso l'assegno, cosa devo fare", 'a me hanno sospeso'],
    ['Ho un ISEE di 8.500 euro e mi danno solo 57 euro', 'mi danno solo'],
    ['sono incinta di 5 mesi, posso fare domanda per il bonus mamme?', 'posso fare domanda per'],
  ])('%j', (text, inside) => {
    const f = run(text);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('info');
    const covered = f[0].evidence.map((e) => text.slice(e.start, e.end)).join(' | ');
    expect(covered.toLowerCase()).toContain(inside.toLowerCase());
  });

  test.each([
    'Come si fa domanda per l\'assegno unico?',
    'Quali sono i requisiti per il bonus nido 2025?',
    'Quando arriva il pagamento dell\'assegno unico di marzo?',
    'Grazie per le informazioni, molto utili',
    'Non vedo un euro di differenza tra i due moduli',
    'Mi è arrivata la lettera con l\'importo',
    'Hanno pagato tutti i dipendenti a marzo',
    'Ho la domanda pronta, quando apre il bando?',
    'Ho la pensione ferma a 600 euro da 10 anni',
    'Non vedo un euro di aumento, altro che rivalutazione',
    'Still waiting for my wife',
    'Non è arrivata l\'estate e già parlate di bonus vacanze',
    'Quali documenti servono per la NASpI?',
    'Complimenti per il nuovo portale',
    'Il pagamento è previsto per il 20 del mese?',
    'Vergogna, il servizio è pessimo',
    'Aspetto con ansia le novità sul bonus nido!',
    'Quando arriva l\'estate si parte',
    'Il pagamento di marzo è stato anticipato?',
    'Chi non ha ricevuto il pagamento può chiamare il contact center',
    'Posso fare domanda online o devo andare in sede?',
    'Si può fare domanda per il bonus nido anche a settembre?',
  ])('does not flag %j', (text) => {
    expect(run(text)).toEqual([]);
  });

  test('eligibility questions can be switched off', () => {
    const { createAnalyzer: make, defaultProfile } = { createAnalyzer, defaultProfile: () => ({ ...analyzer.profile }) };
    const p = defaultProfile();
    p.rules = { 'personal-case': { eligibility: false } };
    const text = 'Ho tre figli, mi spetta l\'assegno unico?';
    expect(make(p).analyze({ id: 'x', text }).findings.filter((f) => f.rule === 'personal-case')).toEqual([]);
  });

  test('the page\'s own comments are never personal cases', () => {
    const f = analyzer.analyze({ id: 'x', text: 'Non hai ricevuto il pagamento? Verifica la tua domanda su MyINPS', authorIsPage: true });
    expect(f.findings.filter((x) => x.rule === 'personal-case')).toEqual([]);
  });

  // STRONG runs as one regex per gate (util/words), each alternative only where its gate words are: a
  // case that each alternative alone catches, and matches that overlap (the first one hides the rest).
  test.each([
    ['Non horicevuto il bonus', 'Non horicevuto il bonus'], // ("ho" glued to the participle: "non" is the gate)
    ['Dove vedo i miei contributi versati?', 'i miei contributi'],
    ['Mia mia domanda', 'Mia mia domanda'],
    ['sulla mia pratica e il mio isee non so', 'sulla mia pratica | il mio isee'],
    ["Ho ricevuto solo la metà dell'assegno", 'Ho ricevuto solo la metà'],
    ['ci hanno dato solo 20 euro', 'ci hanno dato solo'],
    ['io non ho ancora preso niente', 'io non ho ancora preso'],
    ['noi non abbiamo avuto risposta', 'noi non abbiamo avuto risposta'],
    ['Mi hanno pagato tutti tranne a me', 'hanno pagato tutti tranne a me'],
    ['ho la naspi sospesa', 'ho la naspi sospesa'],
    ['My application was rejected, why?', 'My application'],
    ['When will I get the money?', 'When will I get'],
    // ELIG gated on "spett"/"diritto"/"posso", FAMILY on the relative, "mio"/"mia" and a BENEFIT word
    ['Ne ho diritto anche io al bonus?', 'Ne ho diritto'],
    ['Posso averla anche io la carta acquisti?', 'Posso averla'],
    ["Abbiamo diritto all'assegno unico?", 'Abbiamo diritto'],
    ['Mia figlia prende la pensione di invalidità?', 'Mia figlia prende la pensione'],
    // "non mi è arrivato il bonus" starts inside the first match: not a match of its own
    ['Ho fatto domanda ma non mi è arrivato il bonus', 'Ho fatto domanda ma non'],
    ['Non mi hanno pagato, mi hanno tolto anche il bonus', 'Non mi hanno pagato | mi hanno tolto'],
    ['Aspettiamo ancora il bonus e quando mi pagano?', 'Aspettiamo ancora il bonus | quando mi pagano'],
    ['quando ci arrivano i soldi? a noi hanno respinto la domanda', 'quando ci arrivano | a noi hanno respinto'],
    ['Mi è stato sospeso il bonus, non ho ricevuto nulla, aspetto ancora la naspi', 'Mi è stato sospeso | non ho ricevuto | aspetto ancora la naspi'],
  ])('STRONG by parts: %j', (text, evidence) => {
    const f = run(text);
    expect(f).toHaveLength(1);
    expect(f[0].evidence.map((e) => text.slice(e.start, e.end)).join(' | ')).toBe(evidence);
  });

  test('STRONG by parts finds what STRONG as one regex finds', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    // the dev files, the hostile corpus and the strings of this file
    const texts = ['qa4faq-questions.jsonl', 'pejorativity-dev.jsonl', 'mhc-it-dev.jsonl'].flatMap((file) =>
      readFileSync(`${root}data/eval/dev/${file}`, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text),
    );
    texts.push(...hostileCorpus().map((c) => c.text));
    texts.push(...[...readFileSync(fileURLToPath(import.meta.url), 'utf8').matchAll(/(['"])((?:\\.|(?!\1).){6,400}?)\1/g)].map((m) => m[2]));
    const whole = new RegExp(_strong.source, 'g');
    let found = 0;
    for (const text of texts) {
      const f = fold(text);
      const parts: Span[] = [];
      _strong.spans(passes(f), f, parts);
      expect(parts, text).toEqual(spansOf(whole, f));
      found += parts.length;
    }
    expect(found).toBeGreaterThan(500);
  });
});
