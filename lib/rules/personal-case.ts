// personal-case — "Le nostre pagine forniscono informazioni e non consulenze. Per domande sulla propria
// pratica, richieste specifiche o informazioni sui pagamenti i cittadini possono rivolgersi al Contact
// Center, INPS Risponde o alle sedi territoriali" (seed 001). First person + payment/benefit/status
// vocabulary: the comment is about the writer's own file, so the answer is a redirect.
import { z } from 'zod';
import { defineRule, NO_FINDINGS } from './rule';
import type { Finding, Span } from '../types';
import { fold } from './util/fold';
import { passes, wordGate } from './util/words';
import { mergeSpans, spansOf, unionSpans } from './util/match';

const settings = z.object({
  enabled: z.boolean().default(true),
  /** Also count eligibility questions about oneself ("mi spetta?", "ne ho diritto?"). */
  eligibility: z.boolean().default(true),
});

const W = String.raw`(?![a-z0-9])`;
const B = String.raw`\b`;
const BENEFIT = String.raw`(?:assegn\w*|bonus|pagament\w*|accredit\w*|rat[ae]|arretrat\w*|pension\w*|naspi|dis-?coll|adi|rimbors\w*|indennit\w*|cedolin\w*|stipendi\w*|congedo|contribut\w*|mensilit\w*|bollett\w*|fattur\w*|soldi|import\w*|conguagl\w*|tfr|tfs|cud|isee|prestit\w*|quinto|sussidi\w*|reddito|carta|ricarica|quattordicesima|tredicesima|liquidazione|buonuscita|dsu)`;
// STRONG's alternatives are tried one gate at a time (see strongSpans): the gates hold words that every
// match of an alternative holds at the start of a word (each follows \b, \s+ or ' in the pattern), all
// of them when an alternative names two. "non" and "quando" as the alternatives' own first words;
// "mia"/"mio"/"miei" in the middle of theirs.
const NON = wordGate(['non'], true);
const QUANDO = wordGate(['quando'], true);
const MY = wordGate(['mia', 'mio', 'miei'], true);
const MI_CI = wordGate(['mi', 'ci'], true);
// the participle, "stat…" or "solo" after "mi hanno"/"mi è"/"mi danno"
const AFTER_MI = wordGate([
  'tolto', 'sospeso', 'ridotto', 'respinto', 'rifiutato', 'bloccato', 'revocato', 'negato', 'decurtato', 'trattenuto',
  'chiesto', 'rigettato', 'annullato', 'stat', 'accreditato', 'pagato', 'dato', 'erogato', 'versato', 'arrivat',
  'solo', 'soltanto', 'appena', 'meno',
]);
// "ho ricevuto solo meno / la metà / un importo più basso"
const LESS = wordGate(['meno', 'meta', 'importo']);
// the participle after "ho": "ho fatto domanda", "ho la pensione bloccata" (there a BENEFIT word may be
// glued to "la" by \s*, the participle after it follows \s+)
const AFTER_HO = wordGate(['fatto', 'presentato', 'inviato', 'inoltrato', 'rifatto', 'bloccat', 'sospes', 'ferm', 'respint', 'rifiutat', 'revocat', 'rigettat']);
const ASPETT = wordGate(['aspett', 'attendo', 'attesa']);
/** A word BENEFIT_RE could match: assegn…, bonus, rata… (BENEFIT_RE.test() needs one). */
const BENEFIT_WORD = wordGate([
  'assegn', 'bonus', 'pagament', 'accredit', 'rat', 'arretrat', 'pension', 'naspi', 'dis', 'adi', 'rimbors',
  'indennit', 'cedolin', 'stipendi', 'congedo', 'contribut', 'mensilit', 'bollett', 'fattur', 'soldi', 'import',
  'conguagl', 'tfr', 'tfs', 'cud', 'isee', 'prestit', 'quinto', 'sussidi', 'reddito', 'carta', 'ricarica',
  'quattordicesima', 'tredicesima', 'liquidazione', 'buonuscita', 'dsu',
]);
// rare words: "a me", "io", "noi", "tutti", and the English ones
const RARE = wordGate(['me', 'io', 'noi', 'tutti', 'haven', 'have', 'didn', 'did', 'still', 'my', 'when'], true);
const STRONG: [gate: number, pattern: string][] = [
  // "non ho ricevuto l'assegno", "non mi è arrivato il bonus", "non mi hanno pagato"
  [NON, String.raw`non\s+(?:mi\s+|ci\s+|gli\s+|le\s+)?(?:ho|ha|abbiamo|hanno|avete|e'|e|è|sono|e'\s+stat[oaie]|sono\s+stat[ie])?\s*(?:ancora\s+|mai\s+)?(?:ricevut[oaie]|arrivat[oaie]|pagat[oaie]|accreditat[oaie]|erogat[oaie]|percepit[oaie]|vist[oaie]|recapitat[oaie])(?:\s+(?:\S+\s+){0,3}?(?:[a-z]+'\s*)?${BENEFIT})?`],
  // "quando mi pagano", "quando mi arriva"
  [QUANDO, String.raw`quando\s+(?:mi|ci)\s+(?:pagano|pagate|pagherete|arriva|arrivano|arrivera|arriveranno|accreditano|accreditate|danno|date|erogano|erogate|rispondete|risponderete|ridate|rimborsate|rimborsano|liquidate|liquidano)`],
  // "la mia domanda", "il mio assegno", "della mia pratica"
  [MY, String.raw`(?:la|alla|della|sulla|nella|per\s+la|mia)\s+mia\s+(?:domanda|pratica|richiesta|pensione|naspi|posizione|istanza|bollett\w*|fattur\w*|situazione|busta\s+paga|dichiarazione|dsu|rata|indennita|liquidazione|ricostituzione|ricongiunzione)`],
  [MY, String.raw`(?:il|al|del|sul|nel|mio|per\s+il)\s+mio\s+(?:assegno|pagamento|bonus|isee|rimborso|cud|estratto\s+conto|conguaglio|contratto|cedolino|fascicolo|numero\s+di\s+pratica|caso|stipendio|tfr|tfs|prestito|congedo|reddito|contributi|accredito|cassetto\s+previdenziale|obis\s*m)`],
  [MY, String.raw`(?:i|ai|dei|sui|miei)\s+miei\s+(?:pagamenti|contributi|arretrati|soldi|assegni|rimborsi|dati)`],
  // "mi hanno tolto / sospeso / ridotto"
  [MI_CI | AFTER_MI, String.raw`(?:mi|ci)\s+(?:hanno|avete|ha)\s+(?:\S+\s+)?(?:tolto|sospeso|ridotto|respinto|rifiutato|bloccato|revocato|negato|decurtato|trattenuto|chiesto\s+(?:la\s+)?restituzione|rigettato|annullato)`],
  // "mi è stata respinta", "mi hanno accreditato solo 50 euro"
  [MI_CI | AFTER_MI, String.raw`(?:mi|ci)\s+(?:e'|e|è|sono)\s+stat[oaie]\s+(?:respint|rifiutat|sospes|revocat|negat|bloccat|tolt|ridott|trattenut|rigettat)\w*`],
  [MI_CI | AFTER_MI, String.raw`(?:mi|ci)\s+(?:hanno|avete)\s+(?:accreditato|pagato|dato|erogato|versato)\s+(?:solo|soltanto|meno|la\s+meta|di\s+meno|\d)`],
  [LESS, String.raw`(?:ho|abbiamo)\s+(?:ricevuto|preso|percepito|avuto)\s+(?:solo\s+|soltanto\s+)?(?:meno|di\s+meno|la\s+meta|un\s+importo\s+(?:piu\s+)?(?:basso|ridotto|inferiore))`],
  // "aspetto ancora il bonus", "sto ancora aspettando l'assegno", "sono in attesa del pagamento"
  [ASPETT | BENEFIT_WORD, String.raw`(?:aspetto|attendo|sto\s+(?:ancora\s+)?aspettando|stiamo\s+(?:ancora\s+)?aspettando|aspettiamo|sono\s+in\s+attesa|siamo\s+in\s+attesa)\s+(?:ancora\s+)?(?:\S+\s+){0,3}?(?:[a-z]+'\s*)?${BENEFIT}`],
  // "ho fatto domanda a gennaio ma non…", "ho presentato la domanda e ancora niente"
  [AFTER_HO, String.raw`(?:ho|abbiamo)\s+(?:fatto|presentato|inviato|inoltrato|rifatto)\s+(?:la\s+|una\s+|il\s+|l'\s*)?(?:domanda|richiesta|pratica|isee|dsu|ricorso)\s+(?:\S+\s+){0,6}?(?:ma|e|pero'?)\s+(?:\S+\s+){0,2}?(?:non|ancora|nessun\w*|niente|nulla)`],
  // "a me non è arrivato", "io non ho ancora preso"
  [NON | RARE, String.raw`(?:a\s+me|io|a\s+noi|noi)\s+non\s+(?:\S+\s+){0,3}?(?:arrivat\w*|pagat\w*|accreditat\w*|ricevut\w*|pres[oa]|dato|dati|rispost\w*)`],
  // "mi è arrivato solo metà dell'importo", "mi sono stati accreditati 50 euro in meno"
  [MI_CI | AFTER_MI, String.raw`(?:mi|ci)\s+(?:e'|e|è|sono)\s+(?:arrivat[oaie]|stat[oaie]\s+(?:pagat|accreditat|dat|versat)[oaie])\s+(?:(?:solo|soltanto)\s+(?:\S+\s+){0,2}?(?:[a-z]+'\s*)?(?:${BENEFIT}|meta|meno)|(?:la\s+)?meta|meno|\d+\s*(?:euro|€)\s+in\s+meno)`],
  // "da tre mesi non vedo un euro", "hanno pagato tutti tranne me"
  [NON, String.raw`non\s+(?:vedo|vediamo|ho\s+visto|abbiamo\s+visto)\s+(?:un|una|nessun|nessuna|neanche\s+un|nemmeno\s+un)\s+(?:euro|soldo|centesimo|pagamento|accredito|rata)(?!\s+di\s+(?:differenza|aumento|rivalutazione|piu))`],
  [RARE, String.raw`(?:hanno|ha|avete)\s+pagato\s+(?:a\s+)?tutti\s+(?:tranne|meno|eccetto|fuorche|ma\s+non)\s+(?:a\s+)?(?:me|noi|(?:mia|mio|miei|mie)\s+[a-z]+)`],
  // "ma a me quando pagano il congedo?", "a me hanno sospeso l'assegno", "mi danno solo 57 euro"
  [RARE, String.raw`a\s+(?:me|noi)\s+(?:quando\s+(?:pagano|arriva|arrivano|accreditano|danno|erogano)|(?:hanno|ha|avete)\s+(?:\S+\s+)?(?:tolto|sospeso|ridotto|respinto|rifiutato|bloccato|revocato|negato|decurtato|trattenuto|rigettato|annullato))`],
  [MI_CI | AFTER_MI, String.raw`(?:mi|ci)\s+(?:danno|date|pagano|pagate|accreditano|accreditate|erogano|versano)\s+(?:solo|soltanto|appena|meno)`],
  // "ho la pensione bloccata", "ho la domanda sospesa da mesi"
  [AFTER_HO, String.raw`(?:ho|abbiamo)\s+(?:la|il|l'|lo|le|i|gli)\s*(?:${BENEFIT}|domanda|pratica|richiesta|posizione)\s+(?:ancora\s+)?(?:bloccat|sospes|ferm|respint|rifiutat|revocat|rigettat)[oaie](?!\s+a\s+\d)`],
  // English
  [RARE, String.raw`(?:still\s+)?waiting\s+for\s+my\s+(?:\w+\s+)?(?:payment|benefit|pension|money|allowance|application|refund|bonus|salary)|i\s+(?:haven't|have\s+not|didn't|did\s+not|still\s+haven't)\s+(?:yet\s+)?(?:received|got|been\s+paid)|my\s+(?:application|claim|payment|pension|benefit|file)|when\s+will\s+i\s+(?:get|receive|be\s+paid)`],
];
const STATUS = String.raw`(?:e'|e|è|risulta|sta|stanno|resta|rimane)\s+(?:ancora\s+|sempre\s+)?(?:in\s+istruttoria|in\s+lavorazione|in\s+evidenza|in\s+attesa|in\s+sospeso|sospes[ao]|respint[ao]|bloccat[ao]|ferm[ao]|rifiutat[ao]|rigettat[ao]|accolt[ao]|da\s+definire|in\s+pagamento|in\s+liquidazione)`;
const ELIGIBILITY = String.raw`(?:mi|ci|gli|le\s+mi)\s+spett(?:a|ano|erebbe|erebbero)|ne\s+ho\s+diritto|ho\s+diritto|abbiamo\s+diritto|posso\s+(?:averlo|averla|richiederlo|richiederla|prenderlo|prenderla|ottenerlo|ottenerla|fare\s+(?:la\s+)?domanda\s+(?:per|del|della|dell'|di))`;
const FAMILY_BENEFIT = String.raw`(?:mio|mia)\s+(?:figli[oa]|marito|moglie|madre|padre|mamma|papa|compagn[oa]|suocer[oa]|nonn[oa])\s+(?:\S+\s+){0,5}?${BENEFIT}`;

