// The institute's default pack: the published social media policy and netiquette (seeds 001, 003),
// the tone of voice (seed 002: authoritative not authoritarian, useful, clear, cordial) and portal links
// taken only from portal-links.tsv. Everything here is editable on the options page.
import { RULE_IDS, type RuleId } from '../types';
import { PORTAL_LINKS } from './portal-links';
import { SETTINGS_VERSION, SettingsSchema, type Settings, type Template, type Topic, type PageProfileData, type RuleSettings } from './schema';

// Contact Center wording from the Carta dei servizi (portal-links.tsv, "ricorsi" row) and the English PIN page.
export const CONTACTS_IT =
  'al Contact Center al numero 803 164 (gratuito da rete fissa) oppure 06 164 164 da rete mobile (a pagamento in base al piano tariffario del gestore), a INPS Risponde o alla sede INPS del tuo territorio';
export const CONTACTS_EN =
  'the Contact Center on 803 164 (free from a landline) or +39 06 164 164 from a mobile (charged at your operator’s rate), INPS Risponde or your local INPS office';

const topic = (it: string, en: string, keywords: string[], linkId: keyof typeof PORTAL_LINKS | null): Topic => ({
  label: { it, en },
  keywords,
  linkId,
});

const TOPICS: Record<string, Topic> = {
  'assegno-unico': topic(
    'Assegno Unico',
    'Single child allowance (Assegno Unico)',
    ['assegno unico', 'assegno unico universale', 'auu', 'assegno per i figli', 'assegno figli', 'asegno unico', 'assengo unico', 'assegnounico', 'assegno unico figli', 'maggiorazione assegno unico', 'child benefit', 'universal child allowance', 'single universal allowance'],
    'assegno-unico',
  ),
  'bonus-nido': topic(
    'Bonus Nido',
    'Nursery bonus (Bonus Nido)',
    ['bonus nido', 'bonus asilo nido', 'bonus asilo', 'asilo nido', 'bonus nidi', 'retta del nido', 'rette nido', 'bonusnido', 'supporto presso la propria abitazione'],
    'bonus-nido',
  ),
  'congedo-parentale': topic(
    'Congedo Parentale',
    'Parental leave',
    ['congedo parentale', 'congedi parentali', 'congedo di paternità', 'congedo di paternita', 'congedo paternità', 'congedo obbligatorio del padre', 'maternità facoltativa', 'maternita facoltativa', 'astensione facoltativa', 'congedo parenetale', 'congedo parentele'],
    'congedo-parentale',
  ),
  'bonus-mamme': topic(
    'Bonus Mamme',
    'Working mothers bonus (Bonus Mamme)',
    ['bonus mamme', 'bonus mamma', 'bonus mamme lavoratrici', 'esonero madri', 'esonero contributivo madri', 'decontribuzione madri', 'bonus madri', 'bonus mamme 2026', 'bonus mame'],
    'bonus-mamme',
  ),
  adi: topic(
    'Assegno di Inclusione (ADI)',
    'Inclusion allowance (ADI)',
    ['assegno di inclusione', 'assegno inclusione', 'adi', 'a.d.i.', 'asegno di inclusione', 'carta adi', 'ricarica adi', 'inclusion allowance'],
    'adi',
  ),
  'supporto-formazione-lavoro': topic(
    'Supporto Formazione e Lavoro (SFL)',
    'Training and work support (SFL)',
    ['supporto formazione e lavoro', 'supporto per la formazione e il lavoro', 'sfl', 'supporto formazione lavoro', '350 euro formazione'],
    'sfl',
  ),
  'bandi-di-gara': topic(
    'Bandi',
    'Calls and tenders',
    ['bando', 'bandi', 'bando di gara', 'bandi di gara', 'gara d’appalto', "gara d'appalto", 'bando welfare', 'estate inpsieme', 'borse di studio', 'borsa di studio', 'soggiorni studio', 'vacanze studio', 'home care premium', 'homecare premium', 'master universitari', 'bado', 'bandi inps'],
    'welfare-bandi',
  ),
  graduatorie: topic(
    'Graduatorie',
    'Rankings',
    ['graduatoria', 'graduatorie', 'graduatoria provvisoria', 'graduatoria definitiva', 'scorrimento', 'ammessi', 'vincitori', 'esito del bando', 'gradutoria', 'graduatora'],
    'welfare-bandi',
  ),
  'informazioni-di-servizio': topic(
    'Informazioni di servizio',
    'Service information',
    ['disservizio', 'manutenzione', 'servizio non disponibile', 'sito non funziona', 'il sito non va', 'portale bloccato', 'errore sul sito', 'non riesco ad accedere', 'servizio sospeso', 'app inps non funziona'],
    'myinps',
  ),
  credito: topic(
    'Prestiti e mutui (gestione dipendenti pubblici)',
    'Loans and mortgages (public employees)',
    ['piccolo prestito', 'prestito pluriennale', 'prestiti', 'prestito', 'mutuo ipotecario', 'mutuo', 'mutui', 'cessione del quinto', 'fondo credito', 'gestione unitaria delle prestazioni creditizie'],
    null,
  ),
  pensioni: topic(
    'Pensioni',
    'Pensions',
    ['pensione', 'pensioni', 'cedolino', 'cedolino della pensione', 'pensione anticipata', 'pensione di vecchiaia', 'quota 103', 'opzione donna', 'ape sociale', 'rivalutazione', 'pensone', 'pesione', 'pensionamento', 'pension', 'retirement pension', 'retraite', 'jubilación'],
    'pensioni-domanda',
  ),
  naspi: topic(
    'NASpI',
    'Unemployment benefit (NASpI)',
    ['naspi', 'nas.p.i', 'disoccupazione', 'indennità di disoccupazione', 'indennita di disoccupazione', 'dis-coll', 'discoll', 'naspi anticipata', 'naspy', 'unemployment benefit', 'allocation chômage', 'prestación por desempleo', 'subsidio de desempleo'],
    'naspi',
  ),
  isee: topic(
    'ISEE',
    'ISEE (household means test)',
    ['isee', 'dsu', 'isee precompilato', 'isee corrente', 'dichiarazione sostitutiva unica', 'attestazione isee', 'isee minorenni', 'isse', 'iseee'],
    'isee',
  ),
  'accesso-servizi': topic(
    'Accesso ai servizi online (SPID, CIE, CNS)',
    'Access to online services (SPID, CIE, CNS)',
    ['spid', 'cie', 'cns', 'carta d’identità elettronica', "carta d'identità elettronica", 'credenziali', 'pin inps', 'accedere a myinps', 'myinps', 'delega', 'identità digitale', 'identita digitale'],
    'spid-cie-cns',
  ),
  truffe: topic(
    'Truffe e tentativi di phishing',
    'Scams and phishing',
    ['truffa', 'truffe', 'sms falso', 'sms truffa', 'email falsa', 'mail falsa', 'phishing', 'smishing', 'link sospetto', 'profilo falso', 'finto operatore', 'pagina falsa'],
    'vademecum-antitruffe',
  ),
  'riscatto-laurea': topic(
    'Riscatto della laurea',
    'Buying back university years',
    ['riscatto laurea', 'riscatto della laurea', 'riscatto agevolato', 'riscattare la laurea', 'riscatto anni di studio'],
    null,
  ),
};

