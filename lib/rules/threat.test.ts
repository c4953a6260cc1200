import { describe, expect, test } from 'vitest';
import threat from './threat';
import { defaultProfile } from '../analyzer';
import type { RuleContext } from './rule';

const ctx: RuleContext = { profile: defaultProfile(), now: new Date('2026-11-22T10:00:00+01:00'), thread: [], topics: [], lang: 'it' };
const run = (text: string, settings = {}) => threat.detect({ id: 't', text }, ctx, threat.settings.parse(settings));

describe('threat: violence against people, staff or offices', () => {
  test.each([
    'vi vengo a trovare e vi ammazzo',
    'ti spacco la faccia appena ti vedo',
    'bisognerebbe bruciare la sede',
    'Prima o poi vengo allo sportello e vi faccio fuori tutti',
    'Voglio uccidere tutti i musulmani',
    'Qualcuno dovrebbe sparare a quegli impiegati',
    'so dove lavori, stai attento',
    'Sparerò al prossimo operatore che mi risponde così',
    'Dovete morire tutti',
    'Voglio ucciderlo',
    'te la faccio pagare, stanne certo',
    'Me la pagherete tutti',
    'Vedrai che la pagherai cara.',
    'Ve la faremo pagare a tutti quanti',
    'Ti farò soffrire.',
    'Ti violenterò oggi.',
    'Te ne farò pentire, ti farò pentire di essere nato',
    'Dovrebbe essere giustiziata.',
    'Quel direttore dovrebbe essere messo al rogo.',
    'Mi piacerebbe vederlo soffrire.',
    // telling people to kill themselves
    'Ammazzatevi tutti',
    'Impiccatevi',
    'Ammazzati!',
    'Vai a impiccarti',
    'Buttatevi dal ponte',
    // veiled threats, arriving armed, wishing illness or death
    'Se vi incontro per strada vi faccio vedere io',
    'Vi faccio vedere io chi sono',
    'Ti aspetto sotto casa',
    'Prima o poi qualcuno vi farà la festa',
    'Vengo lì con la tanica di benzina',
    'Qualcuno dovrebbe darvi fuoco',
    'Ti spezzo le gambe',
    'Vi auguro un cancro',
    'Spero che vi venga un infarto',
    "Non vedo l'ora di vedervi tutti morti",
    'I vecchi dovrebbero morire e lasciare spazio ai giovani',
    'Dovrebbe crepare',
    'Lanciatevi dal ponte',
    'Sparati in testa',
    'Vai a suicidarti',
    'Arrivo con la benzina',
    '@Mario ammazzati',
    'I politici dovrebbero sparire dalla faccia della terra',
    // conditionals, weapons brought to an office, bombs deserved, intimidation
    "Gli darei fuoco a tutti quelli che lavorano all'INPS",
    'Darei fuoco alla sede',
    'Ammazzerei tutti gli impiegati',
    'La prossima volta porto la pistola allo sportello',
    "Meritate una bomba, tutti voi dell'INPS",
    'Ti aspetto fuori dalla sede, vedrai cosa ti succede',
    'Vedrai cosa ti succede!',
    'A morte i politici',
  ])('%s', (text) => {
    const f = run(text);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('high');
  });

  test.each([
    'sto ammazzando il tempo in attesa della risposta',
    'smettetela di sparare cazzate sui pagamenti',
    'ci state ammazzando di tasse',
    'Ho davvero intenzione di uccidere quella zanzara',
    'Non dobbiamo permettere che nessun immigrato venga picchiato',
    'Nessun disabile dovrebbe essere condannato a morte',
    'Minacciare di uccidere qualcuno è un reato',
    'Mi ammazzo dalle risate',
    "Ho bruciato le tappe con la domanda dell'assegno",
    'Il servizio clienti è pessimo, vergogna',
    'Vado a bruciare tutte le carte della pratica',
    'Vi denuncio tutti',
    'La macchina nuova la pagherai cara, con questi prezzi',
    'Quando mi fate pagare la rata del riscatto?',
    'Non te la faccio pagare io la multa, tranquillo',
    'Il film mi ha fatto soffrire',
    'Ti farò sapere domani',
    'Nessuno dovrebbe essere ucciso per le sue idee.',
    'Dicono che dovrebbe essere giustiziato',
    'Non vorrei vederti soffrire',
    'Giordano Bruno fu messo al rogo nel 1600',
    'Un uomo violento non deve avere figli in affido',
    'Avete massacrato le famiglie con questa riforma',
    'Ammazzati di tasse, i pensionati non ce la fanno',
    'Siamo ammazzati dalle tasse',
    'Ammazzatevi di lavoro se volete, io no',
    'Buttatevi nella mischia e fate domanda',
    'Ti ammazzo di complimenti',
    'Vi faremo la festa di compleanno',
    'Ti faccio vedere io come si fa, è semplice',
    'Ti faccio vedere la documentazione',
    'Ti aspetto fuori dal CAF alle 9, così andiamo insieme',
    'Vengo con il modulo compilato',
    'Vi auguro una buona giornata',
    "Mia madre ha un tumore, spero che le venga riconosciuta l'invalidità",
    "Non vedo l'ora di vedervi al lavoro",
    'Nessuno dovrebbe morire di fame',
    'Mia nonna non dovrebbe morire sola in ospedale',
    'Il bonus è sparito, dovrebbe sparire anche la fila',
    'Quindi i pensionati dovrebbero morire di fame?',
    'Questa legge dovrebbe morire in Parlamento',
    'Un malato terminale dovrebbe morire a casa propria',
    'Ti aspetto sotto casa alle 8 per andare insieme al patronato',
    "Vi aspetto fuori, come d'accordo",
    'Te lo faccio vedere io, domani ti mando la foto',
    'Vorrei vederla morta dal ridere',
    'Ammazzati, i pensionati, da questa riforma',
    'Buttatevi da soli alle elezioni',
    'Buttati sotto, è il momento di fare domanda',
    'I nostri soldi buttati dalla finestra',
    'Contributi buttati dal governo',
    // victims, things, jokes
    'Il reddito di libertà per le donne picchiate è fermo da mesi',
    'Le donne uccise dai mariti lasciano figli senza reversibilità',
    'A morte la burocrazia!',
    'Ammazzatevi dal ridere con questa: mi hanno chiesto il certificato di esistenza in vita',
    'ti ammazzo di domande operatore 😅',
    'Darei fuoco a questi moduli',
    'Porto la pistola dal meccanico per farla riparare',
    "Vedrai cosa ti succede se non paghi l'IMU",
  ])('no finding: %s', (text) => {
    expect(run(text)).toEqual([]);
  });

  // English comments (the guess of the language is the analyzer's; here it is given)
  const runEn = (text: string) => threat.detect({ id: 't', text }, { ...ctx, lang: 'en' }, threat.settings.parse({}));
  test.each(["I'll kill you", "I'm gonna find you and kill you", 'You are dead', 'I know where you live', 'Someone should shoot him', 'I hope you die'])('English: %s', (text) => {
    expect(runEn(text)).toHaveLength(1);
  });
  test.each(['I would never hurt you', 'This delay will kill me', 'Where do you live? I can help with the form'])('English, no finding: %s', (text) => {
    expect(runEn(text)).toEqual([]);
  });

  test('death wishes can be switched off', () => {
    expect(run('Dovete morire tutti', { deathWishes: false })).toEqual([]);
  });
});
