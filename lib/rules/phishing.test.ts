import { describe, expect, test } from 'vitest';
import { createAnalyzer } from '../analyzer';
import type { CommentInput } from '../types';
import { lookAlikeReason } from './util/links';

const analyzer = createAnalyzer();
const run = (text: string, extra: Partial<CommentInput> = {}) =>
  analyzer.analyze({ id: 't', text, ...extra }).findings.filter((f) => f.rule === 'phishing');

describe('phishing: look-alike domains', () => {
  test.each([
    ['inps-bonus.com', true],
    ['lnps.it', true],
    ['1nps.it', true],
    ['inps.it.verify.xyz', true],
    ['inps-it.info', true],
    ['xn--nps-xxa.it', true],
    ['myinps-login.net', true],
    ['inps.it', false],
    ['www.inps.it', false],
    ['servizi.inps.it', false],
    ['serviziweb2.inps.it', false],
    ['www.lavoro.gov.it', false],
    ['www.repubblica.it', false],
    ['amazon.com', false],
  ])('%s -> %s', (host, bad) => {
    expect(lookAlikeReason(host) !== null).toBe(bad);
  });
});

describe('phishing: comments', () => {
  test.each([
    ['Bonus 600 euro accreditato, verifica su www.inps-bonus.com', 'high'],
    ['Per ricevere l\'assegno vai su https://inps.it.verify.xyz/login e inserisci i tuoi dati', 'high'],
    ['Ciao, mandami il tuo PIN e il codice OTP su https://lnps.it/accesso', 'critical'],
    ['Contattami in privato su WhatsApp per sbloccare il bonus', 'high'],
    ['Sono un operatore INPS, scrivimi in privato e ti sblocco la pratica', 'high'],
    ['Mandami le credenziali SPID in privato che ti sistemo la domanda', 'critical'],
    ['Inviami il tuo IBAN e il codice di verifica ricevuto via sms', 'medium'],
    ['INPS Assistenza: per il rimborso clicca su rimborsi-inps.online', 'high'],
    ['send me your password and I will unlock your bonus', 'medium'],
    ['Per ricevere il bonus 500 euro compila il modulo qui: bit.ly/bonus-inps', 'high'],
    ['Gentile utente il suo assegno è stato sospeso, verifichi i suoi dati al link https://inps-verifica.com', 'high'],
    ['Salve sono Laura dell\'assistenza INPS, mi contatti su WhatsApp per sbloccare il suo assegno', 'high'],
    ['Inviami il tuo codice fiscale e il pin e ti faccio io la domanda', 'medium'],
    ['Mandami in privato i tuoi dati e ti aiuto con la domanda', 'critical'],
    ['Mandatemi una foto del documento e vi attivo il bonus', 'medium'],
    // scams missed before (found by a reviewing helper's probe)
    ['Inviate il vostro IBAN e codice fiscale in privato e vi verifico io lo stato', 'critical'],
    ['Ho ricevuto 2000 euro grazie al signor Marco, investitore onesto, scrivetegli su WhatsApp', 'high'],
    ['Ciao cara ho visto il tuo problema, mandami un messaggio e ti spiego come ho avuto il bonus subito 😘', 'high'],
    ["contattate la signora Rosa su Instagram @rosa_pratiche_inps, mi ha sbloccato l'assegno in 2 giorni", 'high'],
    ['Per il bonus inviate nome, cognome, data di nascita e numero della carta a bonus.inps@gmail.com', 'high'],
    ['I N P S assistenza, contatta ora t.me/inpsaiuto', 'high'],
    // warnings that repeat the scam's link: the link stays flagged, low
    ['Attenzione! Mi è arrivato un SMS da inps-rimborsi.com, è una truffa, non cliccate', 'low'],
    ["Segnalo il sito falso www.inps-pagamenti.com che chiede l'IBAN, state attenti!", 'low'],
  ])('%j is %s', (text, severity) => {
    const f = run(text);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe(severity);
    expect(f[0].evidence.length).toBeGreaterThan(0);
    for (const e of f[0].evidence) expect(e.end).toBeGreaterThan(e.start);
  });

  // "t.me" is a private channel, the "t" of a tweet's "t.co" link is not
  test.each([
    ['Entra in t.me/aiuto2024 e ti sblocco il bonus', 'invites to a private channel to unlock a payment'],
    ['https://t.co/abc ti sblocco il bonus', 'bait with a non-official link'],
    ["Siamo l'ufficio dell' INPS: scriveteci in privato", 'impersonates INPS support and moves to a private channel'],
  ])('%j: %s', (text, reason) => {
    expect(run(text).map((f) => f.reason)).toEqual([reason]);
  });

  test('a non-page author named like the institute who moves people to WhatsApp', () => {
    const f = run('Scrivimi su WhatsApp al numero qui sotto per ricevere subito il bonus', { author: 'Inps Assistenza Clienti' });
    expect(f).toHaveLength(1);
    expect(f[0].reason).toMatch(/INPS|private/i);
  });

  test.each([
    'Ho perso il PIN, come faccio a recuperarlo?',
    'Non ricordo le credenziali SPID, a chi devo chiedere?',
    'Il sito inps.it non funziona da stamattina',
    'Ho fatto domanda su servizi.inps.it come indicato',
    'Attenzione: l\'INPS non chiede mai il PIN, non mandate le vostre credenziali a nessuno!',
    'Contattatemi in privato per favore, ho un problema con il bonus nido',
    'Scrivetemi in privato, la mia pratica è bloccata da mesi',
    'Devo comunicare l\'IBAN all\'INPS per l\'assegno unico?',
    'Serve lo SPID per fare la domanda?',
    'Chiamate il contact center al numero 803 164',
    'Per info www.lavoro.gov.it',
    'INPS mi contatti in privato per favore, la mia pratica è bloccata',
    'Il mio assegno è stato sospeso, cosa devo fare?',
    'Io ho dato il PIN al patronato, ho fatto male?',
    'Dove trovo il codice OTP?',
    'Seguite la pagina ufficiale inps.it per evitare truffe',
    'Ho inviato i miei dati alla sede',
    'Mandatemi i dati della pratica per favore',
    'Mandatemi i suoi dati, cioè quelli di mia madre',
    // warnings that quote the scammers' words, and the institute's support spoken of
    "Occhio a chi vi scrive 'assistenza INPS su WhatsApp', è una truffa",
    'è una truffa quella di chi dice scrivimi in privato che ti sblocco il bonus, segnalate',
    "Ho chiamato l'assistenza INPS e mi hanno detto di aspettare il ricalcolo",
    "Inviate l'IBAN tramite MyINPS, sezione pagamenti",
  ])('does not flag %j', (text) => {
    expect(run(text)).toEqual([]);
  });

  test('the page itself never phishes', () => {
    expect(run('Non comunicate mai PIN o credenziali: diffidate di inps-bonus.com', { authorIsPage: true })).toEqual([]);
  });
});