type Tpl = Omit<Template, 'kind' | 'pages'> & { kind?: Template['kind']; pages?: string[] };
const tpl = (t: Tpl): Template => ({ kind: 'reply', pages: [], ...t });

// One public reply per rule (it + en), crisis is a note for the moderator only.
const RULE_TEMPLATES: Record<string, Template> = {
  'vulgarity-it': tpl({
    label: { it: 'Promemoria netiquette: linguaggio volgare', en: 'Netiquette reminder: vulgar language' },
    rule: 'vulgarity', lang: 'it', linkId: 'social-media-policy',
    text: 'Ciao {{nome}}, qui accogliamo volentieri anche critiche e segnalazioni, ma ti chiediamo di non usare termini volgari: la netiquette delle nostre pagine non lo consente. Trovi le regole qui: {{link}}. Se vuoi riformulare la tua domanda, siamo qui per aiutarti.',
  }),
  'vulgarity-en': tpl({
    label: { it: 'Promemoria netiquette: linguaggio volgare (EN)', en: 'Netiquette reminder: vulgar language (EN)' },
    rule: 'vulgarity', lang: 'en', linkId: 'social-media-policy',
    text: 'Hi {{nome}}, criticism and reports are always welcome here, but please do not use vulgar language: our netiquette does not allow it. You can read the rules here: {{link}}. If you would like to rephrase your question, we are here to help.',
  }),
  'hate-it': tpl({
    label: { it: 'Commento d’odio o razzista', en: 'Hateful or racist comment' },
    rule: 'hate', lang: 'it', linkId: 'social-media-policy',
    text: 'Ciao {{nome}}, sulle nostre pagine non sono ammessi commenti razzisti, discriminatori o che incitano all’odio verso qualsiasi persona o gruppo: i commenti che non rispettano la netiquette vengono rimossi. Trovi le regole qui: {{link}}',
  }),
  'hate-en': tpl({
    label: { it: 'Commento d’odio o razzista (EN)', en: 'Hateful or racist comment (EN)' },
    rule: 'hate', lang: 'en', linkId: 'social-media-policy',
    text: 'Hi {{nome}}, racist or discriminatory comments and incitement to hatred against any person or group are not allowed on our pages: comments that break our netiquette are removed. You can read the rules here: {{link}}',
  }),
  'threat-it': tpl({
    label: { it: 'Minacce o toni violenti', en: 'Threats or violent tone' },
    rule: 'threat', lang: 'it', linkId: 'social-media-policy',
    text: 'Ciao {{nome}}, comprendiamo che una situazione difficile possa generare rabbia, ma minacce e toni violenti non sono accettati sulle nostre pagine e il commento verrà rimosso. Se hai bisogno di aiuto per una pratica puoi rivolgerti ' + CONTACTS_IT + '. Regole della pagina: {{link}}',
  }),
  'threat-en': tpl({
    label: { it: 'Minacce o toni violenti (EN)', en: 'Threats or violent tone (EN)' },
    rule: 'threat', lang: 'en', linkId: 'social-media-policy',
    text: 'Hi {{nome}}, we understand that a difficult situation can be upsetting, but threats and violent language are not accepted on our pages and the comment will be removed. If you need help with an application, you can contact ' + CONTACTS_EN + '. Page rules: {{link}}',
  }),
  'threat-note-it': tpl({
    label: { it: 'Nota per il moderatore: minaccia', en: 'Moderator note: threat' },
    rule: 'threat', lang: 'it', kind: 'moderator-note',
    text: 'Minaccia rilevata. Prima di nascondere il commento, salva una copia (schermata e link) e segnala subito al responsabile del team secondo la procedura interna; se la minaccia riguarda persone precise o il personale di una sede, la segnalazione ha la precedenza sulla risposta.',
  }),
  'threat-note-en': tpl({
    label: { it: 'Nota per il moderatore: minaccia (EN)', en: 'Moderator note: threat (EN)' },
    rule: 'threat', lang: 'en', kind: 'moderator-note',
    text: 'Threat detected. Before hiding the comment, keep a copy (screenshot and link) and report it at once to the team lead following the internal procedure; when the threat names specific people or the staff of an office, reporting comes before replying.',
  }),
  'insult-it': tpl({
    label: { it: 'Offese personali', en: 'Personal insults' },
    rule: 'insult', lang: 'it', linkId: 'social-media-policy',
    text: 'Ciao {{nome}}, le critiche sono benvenute e ci aiutano a migliorare il servizio, ma ti chiediamo di non rivolgere offese ad altre persone: la nostra netiquette non ammette offese personali e diffamazione. Trovi le regole qui: {{link}}',
  }),
  'insult-en': tpl({
    label: { it: 'Offese personali (EN)', en: 'Personal insults (EN)' },
    rule: 'insult', lang: 'en', linkId: 'social-media-policy',
    text: 'Hi {{nome}}, criticism is welcome and helps us improve our service, but please do not insult other people: our netiquette does not allow personal attacks or defamation. You can read the rules here: {{link}}',
  }),
  'shouting-it': tpl({
    label: { it: 'Testo tutto in maiuscolo', en: 'All caps text' },
    rule: 'shouting', lang: 'it', linkId: 'social-media-policy',
    text: 'Ciao {{nome}}, ti chiediamo gentilmente di non scrivere tutto in maiuscolo: sui social equivale ad alzare la voce e rende il messaggio più difficile da leggere. Siamo comunque qui per aiutarti. Le regole della pagina: {{link}}',
  }),
  'shouting-en': tpl({
    label: { it: 'Testo tutto in maiuscolo (EN)', en: 'All caps text (EN)' },
    rule: 'shouting', lang: 'en', linkId: 'social-media-policy',
    text: 'Hi {{nome}}, please do not write in capital letters only: on social media it reads as shouting and makes the message harder to read. We are here to help anyway. Page rules: {{link}}',
  }),
  'old-post-it': tpl({
    label: { it: 'Commento su un post vecchio', en: 'Comment on an old post' },
    rule: 'old-post', lang: 'it',
    text: 'Ciao {{nome}}, questo post è di qualche tempo fa e le informazioni potrebbero non essere più aggiornate. Le indicazioni in vigore su {{argomento|questo argomento}} sono sempre sul portale INPS: {{link|www.inps.it}}. Per le novità ti invitiamo a seguire i nostri post più recenti.',
  }),
  'old-post-en': tpl({
    label: { it: 'Commento su un post vecchio (EN)', en: 'Comment on an old post (EN)' },
    rule: 'old-post', lang: 'en',
    text: 'Hi {{nome}}, this post is a while old and its information may no longer be up to date. The current information on {{argomento|this subject}} is always on the INPS portal: {{link|www.inps.it}}. Please follow our most recent posts for news.',
  }),
  'repeated-question-it': tpl({
    label: { it: 'Domanda ripetuta', en: 'Repeated question' },
    rule: 'repeated-question', lang: 'it',
    text: 'Ciao {{nome}}, abbiamo già risposto alla tua domanda in questa conversazione: ti invitiamo a leggere la risposta più sopra. Ti chiediamo di non ripetere la stessa domanda: così possiamo rispondere a tutti più rapidamente.',
  }),
  'repeated-question-en': tpl({
    label: { it: 'Domanda ripetuta (EN)', en: 'Repeated question (EN)' },
    rule: 'repeated-question', lang: 'en',
    text: 'Hi {{nome}}, we have already answered your question in this conversation: please see our reply above. Please do not post the same question again: it helps us answer everyone sooner.',
  }),
  'advertising-it': tpl({
    label: { it: 'Pubblicità', en: 'Advertising' },
    rule: 'advertising', lang: 'it', linkId: 'social-media-policy',
    text: 'Ciao {{nome}}, sulle nostre pagine non è consentito pubblicare pubblicità o promuovere prodotti e servizi: come previsto dalla netiquette il commento sarà rimosso. Le regole della pagina: {{link}}',
  }),
  'advertising-en': tpl({
    label: { it: 'Pubblicità (EN)', en: 'Advertising (EN)' },
    rule: 'advertising', lang: 'en', linkId: 'social-media-policy',
    text: 'Hi {{nome}}, advertising and the promotion of products or services are not allowed on our pages: as our netiquette provides, the comment will be removed. Page rules: {{link}}',
  }),
  'phishing-it': tpl({
    label: { it: 'Avviso pubblico: possibile truffa', en: 'Public warning: possible scam' },
    rule: 'phishing', lang: 'it', linkId: 'vademecum-antitruffe',
    text: 'Attenzione: diffidate di profili, messaggi e link non ufficiali. INPS non chiede dati personali, credenziali SPID, codici o coordinate bancarie tramite commenti, messaggi privati, SMS o e-mail, e non chiede pagamenti per “sbloccare” bonus o prestazioni. Le uniche informazioni ufficiali sono su www.inps.it. Come riconoscere le truffe: {{link}}',
  }),
  'phishing-en': tpl({
    label: { it: 'Avviso pubblico: possibile truffa (EN)', en: 'Public warning: possible scam (EN)' },
    rule: 'phishing', lang: 'en', linkId: 'vademecum-antitruffe',
    text: 'Warning: beware of unofficial profiles, messages and links. INPS does not ask for personal data, SPID credentials, codes or bank details through comments, private messages, text messages or e-mails, and never asks for payments to “unlock” a bonus or benefit. Official information is only on www.inps.it. How to spot scams: {{link}}',
  }),
  'answering-for-us-it': tpl({
    label: { it: 'Risposta data da un altro utente', en: 'Answer given by another user' },
    rule: 'answering-for-us', lang: 'it',
    text: 'Grazie {{nome}} per aver voluto aiutare! Per evitare indicazioni incomplete o non aggiornate ti chiediamo di lasciare a noi le risposte: le informazioni ufficiali su {{argomento|servizi e prestazioni}} sono sempre sul portale INPS: {{link|www.inps.it}}',
  }),
  'answering-for-us-en': tpl({
    label: { it: 'Risposta data da un altro utente (EN)', en: 'Answer given by another user (EN)' },
    rule: 'answering-for-us', lang: 'en',
    text: 'Thank you {{nome}} for trying to help! To avoid incomplete or outdated information, please leave the answers to us: official information on {{argomento|services and benefits}} is always on the INPS portal: {{link|www.inps.it}}',
  }),
  'personal-data-it': tpl({
    label: { it: 'Dati personali pubblicati', en: 'Personal data posted' },
    rule: 'personal-data', lang: 'it', linkId: 'social-media-policy',
    text: 'Ciao {{nome}}, per tutelare la tua privacy ti chiediamo di non pubblicare dati personali (codice fiscale, IBAN, numeri di telefono, indirizzi, documenti, numeri di pratica o informazioni sulla salute): i commenti che li contengono vengono rimossi. Per la tua situazione personale puoi rivolgerti ' + CONTACTS_IT + '. Privacy e netiquette: {{link}}',
  }),
  'personal-data-en': tpl({
    label: { it: 'Dati personali pubblicati (EN)', en: 'Personal data posted (EN)' },
    rule: 'personal-data', lang: 'en', linkId: 'social-media-policy',
    text: 'Hi {{nome}}, to protect your privacy please do not post personal data (tax code, IBAN, phone numbers, addresses, documents, application numbers or health information): comments containing them are removed. For your own situation you can contact ' + CONTACTS_EN + '. Privacy and netiquette: {{link}}',
  }),
  'personal-case-it': tpl({
    label: { it: 'Caso personale: reindirizzamento', en: 'Personal case: redirect' },
    rule: 'personal-case', lang: 'it', linkId: 'stato-pratica',
    text: 'Ciao {{nome}}, ci dispiace per il disagio. Sui social diamo informazioni generali su {{argomento|servizi e prestazioni}} ma non possiamo accedere alle singole pratiche. Puoi verificare lo stato della tua domanda con il servizio dedicato: {{link}}. Per la tua situazione personale puoi rivolgerti ' + CONTACTS_IT + '.',
  }),
  'personal-case-en': tpl({
    label: { it: 'Caso personale: reindirizzamento (EN)', en: 'Personal case: redirect (EN)' },
    rule: 'personal-case', lang: 'en', linkId: 'stato-pratica',
    text: 'Hi {{nome}}, we are sorry for the inconvenience. On social media we give general information on {{argomento|services and benefits}} but we cannot access individual files. You can check the status of your application with the dedicated service: {{link}}. For your own situation you can contact ' + CONTACTS_EN + '.',
  }),
  'off-topic-it': tpl({
    label: { it: 'Fuori tema: reindirizzamento al portale', en: 'Off topic: redirect to the portal' },
    rule: 'off-topic', lang: 'it',
    text: 'Ciao {{nome}}, su questa pagina rispondiamo sui temi di cui si occupa. Le informazioni aggiornate su {{argomento|questo argomento}} sono sul portale INPS: {{link|www.inps.it}}. Per la tua situazione personale puoi rivolgerti ' + CONTACTS_IT + '.',
  }),
  'off-topic-en': tpl({
    label: { it: 'Fuori tema: reindirizzamento al portale (EN)', en: 'Off topic: redirect to the portal (EN)' },
    rule: 'off-topic', lang: 'en',
    text: 'Hi {{nome}}, this page answers questions on its own subjects. Up-to-date information on {{argomento|this subject}} is on the INPS portal: {{link|www.inps.it}}. For your own situation you can contact ' + CONTACTS_EN + '.',
  }),
  'out-of-hours-it': tpl({
    label: { it: 'Fuori orario di servizio', en: 'Outside service hours' },
    rule: 'out-of-hours', lang: 'it',
    text: 'Ciao {{nome}}, grazie per il tuo messaggio. Sui social rispondiamo {{orari|dal lunedì al venerdì, dalle 9:00 alle 16:00}}: ti risponderemo nel prossimo orario di servizio. Intanto trovi molte informazioni su www.inps.it.',
  }),
  'out-of-hours-en': tpl({
    label: { it: 'Fuori orario di servizio (EN)', en: 'Outside service hours (EN)' },
    rule: 'out-of-hours', lang: 'en',
    text: 'Hi {{nome}}, thank you for your message. On social media we answer {{orari|Monday to Friday, 9:00 to 16:00}}: we will reply during our next service hours. In the meantime you can find a lot of information on www.inps.it.',
  }),
  'crisis-note-it': tpl({
    label: { it: 'Crisi: escalation (nota per il moderatore)', en: 'Crisis: escalation (moderator note)' },
    rule: 'crisis', lang: 'it', kind: 'moderator-note',
    text: 'Possibile situazione di crisi (autolesionismo, propositi suicidari o grave disagio). NON usare una risposta standard. 1) Avvisa subito il responsabile del team secondo la procedura interna. 2) Non nascondere né cancellare il commento prima di averlo segnalato. 3) Se c’è un pericolo immediato, segnala il contenuto alla piattaforma con lo strumento dedicato a suicidio e autolesionismo. 4) Rispondi di persona, con parole tue ed empatia, invitando la persona a chiamare il 112 in caso di emergenza e a rivolgersi a un servizio di ascolto (ad esempio Telefono Amico Italia).',
  }),
  'crisis-note-en': tpl({
    label: { it: 'Crisi: escalation (nota per il moderatore, EN)', en: 'Crisis: escalation (moderator note, EN)' },
    rule: 'crisis', lang: 'en', kind: 'moderator-note',
    text: 'Possible crisis (self-harm, suicidal thoughts or severe distress). Do NOT use a standard reply. 1) Alert the team lead at once following the internal procedure. 2) Do not hide or delete the comment before reporting it. 3) If there is immediate danger, report the content to the platform with its suicide and self-injury tool. 4) Reply personally, in your own words and with empathy, inviting the person to call 112 in an emergency and to reach a listening service (for example Telefono Amico Italia).',
  }),
};

