// The bundled demo thread: realistic Italian comments on an "INPS per la Famiglia" post,
// at least one per netiquette rule (DESIGN.md), plus clean ones and a hostile-markup one.
// Names, numbers and addresses are invented; the codice fiscale and IBAN are the well-known test values.

export interface DemoComment {
  author: string;
  slug: string;
  text: string;
  /** Hours before "now" (the demo picks relative labels from it). */
  hoursAgo: number;
  /** Reply to the comment at this index. */
  replyTo?: number;
  /** Written by the Page itself (identity badge "Autore"). */
  byPage?: boolean;
  /** Which rule this comment demonstrates (documentation only; the analyzer decides). */
  shows: string;
}

export const DEMO_PAGE = {
  name: 'INPS per la Famiglia',
  slug: 'INPS.PerLaFamiglia',
  postId: '1000000000000001',
  postText:
    'Assegno Unico e Universale: a partire da questo mese gli importi sono aggiornati in base all’ISEE 2026. Trovate tutte le informazioni sul portale www.inps.it.',
};

export const DEMO_COMMENTS: DemoComment[] = [
  { shows: 'clean', author: 'Chiara Esposito', slug: 'chiara.esposito.77', hoursAgo: 1, text: 'Grazie per le informazioni, molto chiare!' },
  {
    shows: 'personal-case',
    author: 'Marco Colombo',
    slug: 'marco.colombo.12',
    hoursAgo: 2,
    text: 'Non ho ricevuto l’assegno unico di marzo e la mia domanda risulta ancora in istruttoria. Quando mi pagate?',
  },
  {
    shows: 'answering-for-us',
    author: 'Paolo Ferri',
    slug: 'paolo.ferri.3',
    hoursAgo: 1,
    replyTo: 1,
    text: 'Non ti spetta niente se non hai rifatto la DSU, devi andare al patronato e rifare la domanda da capo.',
  },
  {
    shows: 'shouting',
    author: 'Antonella Greco',
    slug: 'antonella.greco.5',
    hoursAgo: 3,
    text: 'HO FATTO DOMANDA PER IL BONUS NIDO A GENNAIO E ANCORA NON MI HANNO RISPOSTO, NESSUNO RISPONDE AL TELEFONO!',
  },
  {
    shows: 'vulgarity',
    author: 'Davide Russo',
    slug: 'davide.russo.90',
    hoursAgo: 4,
    text: 'Sono tre mesi che aspetto, ma che c4zzo aspettate a pagare? Che schifo, porc0 d1o.',
  },
  {
    shows: 'insult',
    author: 'Stefano Gallo',
    slug: 'stefano.gallo.44',
    hoursAgo: 4,
    replyTo: 4,
    text: 'Davide sei proprio un idiota, stai zitto che non capisci niente.',
  },
  {
    shows: 'hate',
    author: 'Roberto Conti',
    slug: 'roberto.conti.8',
    hoursAgo: 5,
    text: 'L’assegno lo danno solo agli stranieri, quei parassiti andrebbero cacciati tutti.',
  },
  {
    shows: 'threat',
    author: 'Luigi Marino',
    slug: 'luigi.marino.21',
    hoursAgo: 6,
    text: 'Se lunedì non vedo i soldi vengo in sede e vi spacco la faccia a tutti, impiegati compresi.',
  },
  {
    shows: 'personal-data',
    author: 'Francesca Romano',
    slug: 'francesca.romano.6',
    hoursAgo: 7,
    text: 'Vi scrivo qui perché al telefono non rispondete: il mio codice fiscale è RSSMRA85T10A562S e l’IBAN IT60X0542811101000000123456, cellulare 347 123 4567. Controllate voi?',
  },
  {
    shows: 'phishing',
    author: 'Assistenza Bonus INPS',
    slug: 'assistenza.bonus.inps.2026',
    hoursAgo: 7,
    text: 'Ciao a tutti, per sbloccare il bonus scrivetemi in privato con il PIN e le credenziali SPID, oppure andate su inps-bonus-famiglia.com',
  },
  {
    shows: 'advertising',
    author: 'Giada Fontana',
    slug: 'giada.fontana.1',
    hoursAgo: 8,
    text: 'Guadagna 500€ a settimana da casa! 💰💰 Scrivimi su WhatsApp al 333 987 6543 o visita www.soldi-facili-subito.biz',
  },
  {
    shows: 'repeated-question (first)',
    author: 'Elena Moretti',
    slug: 'elena.moretti.31',
    hoursAgo: 9,
    text: 'Quando arriva il pagamento dell’assegno unico di aprile?',
  },
  {
    shows: 'repeated-question',
    author: 'Elena Moretti',
    slug: 'elena.moretti.31',
    hoursAgo: 8,
    text: 'Quando arriva il pagamento dell’assegno unico di aprile??',
  },
  {
    shows: 'off-topic',
    author: 'Giorgio Barbieri',
    slug: 'giorgio.barbieri.64',
    hoursAgo: 10,
    text: 'Scusate, quando arriva l’aumento della pensione di vecchiaia? Mio padre aspetta da gennaio.',
  },
  {
    shows: 'crisis',
    author: 'Silvia Caruso',
    slug: 'silvia.caruso.9',
    hoursAgo: 11,
    text: 'Non ce la faccio più. Ho perso il lavoro, senza l’assegno non so come dare da mangiare ai miei figli e ormai penso solo a farla finita.',
  },
  {
    shows: 'clean (criticism of the institution is welcome)',
    author: 'Valentina Rinaldi',
    slug: 'valentina.rinaldi.15',
    hoursAgo: 12,
    text: 'Il servizio è stato pessimo: tre settimane per avere una risposta. Spero migliori, perché così non va.',
  },
  {
    shows: 'hostile markup (must render as text)',
    author: 'Test Sicurezza',
    slug: 'test.sicurezza.0',
    hoursAgo: 13,
    text: '<img src=x onerror="alert(1)"><script>alert("xss")</script> Ma il bonus mamme quando arriva?',
  },
  {
    shows: 'out-of-hours (time chosen by the demo outside 9–16 Mon–Fri)',
    author: 'Anna De Luca',
    slug: 'anna.deluca.27',
    hoursAgo: -1,
    text: 'Buonasera, per il congedo parentale del papà serve una domanda a parte?',
  },
  {
    shows: 'reply by the Page',
    author: 'INPS per la Famiglia',
    slug: 'INPS.PerLaFamiglia',
    hoursAgo: 0.5,
    replyTo: 17,
    byPage: true,
    text: 'Gentile Anna, sì: trova tutte le informazioni sul congedo parentale su www.inps.it. Per il suo caso può chiamare il Contact Center al 803 164 (gratuito da rete fissa) o 06 164 164 da cellulare.',
  },
];