/** All of STRONG, asked only where two of STRONG_PARTS find their next match at the same place. */
const STRONG_RE = new RegExp(`${B}(?:${STRONG.map(([, p]) => p).join('|')})${W}`, 'y');
// One regex per gate, each with the alternatives of that gate in STRONG's order. V8 scans a text for a
// wide alternation by trying every alternative at every position; a part that opens with a fixed word
// ("non", "quando") skips ahead to it, and most comments pass the gates of one or two parts only.
const STRONG_PARTS = [...new Set(STRONG.map(([g]) => g))].map((gate) => ({
  gate,
  re: new RegExp(`${B}(?:${STRONG.filter(([g]) => g === gate).map(([, p]) => p).join('|')})${W}`, 'g'),
}));
const STATUS_RE = new RegExp(`${B}${STATUS}${W}`, 'g');
const ELIG_RE = new RegExp(`${B}(?:${ELIGIBILITY})${W}`, 'g');
const FAMILY_RE = new RegExp(`${B}${FAMILY_BENEFIT}${W}`, 'g');
const FIRST_PERSON_WORDS = ['mi', 'mio', 'mia', 'miei', 'mie', 'ho', 'io', 'me', 'sono', 'abbiamo', 'nostro', 'nostra', 'nostri', 'nostre', 'my', 'i'];
const FIRST_PERSON_RE = new RegExp(`\\b(?:${FIRST_PERSON_WORDS.join('|')})(?![a-z])`);
/** FIRST_PERSON_RE.test() on the whole folded comment (see util/words). */
const FIRST_PERSON = wordGate(FIRST_PERSON_WORDS, true, true);
const BENEFIT_RE = new RegExp(`${B}${BENEFIT}${W}`);
// Cheap gate on words every pattern needs.
const GATE_WORDS = [
  'non', 'aspett', 'attendo', 'sto', 'stiamo', 'sono', 'siamo', 'quando', 'mia', 'mio', 'miei', 'mi', 'ci',
  'ho', 'abbiamo', 'me', 'io', 'noi', 'spett', 'diritto', 'posso', 'istruttoria', 'lavorazione', 'sospes',
  'respint', 'bloccat', 'ferm', 'rifiutat', 'rigettat', 'accolt', 'attesa', 'evidenza', 'my', 'i',
];
const GATE = wordGate(GATE_WORDS);
// the state after the verb
const STATUS_GATE = wordGate([
  'istruttoria', 'lavorazione', 'evidenza', 'attesa', 'sospes', 'respint', 'bloccat', 'ferm', 'rifiutat',
  'rigettat', 'accolt', 'definire', 'pagamento', 'liquidazione',
]);
// "spetta", "diritto" or "posso" (not the word after "posso": "domanda" is in most questions, "posso" in few)
const ELIG_GATE = wordGate(['spett', 'diritto', 'posso']);
// the family member after "mio"/"mia" (FAMILY_BENEFIT also needs MY and a BENEFIT_WORD)
const FAMILY_GATE = wordGate(['figli', 'marito', 'moglie', 'madre', 'padre', 'mamma', 'papa', 'compagn', 'suocer', 'nonn']);