// One reply per topic (it + en): what it is, where to read about it, who to call for one's own case.
function topicTemplates(id: string, it: string, en: string): Record<string, Template> {
  const t = TOPICS[id];
  return {
    [`${id}-it`]: tpl({
      label: { it: `${t.label.it}: informazioni`, en: `${t.label.en}: information` },
      topic: id, lang: 'it',
      text: `Ciao {{nome}}, ${it} Trovi tutte le informazioni aggiornate sul portale INPS: {{link|www.inps.it}}. Per la tua situazione personale puoi rivolgerti ${CONTACTS_IT}.`,
    }),
    [`${id}-en`]: tpl({
      label: { it: `${t.label.it}: informazioni (EN)`, en: `${t.label.en}: information (EN)` },
      topic: id, lang: 'en',
      text: `Hi {{nome}}, ${en} You can find all the up-to-date information on the INPS portal: {{link|www.inps.it}}. For your own situation you can contact ${CONTACTS_EN}.`,
    }),
  };
}

const TOPIC_TEMPLATES: Record<string, Template> = {
  ...topicTemplates(
    'assegno-unico',
    'requisiti, importi, maggiorazioni e modalità di domanda dell’Assegno Unico e Universale sono descritti nella scheda dedicata del portale.',
    'the requirements, amounts, increases and how to apply for the Assegno Unico e Universale are described on its page of the portal.',
  ),
  ...topicTemplates(
    'bonus-nido',
    'il Bonus Nido aiuta a pagare le rette dell’asilo nido e le forme di supporto presso la propria abitazione: requisiti, importi e documenti da allegare sono nella scheda dedicata.',
    'the Bonus Nido helps pay nursery fees and home support: requirements, amounts and the documents to attach are on its page.',
  ),
  ...topicTemplates(
    'congedo-parentale',
    'durata, indennità e modalità di domanda del congedo parentale sono spiegate nella scheda dedicata del portale.',
    'the length, allowance and application procedure for parental leave are explained on its page of the portal.',
  ),
  ...topicTemplates(
    'bonus-mamme',
    'le regole del Bonus Mamme sono cambiate di recente: requisiti e modalità in vigore sono sempre indicati nella scheda del portale.',
    'the rules of the Bonus Mamme changed recently: the requirements and procedure in force are always on its page of the portal.',
  ),
  ...topicTemplates(
    'adi',
    'requisiti, importi e obblighi dell’Assegno di Inclusione (ADI) sono descritti nella scheda dedicata del portale.',
    'the requirements, amounts and obligations of the Assegno di Inclusione (ADI) are described on its page of the portal.',
  ),
  ...topicTemplates(
    'supporto-formazione-lavoro',
    'requisiti e modalità di domanda del Supporto per la Formazione e il Lavoro (SFL) sono nella scheda dedicata del portale.',
    'the requirements and how to apply for the Supporto per la Formazione e il Lavoro (SFL) are on its page of the portal.',
  ),
  ...topicTemplates(
    'bandi-di-gara',
    'i bandi in corso, con scadenze, requisiti e modalità di partecipazione, sono pubblicati nella sezione Welfare del portale.',
    'open calls, with deadlines, requirements and how to take part, are published in the Welfare section of the portal.',
  ),
  ...topicTemplates(
    'graduatorie',
    'le graduatorie vengono pubblicate sul portale insieme al bando di riferimento: ti consigliamo di consultare la pagina del bando.',
    'rankings are published on the portal together with their call: please check the page of the call.',
  ),
  ...topicTemplates(
    'informazioni-di-servizio',
    'ci scusiamo per il disagio. Gli avvisi su manutenzioni e disponibilità dei servizi online sono pubblicati sul portale; puoi accedere ai servizi da MyINPS.',
    'we apologise for the inconvenience. Notices about maintenance and the availability of online services are published on the portal; you can reach the services from MyINPS.',
  ),
  ...topicTemplates(
    'credito',
    'requisiti e modalità di domanda di piccoli prestiti, prestiti pluriennali e mutui per i dipendenti e pensionati pubblici sono pubblicati sul portale.',
    'the requirements and how to apply for small loans, multi-year loans and mortgages for public employees and pensioners are published on the portal.',
  ),
  ...topicTemplates(
    'pensioni',
    'requisiti e modalità di domanda delle pensioni sono spiegati nella sezione dedicata del portale.',
    'pension requirements and how to apply are explained in the dedicated section of the portal.',
  ),
  ...topicTemplates(
    'naspi',
    'requisiti, durata e modalità di domanda della NASpI sono descritti nella scheda dedicata del portale.',
    'the requirements, length and how to apply for NASpI are described on its page of the portal.',
  ),
  ...topicTemplates(
    'isee',
    'come ottenere l’ISEE, anche precompilato, e come presentare la DSU è spiegato nel portale unico ISEE.',
    'how to obtain the ISEE, including the pre-filled one, and how to submit the DSU is explained on the ISEE portal.',
  ),
  ...topicTemplates(
    'accesso-servizi',
    'ai servizi online si accede con SPID, CIE o CNS; chi non può farlo da solo può delegare una persona di fiducia.',
    'online services are accessed with SPID, CIE or CNS; people who cannot do it on their own can delegate a trusted person.',
  ),
  ...topicTemplates(
    'truffe',
    'grazie per la segnalazione. INPS non chiede dati personali, credenziali o coordinate bancarie tramite social, SMS o e-mail con link: nel vademecum antitruffe trovi come riconoscere i messaggi falsi.',
    'thank you for reporting it. INPS does not ask for personal data, credentials or bank details through social media, text messages or e-mails with links: the anti-fraud guide explains how to spot fake messages.',
  ),
  ...topicTemplates(
    'riscatto-laurea',
    'requisiti, costi e modalità di domanda per il riscatto della laurea sono spiegati sul portale.',
    'the requirements, costs and how to apply to buy back university years are explained on the portal.',
  ),
};

