// answering-for-us — "non sostituirti a noi nelle risposte" (netiquette, seed 003). A reply by another
// user that gives an authoritative answer in the institute's place ("devi fare domanda entro…",
// "non ti spetta", "arriva il 15", "devi andare al patronato"), or a comment that opens by tagging
// another user ("@Giulia devi rifare la domanda"). Hedged opinions ("secondo me",
// "credo") and pointers to the official channels are not answers in our place.
import { z } from 'zod';
import { defineRule, NO_FINDINGS } from './rule';
import type { Finding, Span } from '../types';
import { fold } from './util/fold';
import { sentenceAt } from './util/match';

const settings = z.object({
  enabled: z.boolean().default(true),
  /** Also flag hedged answers ("secondo me ti spetta"). */
  includeHedged: z.boolean().default(false),
});

const B = String.raw`\b`;
const W = String.raw`(?![a-z0-9])`;
// Infinitives with their clitic forms ("rifarlo", "presentarla", "chiederne").
const VERB = `(?:${[
  'fare', 'rifare', 'presentare', 'ripresentare', 'andare', 'chiamare', 'aspettare', 'attendere', 'inviare', 'compilare',
  'allegare', 'mandare', 'caricare', 'richiedere', 'chiedere', 'prenotare', 'rinnovare', 'aggiornare', 'integrare',
  'modificare', 'scaricare', 'portare', 'pagare', 'rifare', 'attivare', 'disdire', 'annullare', 'ritirare', 'consegnare',
]
  .map((v) => `${v.slice(0, -1)}(?:e|lo|la|li|le|ne|gli)`)
  .join('|')}|rivolgerti|rivolgervi|rivolgersi|recarti|recarvi|fare\\s+ricorso)`;
const AUTH = [
  String.raw`(?:devi|dovete|deve|dovresti|dovreste|bisogna|occorre|serve)\s+(?:(?:prima|solo|subito|anche|per\s+forza|comunque|sempre|assolutamente|necessariamente)\s+)?${VERB}`,
  String.raw`(?:non\s+)?(?:ti|vi|le|gli)\s+spett(?:a|ano|erebbe|erebbero)`,
  String.raw`(?:non\s+)?(?:hai|avete)\s+diritto`,
  // "Sì, spetta anche agli stranieri con permesso di lungo periodo", "spetta solo a chi…"
  String.raw`(?:si|no|certo)\W{0,3}\s*(?:che\s+)?(?:non\s+)?spett(?:a|ano)|(?:non\s+)?spett(?:a|ano)\s+(?:anche|solo|soltanto|a\s+tutti|a\s+chi)`,
  String.raw`(?:arriva|arrivano|pagano|paga|accreditano|accredita|escono|esce|caricano)\s+(?:(?:sempre|di\s+solito|normalmente)\s+)?(?:il|l'|dal|tra\s+il|verso\s+il|entro\s+il|intorno\s+al)\s*\d{1,2}`,
  String.raw`(?:ti|vi)\s+(?:arriva|arrivano|arrivera|arriveranno|pagano|pagheranno|accreditano|accrediteranno|danno|daranno|tolgono|toglieranno|sospendono|sospenderanno|rifiutano|respingono|spetta|spettano)`,
  String.raw`verr(?:a|anno)\s+(?:pagat|accreditat|erogat|liquidat)\w*`,
  String.raw`(?:basta|e'\s+sufficiente|e\s+sufficiente)\s+${VERB}`,
  String.raw`(?:vai|andate|rivolgiti|rivolgetevi|recati|recatevi)\s+(?:al|a\s+un|in\s+un|dal|da\s+un)\s+(?:patronato|caf|commercialista|consulente)`,
  String.raw`(?:ti|vi)\s+conviene|ti\s+tocca|vi\s+tocca|(?:te|ve)\s+l[oia]\s+(?:pagano|danno|accreditano|tolgono)|si\s+fa\s+(?:dal|sul|tramite|con|online|solo)`,
  String.raw`you\s+(?:have\s+to|need\s+to|must|should)\s+(?:apply|go|wait|call|file|submit|send|renew)|you\s+(?:are|aren't|are\s+not)\s+entitled|it\s+(?:arrives|comes)\s+on\s+the\s+\d{1,2}`,
];
const AUTH_RE = new RegExp(`${B}(?:${AUTH.join('|')})${W}`, 'g');
const HEDGE_RE = /\b(?:secondo\s+me|forse|credo|penso|mi\s+sembra|mi\s+pare|non\s+so|non\s+sono\s+sicur\w*|boh|probabilmente|magari|a\s+quanto\s+ne\s+so|per\s+quanto\s+ne\s+so|i\s+think|maybe|not\s+sure)(?![a-z])/;
// Sending someone to the official channels is what the page would do: not an answer in its place.
/**
 * A top-level comment that opens by tagging someone ("@Giulia devi rifare la domanda") answers that
 * person, as a reply does; tagging the institute's own account ("@INPS dovete pagare") does not.
 */
