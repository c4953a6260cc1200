// personal-data — privacy and "diritto all'oblio" (seed 003: "Eventuali dati personali postati sui
// nostri canali saranno pertanto rimossi"). Finds identifiers people post about themselves or others:
// codice fiscale (checksum, omocodia), IBAN (mod-97), phone numbers, e-mails, street addresses,
// identity documents, protocol/application numbers, health details told in the first person, and
// passwords, PINs and one-time codes.
// The institute's own numbers (803 164, 06 164 164) and its links are never personal data.
import { z } from 'zod';
import { defineRule, NO_FINDINGS } from './rule';
import type { Finding, Severity, Span } from '../types';
import { severityRank } from '../types';
import { boundedRegExp, fold, trieSource } from './util/fold';
import { findLinks, isOfficialHost, NO_LINKS } from './util/links';
import { isValidCodiceFiscale, isValidIban } from './util/checks';
import { digitCount, longestWordRun, passes, wordGate } from './util/words';

export type PersonalDataKind =
  | 'codice-fiscale'
  | 'iban'
  | 'phone'
  | 'email'
  | 'address'
  | 'document'
  | 'protocol'
  | 'health'
  | 'credential'
  | 'birth';

const KIND_SEVERITY: Record<PersonalDataKind, Severity> = {
  'codice-fiscale': 'high',
  iban: 'high',
  document: 'high',
  phone: 'medium',
  email: 'medium',
  address: 'medium',
  protocol: 'medium',
  health: 'medium',
  credential: 'high',
  birth: 'medium',
};

const KIND_LABEL: Record<PersonalDataKind, string> = {
  'codice-fiscale': 'codice fiscale (valid check character)',
  iban: 'IBAN',
  phone: 'phone number',
  email: 'e-mail address',
  address: 'street address',
  document: 'identity document number',
  protocol: 'protocol/application number',
  health: 'health details',
  credential: 'password, PIN or one-time code',
  birth: 'place and date of birth',
};

const settings = z.object({
  enabled: z.boolean().default(true),
  codiceFiscale: z.boolean().default(true),
  iban: z.boolean().default(true),
  phone: z.boolean().default(true),
  email: z.boolean().default(true),
  address: z.boolean().default(true),
  document: z.boolean().default(true),
  protocol: z.boolean().default(true),
  health: z.boolean().default(true),
  /** Passwords, PINs and one-time codes (SPID, app, bank): whoever reads them can act as the writer. */
  credential: z.boolean().default(true),
  /** Place and date of birth together ("nata a Napoli il 10/12/1985"): with a name, they identify a person. */
  birth: z.boolean().default(true),
});

const MONTHS = 'gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre';
/** "nata a Napoli il 10/12/1985", "nato ad Aversa l'8 marzo 1990", "luogo e data di nascita: Roma, 10/12/1985". */
const BIRTH_RE = new RegExp(
  String.raw`\b(?:nat[oaie]\s+(?:a|ad|in)\s+[a-z'][a-z' ]{1,30}?\s*,?\s+(?:il\s+|l'\s*|nel\s+)?|luogo\s+e\s+data\s+di\s+nascita\s*:?\s*[a-z'][a-z' ]{1,30}?\s*,?\s+)(?:\d{1,2}[\/.\-]\d{1,2}[\/.\-](?:19|20)\d{2}|\d{1,2}\s+(?:${MONTHS})\s+(?:19|20)\d{2})(?![\d])`,
  'g',
);
const BIRTH_GATE = wordGate(['nato', 'nata', 'nati', 'nate', 'luogo']);

/** National numbers of the institute (Contact Center), digits only: never personal data. */
export const INSTITUTE_NUMBERS = new Set(['803164', '06164164']);

