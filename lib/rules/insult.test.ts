import { describe, expect, test } from 'vitest';
import insult, { _anchoring } from './insult';
import { scanAbuse } from '../lexicons/scan';
import { AMBIGUOUS_INSULTS, FIGURATIVE_NOUNS_PL, FIGURATIVE_NOUNS_SG, PEJORATIVE_PERSON_NOUNS, PERSON_NOUNS, STRONG_INSULTS } from '../lexicons/curated';
import { defaultProfile } from '../analyzer';
import type { RuleContext } from './rule';

const ctx: RuleContext = { profile: defaultProfile(), now: new Date('2026-11-22T10:00:00+01:00'), thread: [], topics: [], lang: 'it' };
const run = (text: string, settings = {}) => insult.detect({ id: 't', text }, ctx, insult.settings.parse(settings));

// Policy: "offese personali e diffamazione" are not accepted; criticism of the institute and complaints are welcome.
describe('insult: aimed at a person', () => {
  test.each([
    'Sei un idiota',
    'Ma sta zitto',
    'Mio marito è un idiota',
    'Assomigli a una vacca',
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
    // plain insults at a person, with fillers and nouns of contempt
    'Sei un completo stronzo',
    'Sei semplicemente patetico.',
    'Tu sei feccia.',
    'Siete spazzatura umana.',
    'Siete persone disoneste.',
    'Non provo altro che sdegno per te.',
    'Non vali niente',
    'La tua vita non vale assolutamente nulla.',
    'Potete andare tutti a farvi fottere.',
    'Ecco il cretino di turno',
    'Buffone di un ministro',
    'Signora ma lei è scema? Ha letto il post?',
    'Cretina, leggi il post',
    "@Lucia Bianchi cretina, la NASpI non c'entra niente",
    "Quell'idiota di un impiegato mi ha chiuso il telefono",
    'Sei un analfabeta',
    'Imbecilli che non siete altro',
    '@mario sei un troll',
    'Sei una nullità',
    'Che persona squallida',
    'Che schifo di persona',
    'Sei una vergogna, stronzo',
    'Gente come te dovrebbe sparire',
    'Tu sei la rovina di questo paese',
    'Gli operatori sono dei fannulloni',
    'Siamo un popolo di pecore',
    'Sei un cretino patentato',
    'Gli operatori sono dei buoni a nulla',
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
    'Non provo odio per nessuno',
    'Provo un grande schifo per la burocrazia',
    'Questo modulo non vale niente senza la firma',
    'Ho scritto al ministro di un governo precedente',
    'i dipendenti pubblici non sono tutti fannulloni, io lavoro in sede',
    'Idiota io, che ho pagato subito',
    "@Lucia Bianchi grazie, la NASpI non c'entra niente",
    'Devo andare a cagare',
    'Oggi la farmacia di turno è chiusa',
    'Il medico di turno mi ha visitato subito',
    'Cerco un contratto completo e chiaro',
    'Che vergogna!',
    'Siete una vergogna, aspetto da sei mesi',
    'Mia nonna è analfabeta, come fa la domanda?',
    'Stiamo morendo di fame con questa pensione',
    'Che schifo di servizio',
    'Un ufficio squallido e freddo',
    'Siamo un popolo di santi e navigatori',
    'Sei una vergogna INPS, rispondete!',
    'INPS sei una vergogna',
    'Sono un buono a nulla, ho sbagliato tutto',
    'La dottoressa Vacca mi ha aiutato moltissimo',
    'Il dottor Somaro dice che devo aspettare',
    'Non ho ricevuto nulla, buona giornata',
    "L'INPS sta zitto mentre noi moriamo di fame",
    'Il governo resta zitto',
    'Mio figlio è un asino a scuola, ha diritto al bonus?',
  ])('no finding: %s', (text) => {
    expect(run(text)).toEqual([]);
  });

  test('ambiguous words can be switched off', () => {
    expect(run('Ormai sei più gallina che donna', { ambiguousWords: false })).toEqual([]);
    expect(run('Vergognati. Vacca!', { ambiguousWords: false })).toEqual([]);
    expect(run('Capra, non hai capito niente', { ambiguousWords: false })).toEqual([]);
    expect(run('Quella vacca non si vergogna', { ambiguousWords: false })).toEqual([]);
    expect(run('sei proprio una vacca', { ambiguousWords: false })).toEqual([]);
    expect(run('Sei un idiota', { ambiguousWords: false })).toHaveLength(1);
  });
});