const OPENS_WITH_MENTION = /^\s*@([\p{L}\p{N}_.]+)/u;
const INSTITUTE_HANDLE = /inps/i;
/** An answer to the tagged user speaks to them ("devi…", "ti spetta", "vai al CAF"), not of a third person ("deve fare proclami"). */
const SECOND_PERSON = /\b(?:devi|dovete|dovresti|dovreste|ti|vi|te|ve|hai|avete|vai|andate|rivolgiti|rivolgetevi|recati|recatevi|you)(?![a-z])/;
function addressesAUser(text: string): boolean {
  const m = OPENS_WITH_MENTION.exec(text);
  return m !== null && !INSTITUTE_HANDLE.test(m[1]);
}
const OFFICIAL_RE = /(?:contact\s+center|803\s*164|06\s*164\s*164|inps\s+risponde|inps\.it|sito\s+(?:dell'\s*)?inps|sede\s+(?:dell'\s*)?inps|all'\s*inps|l'\s*inps|urp)/;

export default defineRule({
  id: 'answering-for-us',
  label: { it: 'Risponde al posto nostro', en: 'Answering for us' },
  explanation: {
    it: 'Un altro utente risponde in modo perentorio alla domanda di qualcuno ("devi fare domanda entro…", "non ti spetta", "arriva il 15"). La netiquette INPS chiede di "non sostituirti a noi nelle risposte" (seed 003): informazioni sbagliate danneggiano chi chiede. Si ringrazia e si rimanda alla fonte ufficiale.',
    en: 'Another user gives an authoritative answer to someone\'s question ("you must apply by…", "you are not entitled", "it arrives on the 15th"). The INPS netiquette says "do not answer in our place" (seed 003): wrong information harms the person asking. Thank them and point to the official source.',
  },
  severity: 'low',
  languages: ['it', 'en'],
  settings,
  detect(comment, _ctx, s): readonly Finding[] {
    if (comment.authorIsPage) return NO_FINDINGS;
    const text = comment.text;
    const reply = comment.isReply === true || comment.parentText !== undefined;
    if (!reply && !addressesAUser(text)) return NO_FINDINGS;
    const f = fold(text);
    // a comment that only tags someone answers them in the second person, or not at all
    if (!reply && !SECOND_PERSON.test(f)) return NO_FINDINGS;
    const ev: Span[] = [];
    AUTH_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = AUTH_RE.exec(f))) {
      const sent = sentenceAt(f, m.index);
      const sentence = f.slice(sent.start, sent.end);
      if (sentence.trimEnd().endsWith('?')) continue; // asking, not answering
      if (!s.includeHedged && HEDGE_RE.test(sentence)) continue;
      if (OFFICIAL_RE.test(f.slice(m.index, Math.min(f.length, m.index + m[0].length + 40)))) continue;
      if (!reply && !SECOND_PERSON.test(m[0])) continue;
      ev.push({ start: m.index, end: m.index + m[0].length });
    }
    if (!ev.length) return NO_FINDINGS;
    const parent = comment.parentText ? ` to "${comment.parentText.slice(0, 60)}${comment.parentText.length > 60 ? '…' : ''}"` : '';
    const kind = reply ? 'reply' : 'comment addressed to another user';
    return [
      {
        rule: 'answering-for-us',
        severity: 'low',
        evidence: ev,
        reason: `${kind}${parent} answers in the institute's place: "${text.slice(ev[0].start, ev[0].end)}"`,
      },
    ];
  },
});