// the parts whose gates pass, for strongSpans (one array kept, not one made per comment)
const activeParts: RegExp[] = [];

/** STRONG_RE's matches as a global regex, through the parts whose gates pass. */
function strongSpans(gates: number, f: string, out: Span[]): void {
  let n = 0;
  for (let k = 0; k < STRONG_PARTS.length; k++) {
    const part = STRONG_PARTS[k];
    if ((gates & part.gate) === part.gate) activeParts[n++] = part.re;
  }
  if (n) unionSpans(activeParts, n, STRONG_RE, f, out);
}

/** Tests: STRONG as one regex, and the spans of the parts whose gates pass. */
export const _strong = { source: STRONG_RE.source, spans: strongSpans };

export default defineRule({
  id: 'personal-case',
  label: { it: 'Caso personale', en: 'Personal case' },
  explanation: {
    it: 'Domanda sulla propria pratica o sui propri pagamenti ("non ho ricevuto l\'assegno di marzo", "la mia domanda è ancora in istruttoria", "quando mi pagano"). Le pagine INPS "forniscono informazioni e non consulenze": per la propria pratica si indirizza al Contact Center (803 164 / 06 164 164), a INPS Risponde o alla sede territoriale (seed 001).',
    en: 'A question about the writer\'s own file or payment ("I haven\'t received the March allowance", "my application is still under review", "when will I be paid"). INPS pages "provide information, not advice": personal cases are redirected to the Contact Center (803 164 / 06 164 164), INPS Risponde or the local office (seed 001).',
  },
  severity: 'info',
  languages: ['it', 'en'],
  settings,
  detect(comment, _ctx, s): readonly Finding[] {
    if (comment.authorIsPage) return NO_FINDINGS;
    const f = fold(comment.text);
    const gates = passes(f);
    if (!(gates & GATE)) return NO_FINDINGS;
    const ev: Span[] = [];
    const strong: Span[] = [];
    strongSpans(gates, f, strong);
    // "non è arrivato" needs a payment word or a first person somewhere: "non è arrivata l'estate" is not a case
    for (const sp of strong) {
      const piece = f.slice(sp.start, sp.end);
      const near = () => FIRST_PERSON_RE.test(f.slice(Math.max(0, sp.start - 40), sp.end + 40));
      // ("non vedo un euro" speaks in the first person by itself)
      if (!piece.startsWith('non') || /^non\s+(?:vedo|vediamo|ho\s+visto|abbiamo\s+visto)\s/.test(piece)) ev.push(sp);
      // third person ("non ha ricevuto") is a case only about one's family ("mia moglie non ha…")
      else if (/^non\s+(?:gli\s+|le\s+)?ha\b/.test(piece)) {
        if (near()) ev.push(sp);
      } else if (BENEFIT_RE.test(piece) || near()) ev.push(sp);
    }
    if (gates & FAMILY_GATE && gates & MY && gates & BENEFIT_WORD) spansOf(FAMILY_RE, f, ev);
    if (gates & FIRST_PERSON) {
      if (gates & STATUS_GATE) spansOf(STATUS_RE, f, ev);
      // "ho diritto" only counts when a benefit is named (no BENEFIT_WORD: none is)
      if (s.eligibility && gates & ELIG_GATE && gates & BENEFIT_WORD) {
        const elig: Span[] = [];
        spansOf(ELIG_RE, f, elig);
        if (elig.length && BENEFIT_RE.test(f)) ev.push(...elig);
      }
    }
    if (!ev.length) return NO_FINDINGS;
    const spans = mergeSpans(ev);
    return [
      {
        rule: 'personal-case',
        severity: 'info',
        evidence: spans,
        reason: `about the writer's own file or payment: "${comment.text.slice(spans[0].start, spans[0].end)}"`,
      },
    ];
  },
});