// Animals and things said of people ("vacca", "balena", "cesso"): insults when the sentence makes them
// a person or a quality; literal uses (animals, food, objects, idioms) stay silent.
describe('insult: figurative nouns', () => {
  test.each([
    // a degree word before the bare noun: a quality
    ['degree', 'Negli ultimi anni è diventata troppo gallina'],
    ['degree', 'Mamma mia quanto sei più oca di tua sorella'],
    ['degree', 'Il nuovo tronista è super cesso'],
    // "fare la X": behaving like one
    ['fare la', 'Con i colleghi fa sempre la civetta'],
    ['fare la', 'Non fare la vipera con tua cognata'],
    ['fare la', 'Smettila di fare la strega'],
    // personification: a human verb or adjective
    ['human verb', 'La vacca non si vergogna di niente'],
    ['human verb', 'Ieri sera la balena parlava solo di sé'],
    ['human adjective', 'La gallina è proprio ignorante'],
    ['human adjective', 'Ma guarda quella scrofa maleducata'],
    ['noun + adjective', 'Il vicino è una capra presuntuosa'],
    ['adjective + noun', 'Quanto la odio quella stupida oca'],
    ['gran', 'Il suo ragazzo è un gran cesso'],
    // comparisons and similes
    ['comparison', 'Con quel vestito sembravi una balena'],
    ['comparison', 'Alla festa pareva na cozza attaccata a lui'],
    ['simile', 'È grassa come una vacca'],
    ['simile', 'Mangi come una scrofa'],
    // plural judgements, appellatives, vocatives after a comma
    ['plural', 'Quelle due sono tutte delle oche'],
    ['appellative', 'Oi cozza, ti sei persa?'],
    ['vocative', 'Ma stai zitta, gallina!'],
    ['vocative', 'Capra, non hai capito niente'],
    ['vocative, plural', 'Vergognatevi, sciacalli!'],
    ['vocative in a reply', '@anna ma cosa dici, asina?'],
    ['bare copula', '@paolo E una vipera'],
    ['typical of', 'Basta con queste moine da gallina'],
    ['coordinated', 'Il buffone e la vipera di turno'],
    ['figlio di', 'Sei un figlio di una cagna'],
    ['fat + noun', 'Stai zitta grassa vacca'],
    ['typical', 'Sei la tipica stronzetta viziata'],
    ['sembra la', 'Con quel trucco sembra la befana'],
    ['bare copula after a name', 'Secondo me Giulia e una vipera'],
    ['definite predicate', 'Marta è la solita gallina'],
    ['exclaimed alone', 'Vergognati. Vacca!'],
    ['compound', 'Sei una lingua di vipera'],
    ['affirmed negation', 'Non sei altro che una vacca'],
    ['cervello di', 'Ha il cervello di una gallina'],
    ['behaving as', 'Ti comporti da vacca'],
    ['worthy of', 'Una risposta degna di una cozza'],
    ['compound', 'Sembri una bambola gonfiabile'],
    ['compound', 'Quella gatta morta della vicina'],
    ['pronoun + bare noun', 'Lui porco e lei scrofa, bella coppia'],
    ['noun + merda', 'Quella vipera merda ha parlato ancora'],
    ['typical of (plural subject)', 'Quelle foto sono tutte da vacca'],
    ['sexual degradation', 'Siete sempre a pecora davanti al capo'],
    ['insult, then copula', 'Stronza sei e stronza rimani'],
    ['insult, then copula', 'Con tutti i soldi che ha, sempre cafona resta!'],
    ['exclamation at the reader', 'Che cesso che sei'],
    ['"sono" + plural is "they are"', 'Quelle due sono proprio stupide'],
    ['a person, dirty', 'La tua amica è lurida'],
    ['admiring word, still said to the reader', 'Sei una cozza simpatica'],
    ['demonstrative in a reply', '@anna Quella vacca!'],
    ['seeming one', 'Hai fatto la figura della scema davanti a tutti'],
    ['seeming one', 'Se continua così passerà per cozza'],
    ['in heat', 'Quella cagna in calore non lo molla un attimo'],
    ['sexual slang', 'Che pompino… ti apro come una vacca'],
    ['sexual slang', 'Guarda questa cavalla, me la voglio scopare'],
    // the reporting verb is far away or has an addressee: the insult is the writer's
    ['reporting far', 'Le sciocchezze che dici in diretta, sei proprio una cozza'],
    ['reporting addressee', 'Vallo a dire a quella vacca di tua sorella'],
    // an animal doing what people do, said after the verb too
    ['human act, perfect', 'La cozza ha parlato di nuovo'],
    ['human act, progressive', 'Sta parlando la civetta, silenzio'],
    ['subject after the verb', 'Lo ha detto la vacca di turno'],
    ['subject after the verb', 'Come dice la strega.'],
    ['political label', 'Zecca comunista, vergognati'],
    ['political label', 'Quella fogna fascista in parlamento'],
    ['a true one', 'Quella è una vera cozza'],
    ['sexual slang', 'Una bella maiala in tutto il suo splendore'],
    ['simile about looks', 'Si è conciata come una strega'],
    ['simile about looks', 'Sei ingrassata come una balena'],
    ['pointing, not a noun', 'Quella lì è una cozza'],
    ['member of a party', 'Ha risposto la gallina dei cinquestelle'],
    ['member of an assembly', 'Le vipere del parlamento non mollano'],
    ['mocking a face', 'Fa sempre la bocca a culo di gallina'],
  ])('%s: %s', (_why, text) => {
    expect(run(text)).toHaveLength(1);
  });

  test.each([
    // literal animals, food, objects
    ['animal', 'La mucca non mangia da due giorni, chiamo il veterinario'],
    ['animal', 'Abbiamo visto una balena e tre delfini al largo'],
    ['animal', 'Nella stalla ci sono solo vacche da latte'],
    ['food', 'Metti più cozze nella pasta'],
    ['food', 'La panna acida va aggiunta alla fine'],
    ['object', 'Il cesso del bar era sporco'],
    ['object', 'Ho buttato il telefono nel cesso'],
    ['adjective', 'La seta non è lana grezza'],
    ['adjective', 'Meglio la vecchia, lurida trattoria di una volta'],
    // idioms
    ['idiom', 'Mi viene la pelle d’oca'],
    ['idiom', 'Porca di quella vacca, ho perso il treno'],
    ['idiom', 'Mi è venuto il colpo della strega sul divano'],
    ['idiom', 'Abita in culo alla balena'],
    // costumes, titles, words under discussion
    ['costume', 'A carnevale mia figlia fa la strega'],
    ['title', 'Stasera in tv fanno "La Cortigiana"'],
    ['slash', 'Nessuno è lei/lui una/un cavalla/o per legge'],
    // negated, reported, self-directed
    ['negated', 'Non fa la civetta con nessuno'],
    ['negated', 'Lei non è per niente una vipera'],
    ['reported', 'Mi ha detto che sono una balena'],
    ['self', 'Sono di nuovo una balena dopo le feste'],
    ['comparison of things', 'La nave era grossa come una balena'],
    ['coordination', 'Gatto e una gallina diventano amici'],
    ['coordination', 'Lei e la sua cagna passeggiano ogni sera'],
    ['identity', 'Lei è zingara e ne va fiera'],
    ['toy', 'Sei una bambola, amore mio'],
    ['answer', 'Che cosa hai visto in mare? Balena!'],
    ['elided article in a reply', "@marco è come lavare la testa all'asina!"],
    ['address that describes a noun', 'Cara vecchia Italia, come sei cambiata'],
    ['friendly address', 'Ciao vecchio, come stai?'],
    ['verb, not address', 'Guarda povera gente in fila da stamattina'],
    ['definite predicate', 'La Carolina è la prima mucca munta stamattina'],
    ['and, not is', 'Ho visto Marta e la solita gallina del vicino'],
    ['no reader', 'Il governo si è messo a pecora in Europa'],
    ['going to', 'Domani vado dalla zingara a farmi leggere la mano'],
    ['reported', 'Per dire che sei una strega ci vuole coraggio'],
    ['reported object', 'Ti ha chiamato vacca davanti a tutti?'],
    ['animal talks in a cartoon verse', 'Nella fiaba ha parlato la mucca al contadino'],
    ['animal doing animal things', 'La gallina ha fatto tre uova'],
    ['a true animal', 'Nel recinto c\'è una vera mucca da latte'],
    ['pig, said of a pig', 'Nella porcilaia c\'è una maiala con i suoi cuccioli'],
    ['a thing of an assembly', 'Il cesso del parlamento è rotto da mesi'],
    ['reported clause', 'Scrivere che le ragazze del paese sono tutte delle oche dice molto di te'],
    ['"sono" + singular is "I am"', 'Sono davvero stupida, ho sbagliato il modulo'],
    ['"sono" + singular is "I am"', 'Oggi sono proprio acida, perdonatemi'],
    ['a dirty thing', 'Questa casa è lurida, chi la pulisce?'],
    ['admired animal', 'Che carina questa civetta, l\'ho fotografata nel bosco'],
    ['admired animal', 'Quella mucca tenerissima ci guardava dal prato'],
    ['admired animal in a reply', '@anna Che carina questa civetta!'],
    ['a surname after an initial, in a reply', '@anna Ho letto il libro di V. Balena.'],
    ['exclamation about oneself', 'Che grezza che sono stata ieri sera'],
    ['pity, then copula', "Povera sei, lo so, ma hai diritto all'assegno"],
    ['a thing, then copula', 'Il paese è vecchio e vecchio resta'],
    ['seeming one: oneself', 'Ho fatto la figura della scema allo sportello'],
    ['seeming one: oneself', 'Mi ha fatto fare la figura della cretina'],
    ['passing through', "L'acqua passa per la fogna e poi al depuratore"],
    ['own animal in heat', 'La mia cagna è in calore, posso portarla al parco?'],
    ['farm animal in heat', 'La vacca è in calore, domani viene il veterinario'],
    ['swearing, no sex talk', 'Porca vacca che cazzo di traffico stamattina'],
    ['sex talk far from the animal', 'Ho letto un articolo sul porno e sul sesso online, ne parlano tutti. Poi abbiamo fatto una lunga passeggiata in campagna, bellissima, con gli amici di sempre e i cavalli. Una vacca ci guardava.'],
    // criticism of the institute stays welcome
    ['criticism', "L'INPS è una fogna di burocrazia, vergogna"],
  ])('no finding, %s: %s', (_why, text) => {
    expect(run(text)).toEqual([]);
  });
});