const L = '\\p{L}\\p{N}';
/** A codice fiscale in the groups people type it in (surname, name, birth, place + check letter). */
const CF_SPACED_RE = /\b[A-Za-z]{3} ?[A-Za-z]{3} ?[0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{2} ?[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{3}[A-Za-z]\b/g;
const IBAN_RE = /\b[A-Za-z]{2} ?\d{2}(?:[ -]?[A-Za-z0-9]){11,30}\b/g;
const IT_IBAN_SHAPE = /^IT\d{2}[A-Z]\d{10}[A-Z0-9]{12}$/;
const PHONE_RE = /(?<![A-Za-z0-9.,/+-])(?:(?:\+|00)\s?39[\s.-]?)?(?:3[1-9]\d|0\d{1,3})(?:[\s./-]?\d){4,8}(?!\d)/g;
const EMAIL_LOCAL_RE = new RegExp(`[${L}._%+-]`, 'u');
const EMAIL_DOMAIN_RE = new RegExp(`[${L}-]+(?:\\.[${L}-]+)*\\.[\\p{L}]{2,}`, 'uy');
const ADDRESS_RE =
  /\b(via|viale|v\.le|piazza|p\.zza|p\.za|piazzale|corso|c\.so|largo|vicolo|contrada|c\.da|localita|loc\.|strada|lungomare|borgo|traversa|salita|circonvallazione)\s+((?:[\p{L}'.]+\s+){0,4}?[\p{L}'.]+)\s*,?\s*(?:n\.?\s*|n°\s*|numero\s*|civico\s*)?(\d{1,4})(?:\s?\/\s?[a-z](?![a-z])|[a-z](?![a-z]))?(?![\p{N}]|[.,]\d|\s*(?:volt|giorn|mes|ann|eur|€|or[ea]|settiman|minut|%|\/\d|°|anni|mila|euro))/gu;
const CIE_RE = /\b[A-Za-z]{2}\d{5}[A-Za-z]{2}\b/g;
// A codice fiscale (spaced or not), an IBAN and an identity card each start where a word starts with
// two letters: one scan for any of the three shapes, and most texts, which have none, skip the three
// scans (the union of the patterns themselves: any match of one is a match of it, so none of them
// matches before the union's first match either).
const SHAPES_RE = new RegExp(`\\b(?:${[CF_SPACED_RE, IBAN_RE, CIE_RE].map((r) => r.source.replace(/^\\b/, '')).join('|')})`);
const DOC_CONTEXT_RE =
  /\b(?:passaporto|patente(?:\s+di\s+guida)?|carta\s+d'?\s*identita|carta\s+di\s+identita|c\.\s?i\.|documento(?:\s+di\s+(?:identita|riconoscimento))?)\s*(?:n\.?|nr\.?|n°|numero|num\.?)?\s*:?\s*([a-z]{0,2}\d[a-z0-9]{5,9})(?![a-z0-9])/g;
// DOC_CONTEXT_RE starts with the name of a document, or with "c. i." (see findPersonalData)
const DOC_GATE = wordGate(['passaporto', 'patente', 'carta', 'documento']);
const INPS_PROTOCOL_RE = /\binps\.\d{3,5}\.[\d/.]{6,}\d/g;
const PROTOCOL_RE =
  /\b(?:protocollo|prot\.|pratica|domanda|richiesta|ricevuta|istanza|numero\s+di\s+protocollo)\s*(?:n\.?|nr\.?|n°|numero|num\.?|di\s+protocollo|prot\.?)?\s*:?\s*([a-z0-9][a-z0-9.\-/]{4,40}[a-z0-9])/g;
// PROTOCOL_RE starts with one of these words ("numero di protocollo" holds "protocollo")
const PROTOCOL_GATE = wordGate(['prot', 'pratica', 'domanda', 'richiesta', 'ricevuta', 'istanza']);
const DATE_SHAPE = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/;
const THOUSANDS_SHAPE = /^\d{1,3}(?:\.\d{3})+$/;

const ADDRESS_STOP = new Set([
  'email', 'e-mail', 'mail', 'pec', 'sms', 'web', 'internet', 'posta', 'telefono', 'telefonica', 'app', 'whatsapp',
  'chat', 'fax', 'raccomandata', 'messaggio', 'messenger', 'facebook', 'instagram', 'social', 'sito', 'portale',
  'il', 'la', 'lo', 'le', 'gli', 'i', 'un', 'una', 'uno', 'per', 'che', 'con', 'e', 'ed', 'a', 'in', 'da', 'dal', 'dalla',
  'al', 'alla', 'entro', 'ho', 'ha', 'hanno', 'sono', 'non', 'ma', 'mi', 'ti', 'ci', 'si', 'tra', 'fra', 'su', 'sul',
  'contact', 'center', 'telematica', 'online', 'spid', 'cie', 'patronato', 'caf', 'ufficio', 'sede', 'formazione',
  'ordinaria', 'privata', 'prioritaria', 'pagamento', 'domanda', 'anni', 'mesi', 'giorni', 'ore', 'circa', 'oltre',
]);
// ADDRESS_RE starts with a street type, a whole word ("v" of "v.le", "c" of "c.so", "loc" of "loc."):
// without one, no address. (Its "c" also stands for the "c. i." of DOC_CONTEXT_RE.)
const ADDRESS_GATE = wordGate(
  ['via', 'viale', 'v', 'piazza', 'p', 'piazzale', 'corso', 'c', 'largo', 'vicolo', 'contrada', 'localita', 'loc', 'strada', 'lungomare', 'borgo', 'traversa', 'salita', 'circonvallazione'],
  true,
);
// Street types that are also common words: their name must be capitalised in the original text.
const AMBIGUOUS_STREET = new Set(['corso', 'strada', 'borgo', 'largo', 'salita', 'traversa', 'localita']);

/**
 * An office the public goes to names itself just before the address or number: "il patronato ACLI in
 * via Roma 45", "la sede INPS di Milano è in via Melchiorre Gioia 22", "il numero del CAF è 06…". That is
 * public information, unless the writer speaks of their own ("abito", "il mio numero").
 */
const PUBLIC_PLACE_RE = /\b(?:patronato|patronati|caf|sede|sedi|ufficio|uffici|sportello|agenzia|inps|inca|acli|cisl|cgil|uil|ital|inas|epasa|comune|municipio|asl|ospedale|questura|prefettura|centro per l'impiego|centro per l impiego)\b/;
const OWN_CUE_RE = /\b(?:abito|abitiamo|vivo|viviamo|resido|residente|mio|mia|miei|il\s+mio|casa\s+mia|chiamatemi|chiamami|contattatemi|scrivetemi)\b/;
function publicPlaceBefore(f: string, start: number): boolean {
  const before = f.slice(Math.max(0, start - 45), start);
  return PUBLIC_PLACE_RE.test(before) && !OWN_CUE_RE.test(before);
}
const RESIDENCE_RE =
  /\b(?:abito|abitiamo|vivo|viviamo|resido|residente|residenza|domicilio|domiciliat[oa]|indirizzo|casa\s+mia|mia\s+casa|a\s+casa|spedite|spedire|inviate|mandate|venite|sto|stiamo|abita|vive)(?![a-z0-9])/;
// Diagnoses and conditions (folded); factored into a trie because it runs on every comment.
const DIAGNOSES = [
  'tumore', 'tumori', 'cancro', 'carcinoma', 'leucemia', 'linfoma', 'neoplasia', 'metastasi', 'sclerosi multipla',
  'sclerosi laterale', 'sclerosi', 'sla', 'alzheimer', 'parkinson', 'demenza', 'epilessia', 'epilettico', 'epilettica',
  'diabete', 'diabetico', 'diabetica', 'autismo', 'autistico', 'autistica', 'sindrome di down', 'distrofia',
  'fibromialgia', 'chemio', 'chemioterapia', 'radioterapia', 'dialisi', 'trapiantato', 'trapiantata', 'ictus',
  'infarto', 'hiv', 'aids', 'sieropositivo', 'sieropositiva', 'depressione', 'bipolare', 'schizofrenia',
  'schizofrenico', 'schizofrenica', 'cardiopatia', 'insufficienza renale', 'ipovedente', 'non vedente', 'cieco',
  'cieca', 'sordo', 'sorda', 'paraplegico', 'paraplegica', 'tetraplegico', 'tetraplegica', 'invalido civile',
  'invalida civile', 'invalido', 'invalida', 'disabile', 'malato oncologico', 'malata oncologica', 'malato terminale',
  'malata terminale', 'malato grave', 'malata grave', 'oncologico', 'oncologica', 'handicap grave', 'handicap',
];
const DIAGNOSIS_RE = boundedRegExp([trieSource(DIAGNOSES)], 'g', true);
const INVALIDITY_PCT_RE =
  /\b(?:invalid[oa]|invalidita|disabilita|handicap)(?:\s+civile)?\s+(?:al|del|pari\s+al|riconosciuta\s+al)?\s*\d{2,3}\s*(?:%|per\s*cento)/g;
const HEALTH_RES = [INVALIDITY_PCT_RE, DIAGNOSIS_RE];
// Every match of DIAGNOSIS_RE holds each word of its entry whole, each at a word start (the entry's
// words are apart by spaces), and INVALIDITY_PCT_RE starts with one of its three stems: without a
// word starting with one of these, findHealth has nothing to find.
const HEALTH_GATE = wordGate([
  ...DIAGNOSES.map((d) => d.split(' ').reduce((a, b) => (b.length > a.length ? b : a))),
  'invalid', 'disabilita', 'handicap',
]);
const DIAGNOSIS_ONLY = [DIAGNOSIS_RE];
// First person or a family member: who the health detail is about.
const SELF_RE =
  /\b(?:ho|sono|soffro|io|mi|me|faccio|fatto|ero|avevo|mio|mia|miei|mie|nostro|nostra|nostri|marito|moglie|figli[oa]|figli|madre|padre|mamma|papa|nonn[oa]|fratello|sorella|compagn[oa])(?![a-z0-9])/;
// A generic question about rules ("chi ha un'invalidità al 74% ha diritto?") is not a disclosure.
const SELF_G = new RegExp(SELF_RE.source, 'g');
const GENERIC_RE = /\b(?:chi|coloro|quelli|persona|persone|soggetti?|lavoratori|cittadini|famiglie|genitori\s+di|per|bonus|assegno|legge)(?![a-z0-9])/;

// "la password dello SPID è Ciao1234", "codice OTP: 482913", "PIN=1234": a secret after its name and
// "è"/":"/"=" (up to five words between; not the ":" of a link). "la password è sbagliata", "il PIN è scaduto" are
// complaints, not secrets.
const CREDENTIAL_RE =
  /\b(?:password|passw|pwd|pin|puk|otp|credenziali|codice\s+(?:otp|pin|segreto|di\s+sicurezza|di\s+accesso|di\s+verifica|temporaneo))\b(?:\s+[^\s:=.,;!?]+){0,5}?(?:\s+(e'|e|sono)\s+([^\s,;]*\d[^\s,;]*)|\s*[:=](?!\/)\s*([^\s,;]{4,40}))/g;
// ("codice" alone is in every other question, "codice fiscale": the gate holds the word after it)
const CREDENTIAL_GATE = wordGate(['password', 'passw', 'pwd', 'pin', 'puk', 'otp', 'credenziali', 'segreto', 'sicurezza', 'accesso', 'verifica', 'temporaneo']);
/** A time ("23:45"), a year, an amount with separators or a currency, or a link is no secret. */
const NOT_A_SECRET = /^(?:\d{1,2}[:.]\d{2}|(?:19|20)\d{2}|\d+(?:[.,]\d+)+(?:€|euro)?|\d+(?:€|euro)|https?:.*|www\..*)$/i;
function findCredentials(text: string, f: string, hits: PersonalDataHit[]): void {
  CREDENTIAL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CREDENTIAL_RE.exec(f))) {
    const copula = m[1];
    const raw = m[2] ?? m[3];
    const value = raw.replace(/[.!?)]+$/, '');
    const end = m.index + m[0].length - (raw.length - value.length);
    const start = end - value.length;
    const original = text.slice(start, end);
    // the folded "e" is the verb only when written "è" (or "e'"): "il PIN e 1500 euro di arretrati" is "and"
    if (copula === 'e') {
      const at = m.index + m[0].lastIndexOf(' e ', m[0].length - raw.length) + 1;
      if (!/[èé]/.test(text[at])) continue;
    }
    if (value.length < 4 || NOT_A_SECRET.test(value)) continue;
    // after "è" the value has a digit (the pattern asks for one); after ":" or "=" it may also be
    // letters with a capital inside ("PIN: AbcDef", not "Password: Dimenticata") or a symbol
    const secretLooking = copula !== undefined || /\d/.test(value) || /[^\p{L}\p{N}]/u.test(value) || /.\p{Lu}/u.test(original);
    if (secretLooking) hits.push({ kind: 'credential', start, end });
  }
}

function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

function inside(spans: readonly Span[], start: number, end: number): boolean {
  for (const s of spans) if (start >= s.start && end <= s.end) return true;
  return false;
}

export interface PersonalDataHit extends Span {
  kind: PersonalDataKind;
}

type Toggles = z.output<typeof settings>;
const ALL_ON: Toggles = settings.parse({});

/**
 * Every personal-data span of `text` with its kind (also used by the log's redaction).
 * Offsets are into `text` as given.
 */
export function findPersonalData(text: string, s: Toggles = ALL_ON): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  const f = fold(text);
  // (counted by the word-gate pass, which the rules run on every comment anyway)
  const digits = digitCount(f);
  const hasDigit = digits > 0;
  const gates = passes(f);
  const firstAt = text.indexOf('@');
  const links = hasDigit || firstAt >= 0 ? findLinks(text) : NO_LINKS;
  const officialLinks = links.length ? links.filter((l) => isOfficialHost(l.host)) : NO_LINKS;
  let m: RegExpExecArray | null;

  // A compact codice fiscale is a run of exactly 16 \w characters, with or without a digit (a full
  // omocodia has none; folding keeps every ASCII \w character one, so the folded text has a run at
  // least as long); a spaced one is looked for in texts with a digit.
  const cfCompact = s.codiceFiscale && longestWordRun(f) >= 16;
  const cfSpaced = s.codiceFiscale && hasDigit;
  const iban = s.iban && hasDigit;
  const cie = s.document && digits >= 5;
  const shapesAt = cfCompact || cfSpaced || iban || cie ? text.search(SHAPES_RE) : -1;
  const shapes = shapesAt >= 0;
  if (shapes && (cfCompact || cfSpaced)) {
    // one scan finds both (CF_SPACED_RE's spaces are optional; a spaced match is made of runs of at
    // most 13, a compact one is a run of 16: they never overlap); the spaced ones ("RSS MRA 85T10
    // A562S", "RSSMRA 85T10 A562S") come after the compact ones, as when each had a scan of its own
    let spaced: PersonalDataHit[] | null = null;
    CF_SPACED_RE.lastIndex = shapesAt;
    while ((m = CF_SPACED_RE.exec(text))) {
      if (!m[0].includes(' ')) {
        if (isValidCodiceFiscale(m[0])) hits.push({ kind: 'codice-fiscale', start: m.index, end: m.index + m[0].length });
      } else if (cfSpaced && isValidCodiceFiscale(m[0].replace(/ /g, ''))) {
        (spaced ??= []).push({ kind: 'codice-fiscale', start: m.index, end: m.index + m[0].length });
      }
    }
    if (spaced) hits.push(...spaced);
  }
  if (hasDigit) {
    if (shapes && iban) {
      IBAN_RE.lastIndex = shapesAt;
      while ((m = IBAN_RE.exec(text))) {
        // the pattern may swallow following words ("IT60… per"): drop trailing pieces until it checks
        let cand = m[0];
        for (;;) {
          const compact = cand.replace(/[ -]/g, '').toUpperCase();
          if (isValidIban(compact) || IT_IBAN_SHAPE.test(compact)) {
            hits.push({ kind: 'iban', start: m.index, end: m.index + cand.length });
            break;
          }
          const cut = Math.max(cand.lastIndexOf(' '), cand.lastIndexOf('-'));
          if (cut < 15) break;
          cand = cand.slice(0, cut);
        }
        IBAN_RE.lastIndex = m.index + Math.max(cand.length, 1);
      }
    }
    // the kinds below need several ASCII digits: a phone number 6+, a document number 5+,
    // a protocol number 6+ (8+ for INPS protocols); fewer digits in the text, no such match
    if (s.phone && digits >= 6) {
      PHONE_RE.lastIndex = 0;
      while ((m = PHONE_RE.exec(text))) {
        const raw = m[0];
        const start = m.index;
        const end = start + raw.length;
        const intl = /^(?:\+|00)/.test(raw);
        let nat = digitsOf(raw);
        if (intl) nat = nat.replace(/^(?:00)?39/, '');
        if (INSTITUTE_NUMBERS.has(nat)) continue;
        if (!intl && (DATE_SHAPE.test(raw) || THOUSANDS_SHAPE.test(raw))) continue;
        const mobile = nat[0] === '3';
        if (mobile ? nat.length < 9 || nat.length > 10 : nat.length < 6 || nat.length > 11) continue;
        if (inside(links, start, end)) continue;
        // amounts: "3.200.000 €", "0,50 euro"
        if (/^\s*(?:€|euro|eur\b)/i.test(text.slice(end, end + 6)) || /€\s*$/.test(text.slice(Math.max(0, start - 3), start))) continue;
        if (hits.some((h) => h.start <= start && h.end >= end)) continue; // inside an IBAN/CF
        if (publicPlaceBefore(f, start)) continue;
        hits.push({ kind: 'phone', start, end });
      }
    }
    if (s.document && digits >= 5) {
      if (shapes) {
        CIE_RE.lastIndex = shapesAt;
        while ((m = CIE_RE.exec(text))) hits.push({ kind: 'document', start: m.index, end: m.index + m[0].length });
      }
      // "c. i." holds the whole word "c", which ADDRESS_GATE holds ("c.so"; no gate of its own: the
      // gates are few, and "c'è" has the word too): then the text is searched for "c."
      if (gates & DOC_GATE || (gates & ADDRESS_GATE && f.includes('c.'))) {
        DOC_CONTEXT_RE.lastIndex = 0;
        while ((m = DOC_CONTEXT_RE.exec(f))) {
          const code = m[1];
          if (digitsOf(code).length < 5) continue;
          const start = m.index + m[0].length - code.length;
          if (!hits.some((h) => h.start <= start && h.end >= start + code.length)) {
            hits.push({ kind: 'document', start, end: start + code.length });
          }
        }
      }
    }
    if (s.protocol && digits >= 6) {
      // (an INPS protocol counts with 8 digits)
      if (digits >= 8 && f.includes('inps.')) {
        INPS_PROTOCOL_RE.lastIndex = 0;
        while ((m = INPS_PROTOCOL_RE.exec(f))) {
          if (digitsOf(m[0]).length >= 8) hits.push({ kind: 'protocol', start: m.index, end: m.index + m[0].length });
        }
      }
      if (gates & PROTOCOL_GATE) {
        PROTOCOL_RE.lastIndex = 0;
        while ((m = PROTOCOL_RE.exec(f))) {
          const code = m[1];
          const start = m.index + m[0].length - code.length;
          const end = start + code.length;
          if (digitsOf(code).length < 6 || DATE_SHAPE.test(code)) continue;
          if (inside(links, start, end)) continue;
          if (hits.some((h) => h.start < end && h.end > start)) continue;
          hits.push({ kind: 'protocol', start, end });
        }
      }
    }
    if (s.address && gates & ADDRESS_GATE) {
      ADDRESS_RE.lastIndex = 0;
      while ((m = ADDRESS_RE.exec(f))) {
        const type = m[1];
        const name = m[2];
        const words = name.split(/\s+/);
        if (words.some((w) => ADDRESS_STOP.has(w.replace(/[.']+$/, '')))) continue;
        const nameStart = m.index + m[0].indexOf(name, type.length);
        // a capitalised name is a street; a lower-case one needs a residence cue ("abito in via roma 3")
        const capitalised = /(?:^|\s)\p{Lu}/u.test(text.slice(nameStart, nameStart + name.length));
        if (!capitalised && (AMBIGUOUS_STREET.has(type) || !RESIDENCE_RE.test(f.slice(Math.max(0, m.index - 40), m.index)))) continue;
        const num = m[3];
        if (num.length === 4 && /^(19|20)\d\d$/.test(num)) continue; // a year, not a house number
        const start = m.index;
        const end = m.index + m[0].length;
        if (inside(links, start, end)) continue;
        if (publicPlaceBefore(f, start)) continue;
        hits.push({ kind: 'address', start, end });
      }
    }
  }
  if (s.email) {
    // from each "@": walk left over the local part, then match the domain anchored right after it
    for (let at = firstAt; at >= 0; at = text.indexOf('@', at + 1)) {
      let start = at;
      while (start > 0 && EMAIL_LOCAL_RE.test(text[start - 1])) start--;
      if (start === at) continue;
      EMAIL_DOMAIN_RE.lastIndex = at + 1;
      const d = EMAIL_DOMAIN_RE.exec(text);
      if (!d) continue;
      if (isOfficialHost(d[0].toLowerCase())) continue;
      hits.push({ kind: 'email', start, end: at + 1 + d[0].length });
    }
  }
  if (s.health && gates & HEALTH_GATE) findHealth(text, f, hits);
  if (s.credential && gates & CREDENTIAL_GATE) findCredentials(text, f, hits);
  // a date alone is no identity ("mio figlio è nato il 3 marzo", the family page's daily question): the
  // place must be there too
  if (s.birth && digits >= 4 && gates & BIRTH_GATE) {
    BIRTH_RE.lastIndex = 0;
    while ((m = BIRTH_RE.exec(f))) hits.push({ kind: 'birth', start: m.index, end: m.index + m[0].length });
  }

  // the institute's own links carry nothing personal
  return officialLinks.length ? hits.filter((h) => !inside(officialLinks, h.start, h.end)) : hits;
}

/** Diagnoses that are also said of people as a figure ("sei un cancro"); "è una malata oncologica" is not one. */
const FIGURATIVE_DIAGNOSIS = /^(?:cancr|tumor|metastas|handicap)/;
const METAPHOR_RE = /\b(sono|sei|siete|e|e')\s+(?:proprio\s+|solo\s+)?(?:un|una|uno|un')\s*$/;
function findHealth(text: string, f: string, hits: PersonalDataHit[]): void {
  let m: RegExpExecArray | null;
  const seen: Span[] = [];
  INVALIDITY_PCT_RE.lastIndex = 0;
  DIAGNOSIS_RE.lastIndex = 0;
  // a percentage of invalidity needs a digit
  for (const re of digitCount(f) > 0 ? HEALTH_RES : DIAGNOSIS_ONLY) {
    while ((m = re.exec(f))) {
      const start = m.index;
      const end = start + m[0].length;
      if (seen.some((s) => s.start < end && s.end > start)) continue;
      // who is it about: first person or a family member, a few words before (same clause) or just after
      const clauseStart = Math.max(f.lastIndexOf('.', start - 1), f.lastIndexOf('?', start - 1), f.lastIndexOf('!', start - 1), f.lastIndexOf(',', start - 1), start - 45);
      const before = f.slice(clauseStart + 1, start);
      let self = false;
      SELF_G.lastIndex = 0;
      let last: RegExpExecArray | null = null;
      let sm: RegExpExecArray | null;
      while ((sm = SELF_G.exec(before))) last = sm;
      if (last) {
        const gap = before.slice(last.index + last[0].length);
        // "ho usufruito del bonus per persona disabile": the marker is about something else
        self = !GENERIC_RE.test(gap) && gap.trim().split(/\s+/).filter(Boolean).length <= 4;
      }
      if (!self) continue;
      // "sono un cancro", "è una sclerosi": a metaphor about someone, not a diagnosis ("ho la 104 e un
      // tumore": an unaccented "e" is "and")
      const copula = FIGURATIVE_DIAGNOSIS.test(m[0]) ? METAPHOR_RE.exec(before) : null;
      if (copula && !(copula[1] === 'e' && !/[èéÈÉ]/.test(text[clauseStart + 1 + copula.index + copula[0].indexOf('e')]))) continue;
      // "meno di un disabile", "come un malato": someone indefinite, not the writer
      if (/\b(?:di|a|con|per|da|come|tra|fra)\s+(?:un|una|uno|un'|dei|degli|delle)\s*$/.test(before)) continue;
      seen.push({ start, end });
      hits.push({ kind: 'health', start, end });
    }
  }
}

export default defineRule({
  id: 'personal-data',
  label: { it: 'Dati personali', en: 'Personal data' },
  explanation: {
    it: 'Dati personali pubblicati nel commento (codice fiscale, IBAN, telefono, e-mail, indirizzo, documenti, numeri di protocollo o di domanda, dati sanitari, password, PIN e codici OTP). I social INPS "non raccolgono né trasferiscono i dati personali" e applicano il diritto all\'oblio: i dati postati vanno rimossi (seed 003, GDPR). I numeri del Contact Center (803 164, 06 164 164) e i link inps.it non sono dati personali.',
    en: 'Personal data posted in the comment (tax code, IBAN, phone, e-mail, address, documents, protocol or application numbers, health details, passwords, PINs and one-time codes). INPS social channels "neither collect nor transfer personal data" and apply the right to be forgotten: posted data is removed (seed 003, GDPR). The Contact Center numbers (803 164, 06 164 164) and inps.it links are not personal data.',
  },
  severity: 'high',
  languages: ['it', 'en'],
  settings,
  detect(comment, _ctx, s): readonly Finding[] {
    const hits = findPersonalData(comment.text, s);
    if (hits.length === 0) return NO_FINDINGS;
    hits.sort((a, b) => a.start - b.start);
    let sev: Severity = 'info';
    const kinds: PersonalDataKind[] = [];
    for (const h of hits) {
      if (severityRank(KIND_SEVERITY[h.kind]) > severityRank(sev)) sev = KIND_SEVERITY[h.kind];
      if (!kinds.includes(h.kind)) kinds.push(h.kind);
    }
    return [
      {
        rule: 'personal-data',
        severity: sev,
        evidence: hits.map((h) => ({ start: h.start, end: h.end })),
        reason: kinds.map((k) => KIND_LABEL[k]).join(', '),
      },
    ];
  },
});
