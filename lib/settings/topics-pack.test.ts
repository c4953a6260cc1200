// The default pack's keywords through the analyzer's own topic detector (lib/topics.ts).
import { describe, expect, test } from 'vitest';
import { detectTopicMatches } from '../topics';
import { defaultSettings, resolveAnalyzerProfile } from './index';

const topics = resolveAnalyzerProfile(defaultSettings(), null).allTopics;
const ids = (text: string) => detectTopicMatches(text, topics).map((m) => m.id).sort();

describe('default topics recognise typical comments (misspellings and other languages included)', () => {
  test.each([
    ['Quando arriva l’assegno unico di marzo?', ['assegno-unico']],
    ['ASSEGNO UNICO NON PAGATO', ['assegno-unico']],
    ['l asegno unico è stato sospeso', ['assegno-unico']],
    ['Come si fa domanda per il bonus asilo nido?', ['bonus-nido']],
    ['rimborso rette nido di gennaio', ['bonus-nido']],
    ['congedo parenetale per il papà', ['congedo-parentale']],
    ['Il congedo di paternità è obbligatorio?', ['congedo-parentale']],
    ['bonus mamme lavoratrici 2026 chi ne ha diritto', ['bonus-mamme']],
    ['esonero contributivo madri con due figli', ['bonus-mamme']],
    ['la ricarica ADI non è arrivata', ['adi']],
    ['assegno di inclusione sospeso', ['adi']],
    ['quando esce la graduatoria di estate inpsieme?', ['bandi-di-gara', 'graduatorie']],
    ['piccolo prestito per dipendenti pubblici', ['credito']],
    ['il sito non funziona da stamattina', ['informazioni-di-servizio']],
    ['cedolino della pensione di aprile', ['pensioni']],
    ['la naspi anticipata come funziona', ['naspi']],
    ['ISEE precompilato errato', ['isee']],
    ['non riesco ad entrare con lo SPID', ['accesso-servizi']],
    ['mi è arrivato un sms truffa a nome inps', ['truffe']],
    ['riscatto della laurea agevolato conviene?', ['riscatto-laurea']],
    ['When will my unemployment benefit be paid?', ['naspi']],
    ['Je voudrais des informations sur ma retraite', ['pensioni']],
    ['supporto formazione e lavoro: quando pagano?', ['supporto-formazione-lavoro']],
  ])('%s', (text, expected) => expect(ids(text)).toEqual(expected));

  test.each([
    ['Grazie mille per la risposta, gentilissimi'],
    ['La regina delle torte è mia nonna'],
    ['Ho visto il post ieri sera'],
    ['Padiglione e sedie per la festa'],
    ['cadi sempre in piedi'],
  ])('no topic in %j', (text) => expect(ids(text)).toEqual([]));
});