// Describing words ("brutta", "vecchia", "povera", "falsa") describe the noun that follows them:
// everyday complaints must not read as insults.
describe('insult: describing words before a noun', () => {
  test.each([
    'Abito in quella vecchia casa da trent’anni',
    'Aiutate questa povera gente',
    'Che brutta giornata, ancora niente pagamento',
    'È una brutta notizia per tutti i pensionati',
    'Quel falso allarme sul sito mi ha spaventato',
    'È un falso problema, basta leggere la circolare',
    'Quanto è brutta sta attesa',
    'Se sei malato devi mandare il certificato',
    'Il direttore ha detto che il sistema è vecchio',
    "Se sei povera hai diritto all'assegno",
    'Anche se sei vecchia puoi fare domanda',
    'Sei pazza? Ho aspettato tre ore anche io',
    'La responsabile della sede è stata gentilissima, povera donna',
    'Mio marito è un ignorante in informatica, come faccio la domanda?',
    'Mia madre è stata dichiarata incapace di intendere e di volere',
  ])('no finding: %s', (text) => {
    expect(run(text)).toEqual([]);
  });

  test.each([
    'Sei proprio una brutta persona',
    'Questa lurida feccia non merita niente',
    'Sei grezza aggressiva e maleducata',
    'Quanto è acida comunque la vicina',
    'Quanto è brutta la Rossi',
  ])('%s', (text) => {
    expect(run(text)).toHaveLength(1);
  });
});