// General replies and the multilingual set for "INPS per i Lavoratori Migranti".
const GENERAL_TEMPLATES: Record<string, Template> = {
  'disservizio-it': tpl({
    label: { it: 'Scuse per un disservizio', en: 'Apology for a disservice' },
    lang: 'it',
    text: 'Ciao {{nome}}, ci scusiamo per il disagio e grazie per la segnalazione, che ci aiuta a migliorare. Sui social non possiamo accedere alle singole pratiche: per verificare la tua situazione puoi rivolgerti ' + CONTACTS_IT + '.',
  }),
  'disservizio-en': tpl({
    label: { it: 'Scuse per un disservizio (EN)', en: 'Apology for a disservice (EN)' },
    lang: 'en',
    text: 'Hi {{nome}}, we apologise for the inconvenience and thank you for reporting it: it helps us improve. On social media we cannot access individual files: to check your situation you can contact ' + CONTACTS_EN + '.',
  }),
  'grazie-it': tpl({
    label: { it: 'Ringraziamento', en: 'Thanks' },
    lang: 'it',
    text: 'Grazie {{nome}} per il tuo messaggio! Continua a seguirci: le informazioni ufficiali e aggiornate sono sempre su www.inps.it.',
  }),
  'grazie-en': tpl({
    label: { it: 'Ringraziamento (EN)', en: 'Thanks (EN)' },
    lang: 'en',
    text: 'Thank you {{nome}} for your message! Keep following us: official, up-to-date information is always on www.inps.it.',
  }),
  'personal-case-fr': tpl({
    label: { it: 'Caso personale (FR)', en: 'Personal case (FR)' },
    rule: 'personal-case', lang: 'fr', linkId: 'stato-pratica',
    text: 'Bonjour {{nome}}, nous sommes désolés pour ce désagrément. Sur les réseaux sociaux, nous donnons des informations générales, mais nous ne pouvons pas consulter les dossiers personnels. Vous pouvez suivre votre demande avec le service dédié : {{link}}. Pour votre situation personnelle, vous pouvez appeler le Contact Center au 803 164 (gratuit depuis un téléphone fixe) ou au +39 06 164 164 depuis un portable (payant selon le tarif de votre opérateur), utiliser INPS Risponde ou vous adresser au bureau INPS de votre région.',
  }),
  'personal-case-es': tpl({
    label: { it: 'Caso personale (ES)', en: 'Personal case (ES)' },
    rule: 'personal-case', lang: 'es', linkId: 'stato-pratica',
    text: 'Hola {{nome}}, lamentamos las molestias. En las redes sociales damos información general, pero no podemos consultar los expedientes personales. Puede consultar el estado de su solicitud con el servicio correspondiente: {{link}}. Para su situación personal puede llamar al Contact Center al 803 164 (gratuito desde un teléfono fijo) o al +39 06 164 164 desde un móvil (con coste según la tarifa de su operador), usar INPS Risponde o acudir a la oficina del INPS de su zona.',
  }),
  'informazioni-fr': tpl({
    label: { it: 'Informazioni sul portale (FR)', en: 'Information on the portal (FR)' },
    lang: 'fr',
    text: 'Bonjour {{nome}}, vous trouverez les informations officielles et à jour sur {{argomento|ce sujet}} sur le portail de l’INPS : {{link|www.inps.it}}. Pour votre situation personnelle, vous pouvez appeler le Contact Center au 803 164 (gratuit depuis un téléphone fixe) ou au +39 06 164 164 depuis un portable.',
  }),
  'informazioni-es': tpl({
    label: { it: 'Informazioni sul portale (ES)', en: 'Information on the portal (ES)' },
    lang: 'es',
    text: 'Hola {{nome}}, encontrará la información oficial y actualizada sobre {{argomento|este tema}} en el portal del INPS: {{link|www.inps.it}}. Para su situación personal puede llamar al Contact Center al 803 164 (gratuito desde un teléfono fijo) o al +39 06 164 164 desde un móvil.',
  }),
  'netiquette-fr': tpl({
    label: { it: 'Promemoria netiquette (FR)', en: 'Netiquette reminder (FR)' },
    rule: 'insult', lang: 'fr', linkId: 'social-media-policy',
    text: 'Bonjour {{nome}}, les critiques sont les bienvenues, mais pour que chacun puisse recevoir une réponse nous vous demandons de respecter la netiquette de nos pages : pas de propos vulgaires ou offensants, pas de publicité, pas de données personnelles. Les règles : {{link}}',
  }),
  'netiquette-es': tpl({
    label: { it: 'Promemoria netiquette (ES)', en: 'Netiquette reminder (ES)' },
    rule: 'insult', lang: 'es', linkId: 'social-media-policy',
    text: 'Hola {{nome}}, las críticas son bienvenidas, pero para que todos puedan recibir una respuesta le pedimos que respete la netiqueta de nuestras páginas: sin lenguaje vulgar u ofensivo, sin publicidad y sin datos personales. Las normas: {{link}}',
  }),
};

