// zod issues turned into problems a person can act on: a JSON path and a sentence in Italian and English.
import type { z } from 'zod';
import type { Localized } from '../types';

export interface Problem {
  /** Dotted JSON path ("pages.inps-per-la-famiglia.topics.2"); "$" is the whole document. */
  path: string;
  message: Localized;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '$' : path.map((p) => String(p)).join('.');
}

const TYPE_NAMES: Record<string, Localized> = {
  string: { it: 'un testo', en: 'a text' },
  number: { it: 'un numero', en: 'a number' },
  int: { it: 'un numero intero', en: 'a whole number' },
  boolean: { it: 'vero/falso (true/false)', en: 'true/false' },
  array: { it: 'un elenco [ ]', en: 'a list [ ]' },
  object: { it: 'un oggetto { }', en: 'an object { }' },
  record: { it: 'un oggetto { }', en: 'an object { }' },
  null: { it: 'null', en: 'null' },
  undefined: { it: 'niente', en: 'nothing' },
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

const typeName = (t: string): Localized => TYPE_NAMES[t] ?? { it: t, en: t };

const shown = (v: unknown): string => {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}…` : s;
};

const CUSTOM: Record<string, Localized> = {
  'kebab-id': {
    it: 'identificativo non valido: usa solo lettere minuscole, cifre e trattini (es. "bonus-nido")',
    en: 'invalid id: use lowercase letters, digits and hyphens only (e.g. "bonus-nido")',
  },
  'lang-code': { it: 'lingua non valida: usa un codice di due lettere (it, en, fr…)', en: 'invalid language: use a two-letter code (it, en, fr…)' },
  hhmm: { it: 'orario non valido: usa il formato HH:MM (es. 09:00)', en: 'invalid time: use the HH:MM format (e.g. 09:00)' },
  holiday: { it: 'data non valida: usa MM-GG (ricorrente) oppure AAAA-MM-GG', en: 'invalid date: use MM-DD (every year) or YYYY-MM-DD' },
  domain: { it: 'dominio non valido (es. "inps.it")', en: 'invalid domain (e.g. "inps.it")' },
  digits: { it: 'deve contenere solo cifre', en: 'must contain digits only' },
  'link-https': { it: 'il link deve iniziare con https://', en: 'the link must start with https://' },
  'link-backend': {
    it: 'questo indirizzo è del sistema interno del portale (/content/inps-site/ o adobeaemcloud.com): non va dato ai cittadini',
    en: 'this address belongs to the portal’s back end (/content/inps-site/ or adobeaemcloud.com): never give it to citizens',
  },
  'link-legacy': { it: 'indirizzo del vecchio portale, non più valido', en: 'address of the retired portal, no longer valid' },
  'crisis-reply': {
    it: 'per la regola "crisis" è ammessa solo una nota per il moderatore (kind "moderator-note"), mai una risposta pubblica standard',
    en: 'the "crisis" rule only allows a note for the moderator (kind "moderator-note"), never a canned public reply',
  },
  'hours-order': { it: 'l’orario di fine deve essere dopo quello di inizio', en: 'the end time must be after the start time' },
};

function customMessage(msg: string): Localized | null {
  if (CUSTOM[msg]) return CUSTOM[msg];
  const m = /^unknown-(topic|link|page):(.*)$/.exec(msg);
  if (m) {
    const [, kind, id] = m;
    const what = { topic: ['argomento', 'topic'], link: ['link', 'link'], page: ['pagina', 'page'] }[kind as 'topic' | 'link' | 'page'];
    return { it: `${what[0]} "${id}" inesistente: aggiungilo prima o correggi l’identificativo`, en: `unknown ${what[1]} "${id}": add it first or fix the id` };
  }
  return null;
}

/** Problems for one zod issue (an unrecognized-keys issue gives one problem per key). */
function issueProblems(issue: z.core.$ZodIssue): Problem[] {
  const path = formatPath(issue.path);
  const one = (it: string, en: string): Problem[] => [{ path, message: { it, en } }];
  const i = issue as z.core.$ZodIssue & { input?: unknown };
  switch (issue.code) {
    case 'invalid_type': {
      if (i.input === undefined) return one('campo obbligatorio mancante', 'required field is missing');
      const exp = typeName(issue.expected);
      const got = typeName(typeOf(i.input));
      return one(`atteso ${exp.it}, trovato ${got.it} (${shown(i.input)})`, `expected ${exp.en}, found ${got.en} (${shown(i.input)})`);
    }
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string')
        return n <= 1 ? one('non può essere vuoto', 'must not be empty') : one(`almeno ${n} caratteri`, `at least ${n} characters`);
      if (issue.origin === 'array' || issue.origin === 'set')
        return n <= 1
          ? one('l’elenco non può essere vuoto', 'the list must not be empty')
          : one(`servono almeno ${n} elementi`, `needs at least ${n} items`);
      return one(`deve essere almeno ${n}`, `must be at least ${n}`);
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'string') return one(`al massimo ${n} caratteri`, `at most ${n} characters`);
      if (issue.origin === 'array') return one(`al massimo ${n} elementi`, `at most ${n} items`);
      return one(`deve essere al massimo ${n}`, `must be at most ${n}`);
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => shown(v)).join(', ');
      return one(`valore non ammesso ${shown(i.input)}; valori possibili: ${allowed}`, `value not allowed ${shown(i.input)}; allowed: ${allowed}`);
    }
    case 'unrecognized_keys':
      return issue.keys.map((k) => ({
        path: formatPath([...issue.path, k]),
        message: { it: 'campo sconosciuto (errore di battitura?)', en: 'unknown field (a typo?)' },
      }));
    case 'invalid_format': {
      const c = customMessage(issue.message);
      if (c) return [{ path, message: c }];
      if (issue.format === 'url') return one(`indirizzo web non valido: ${shown(i.input)}`, `invalid web address: ${shown(i.input)}`);
      return one(`formato non valido: ${shown(i.input)}`, `invalid format: ${shown(i.input)}`);
    }
    case 'invalid_key': {
      const inner = issue.issues[0];
      const c = inner ? customMessage(inner.message) : null;
      return one(
        `chiave ${shown(i.input)} non valida${c ? ': ' + c.it : ''}`,
        `invalid key ${shown(i.input)}${c ? ': ' + c.en : ''}`,
      );
    }
    case 'custom': {
      const c = customMessage(issue.message);
      return c ? [{ path, message: c }] : one(issue.message, issue.message);
    }
    case 'not_multiple_of':
      return one(`deve essere multiplo di ${String(issue.divisor)}`, `must be a multiple of ${String(issue.divisor)}`);
    default:
      return one(`valore non valido (${issue.message})`, `invalid value (${issue.message})`);
  }
}

export function zodProblems(error: z.ZodError): Problem[] {
  const out: Problem[] = [];
  for (const issue of error.issues) out.push(...issueProblems(issue));
  return out;
}