// The patterns are tried only at anchor tokens (speed): they must find what trying every token finds.
describe('insult: anchored matching finds every match', () => {
  const texts = [
    'Sei un idiota', 'siete dei ladri incapaci', '@Mario Rossi coglione!', 'Gli operatori INPS sono degli incapaci',
    "quell'impiegata è una cretina", 'Brutta vacca, stai zitta', 'Ma vaffanculo', 'Ti disprezzo', 'razza di imbecilli',
    'Che cesso che sei', 'Ma che oca. Che strega!', 'Vai a quel paese', 'va a cagare', 'stai zitta cozza',
    'Negli ultimi anni è diventata troppo gallina', 'Con i colleghi fa sempre la solita civetta', 'La vacca non si vergogna di niente',
    'È grassa proprio come una vacca', 'Sei un figlio di una cagna', 'Il buffone e la vipera di turno', 'Lui porco e lei scrofa',
    'Quelle foto sono tutte da vacca', 'ciao bambola gonfiabile', 'Il direttore della sede è un incapace', 'Ciao cozza', 'peggio di una capra', 'quel cretino di tuo cugino',
    // a squeezed word (read as the canon reads it), the same words twice in one comment
    'ti odiooo', '@mario sei un idiota. Sei un idiota e una vacca',
    // patterns tried only when a word they end on follows (its stem, a multi-word insult, a squeezed end)
    'Sei proprio acida', 'la solita cretina di turno', 'siete dei buoni a nulla', 'Cretina schifosa', 'stronza sei e stronza rimani',
    'gente come te dovrebbe essere rinchiusa', 'va a morire ammazzato', 'sei un figlio di puttana', 'che strega, che oca!', 'la solita cozza di turnooo',
    'Idiota, cretino', 'figlio di puttana e cretino', 'le zecche del m5s', 'la gallina dei 5 stelle',
    // a pattern tried only when a word it ends on stands within its reach (spaceBounds): the words
    // further off, or on the anchor itself
    'stronza e poi vacca', 'cretina, vacca', 'vacca cretina', 'sei un idiota, non sai niente', 'zitta tu, brutta vacca acida',
  ];
  test.each(texts)('%s', (text) => {
    const c = scanAbuse(text).canon;
    for (const [idx, targets, window] of [
      [_anchoring.MAIN, _anchoring.INSULT_BIT, 10],
      [_anchoring.FIGS, _anchoring.FIG_BIT, 8],
    ] as const) {
      const got = new Set(_anchoring.matchAll(c, idx, targets, window).map((m) => `${m.a.i}:${m.from}-${m.to}`));
      for (const a of idx.all) {
        for (let k = 0; k < c.tokens.length; k++) {
          a.sticky.lastIndex = c.pos[k] - 1;
          if (!a.sticky.test(c.text)) continue;
          let e = a.sticky.lastIndex;
          while (c.text[e - 1] === ' ') e--;
          const to = c.pos.findIndex((p, j) => p + c.len[j] >= e) + 1;
          expect(got.has(`${a.i}:${k}-${to}`), `pattern ${a.i} at token ${k}`).toBe(true);
          // the last token within the pattern's reach (spaceBounds)
          if (a.endBit) expect(to - 1 - k, `pattern ${a.i} at token ${k}`).toBeGreaterThanOrEqual(a.endFrom);
          if (a.endBit) expect(to - 1 - k, `pattern ${a.i} at token ${k}`).toBeLessThanOrEqual(a.endTo);
        }
      }
    }
  });
});