/** Topics of every page: access to the online services, scams, and outages of the portal (people report a
 * site that does not work on whatever page they are on: it is never off topic). */
const ALWAYS_TOPICS = ['accesso-servizi', 'truffe', 'informazioni-di-servizio'];

const page = (p: Omit<PageProfileData, 'paused' | 'rules' | 'lexicon'>): PageProfileData => ({
  paused: false,
  rules: {},
  lexicon: { additions: [], allowlist: [] },
  ...p,
});

const PAGES: Record<string, PageProfileData> = {
  'inps-per-la-famiglia': page({
    platform: 'facebook',
    name: 'INPS per la Famiglia',
    description: {
      it: 'Prestazioni a sostegno delle famiglie: Bonus Nido, Assegno Unico, Congedo Parentale, Bonus Mamme, ADI.',
      en: 'Family benefits: Bonus Nido, Assegno Unico, parental leave, Bonus Mamme, ADI.',
    },
    // The slug was seen in an INPS application's footer (facebook.com/INPS.PerLaFamiglia/).
    match: { urlPatterns: ['facebook.com/INPS.PerLaFamiglia'], names: ['INPS per la Famiglia'], ids: [] },
    // ISEE is asked for nearly every family benefit: not off-topic here.
    topics: ['assegno-unico', 'bonus-nido', 'congedo-parentale', 'bonus-mamme', 'adi', 'isee', ...ALWAYS_TOPICS],
    languages: ['it'],
    oldPostDays: 30,
  }),
  'inps-credito-welfare': page({
    platform: 'facebook',
    name: 'INPS - Credito e Welfare dipendenti pubblici',
    description: {
      it: 'Prestazioni per dipendenti e pensionati pubblici: bandi, graduatorie, informazioni di servizio, credito.',
      en: 'Public employees and pensioners: calls, rankings, service information, loans.',
    },
    // No verified URL slug: recognised by its name (add the slug on the options page once checked).
    match: {
      urlPatterns: [],
      names: ['INPS - Credito e Welfare dipendenti pubblici', 'INPS Credito e Welfare dipendenti pubblici', 'INPS Credito e Welfare'],
      ids: [],
    },
    topics: ['bandi-di-gara', 'graduatorie', 'credito', ...ALWAYS_TOPICS],
    languages: ['it'],
    oldPostDays: 30,
  }),
  'inps-social-instagram': page({
    platform: 'instagram',
    name: 'inps_social',
    description: {
      it: 'Account Instagram: prestazioni per le famiglie e servizi per i giovani (commenti e messaggi privati).',
      en: 'Instagram account: family benefits and services for young people (comments and direct messages).',
    },
    // The handle was seen in an INPS application's footer (instagram.com/inps_social/) and in seed 004 ("Inps_social").
    match: { urlPatterns: ['instagram.com/inps_social'], names: ['inps_social'], ids: [] },
    topics: ['assegno-unico', 'bonus-nido', 'congedo-parentale', 'bonus-mamme', 'adi', 'supporto-formazione-lavoro', 'isee', 'riscatto-laurea', ...ALWAYS_TOPICS],
    languages: ['it'],
    oldPostDays: 30,
  }),
  'inps-giovani': page({
    platform: 'facebook',
    name: 'INPS Giovani',
    description: {
      it: 'Pagina per i giovani (citata nei materiali meno recenti): lavoro, formazione, primi contatti con l’INPS.',
      en: 'Page for young people (named in older material): work, training, first steps with INPS.',
    },
    match: { urlPatterns: [], names: ['INPS Giovani'], ids: [] },
    topics: ['supporto-formazione-lavoro', 'naspi', 'isee', 'riscatto-laurea', ...ALWAYS_TOPICS],
    languages: ['it'],
    oldPostDays: 30,
  }),
  'inps-lavoratori-migranti': page({
    platform: 'facebook',
    name: 'INPS per i Lavoratori Migranti',
    description: {
      it: 'Pagina multilingue per lavoratori e pensionati migranti.',
      en: 'Multilingual page for migrant workers and pensioners.',
    },
    match: { urlPatterns: [], names: ['INPS per i Lavoratori Migranti', 'INPS Lavoratori Migranti'], ids: [] },
    topics: ['assegno-unico', 'adi', 'naspi', 'pensioni', 'isee', ...ALWAYS_TOPICS],
    languages: ['it', 'en', 'fr', 'es'],
    oldPostDays: 30,
  }),
};