// Words are read through a trie of the rule's words' first letters: a word it leaves out must have no info.
describe('insult: word infos', () => {
  test('the trie reads every word as infoOf does', () => {
    const words = new Set<string>(['', 'e', 'che', 'sei', 'tu', 'l', "l'", 'm5s', 'caffè', 'you', 'idiots', 'ciaooo', 'x']);
    for (const set of [STRONG_INSULTS, AMBIGUOUS_INSULTS, FIGURATIVE_NOUNS_SG, FIGURATIVE_NOUNS_PL, PEJORATIVE_PERSON_NOUNS, PERSON_NOUNS]) for (const w of set) words.add(w);
    for (const a of [..._anchoring.MAIN.all, ..._anchoring.FIGS.all]) for (const w of a.re.source.match(/[a-z0-9']+/g) ?? []) words.add(w);
    for (const w of [...words]) {
      for (let n = 1; n < 7; n++) words.add(w.slice(0, n));
      for (const tail of ['a', 'i', 'zz', '1', 'à']) words.add(w + tail);
    }
    for (const w of words) expect(_anchoring.wordInfo(w), w).toEqual(_anchoring.infoOf(w));
  });
});

// Literal worlds: animals on the farm or at sea, food, toilets, taste; things judged are not people.
describe('insult: literal context and things as subjects', () => {
  test.each([
    'Quella mucca fa tanto latte',
    'Quella gallina non fa più uova da settimane',
    'La limonata è troppo acida',
    'Il bagno della stazione era una fogna',
    'Questo film è un cesso',
    'Sto telefono è un cesso, si blocca sempre',
    'Che bestia di camion',
    'Sta vacca non vuole entrare nella stalla',
  ])('no finding: %s', (text) => {
    expect(run(text)).toEqual([]);
  });

  test.each([
    'La tua amica è una vacca',
    'La Bianchi è una vacca',
    'La protagonista è una civetta',
    'Che cesso di donna',
    'Quella vacca di tua madre',
    'Quella cozza è sempre in coda allo sportello',
    'Ti sei intasata il cervello, cozza',
  ])('%s', (text) => {
    expect(run(text)).toHaveLength(1);
  });
});

// The English pattern runs only when a token may hold its cue ("you…", "ur", "u"; a squeezed word as the canon reads it).
describe('insult: English', () => {
  const en = (text: string) => insult.detect({ id: 't', text }, { ...ctx, lang: 'en' }, insult.settings.parse({}));
  test.each(['you idiot', 'You are a moron', 'ur a clown', 'u r an idiot', 'youre such a loser', 'Yooouuu idiot'])('%s', (text) => {
    expect(en(text)).toHaveLength(1);
  });
  test.each(['your idiot friend is here', 'the idiot next door'])('no finding: %s', (text) => {
    expect(en(text)).toEqual([]);
  });
});

// A reply's vocative is looked for only in a sentence with an insult word, and the name after a mention
// only while one follows: the same findings either way.
describe('insult: vocatives in a reply', () => {
  test.each(['@Lucia Bianchi cretina, leggi il post', '@mario Cretina!', '@mario @anna vacca!', '@Lucia Bianchi @anna cretina!'])('%s', (text) => {
    expect(run(text)).toHaveLength(1);
  });
  test.each(['@Lucia Bianchi grazie della risposta', '@mario Vacca ha risposto'])('no finding: %s', (text) => {
    expect(run(text)).toEqual([]);
  });
});