function defaultRules(): Partial<Record<RuleId, RuleSettings>> {
  const rules: Partial<Record<RuleId, RuleSettings>> = {};
  for (const id of RULE_IDS) rules[id] = { enabled: true };
  return rules;
}

let cached: Settings | null = null;

/** The institute's pack, a fresh copy each call (callers may mutate it); validated once, keys in schema order. */
export function defaultSettings(): Settings {
  cached ??= SettingsSchema.parse(rawPack());
  return structuredClone(cached);
}

function rawPack(): Settings {
  return structuredClone({
    version: SETTINGS_VERSION,
    moderator: { name: '' },
    serviceHours: {
      days: [1, 2, 3, 4, 5],
      start: '09:00',
      end: '16:00',
      timeZone: 'Europe/Rome',
      // Italian national holidays (Legge 260/1949); 4 October (San Francesco) again from 2026 (Legge 8 ottobre 2025, n. 151).
      // Local patron saints (e.g. Rome, 29 June) are not national: add them as one-off or recurring dates.
      holidays: ['01-01', '01-06', '04-25', '05-01', '06-02', '08-15', '10-04', '11-01', '12-08', '12-25', '12-26'],
      easterMonday: true,
    },
    campaign: {
      enabled: true,
      utmSource: { facebook: 'facebook', instagram: 'instagram' },
      utmMedium: 'social',
      utmCampaign: 'galateo-risposte',
    },
    log: { retentionDays: 90 },
    allowedDomains: ['inps.it', 'gov.it', 'governo.it', 'europa.eu'],
    defaultRules: defaultRules(),
    lexicon: { additions: [], allowlist: [] },
    links: { ...PORTAL_LINKS },
    topics: TOPICS,
    templates: { ...RULE_TEMPLATES, ...TOPIC_TEMPLATES, ...GENERAL_TEMPLATES },
    pages: PAGES,
  } satisfies Settings) as Settings;
}
