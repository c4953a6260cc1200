// advertising — "non pubblicare pubblicità" (netiquette, seed 003). Promotion, links to domains the
// page does not allow (inps.it and gov.it always allowed), money-making and loan offers, crypto,
// "scrivimi su WhatsApp", a phone number offered for business, link/emoji spam.
import { z } from 'zod';
import { defineRule, NO_FINDINGS } from './rule';
import type { Finding, Severity, Span } from '../types';
import { fold } from './util/fold';
import { digitCount, passes, wordGate } from './util/words';
import { findLinks, isAllowedHost, lookAlikeReason, NO_LINKS } from './util/links';
import { mergeSpans } from './util/match';
import { findPersonalData } from './personal-data';
import { WARNING_RE } from './phishing';

const settings = z.object({
  enabled: z.boolean().default(true),
  /** A link to a domain outside the page's allowed list is advertising on its own (low severity). */
  flagForeignLinks: z.boolean().default(true),
  /** Links in one comment that make it link spam. */
  spamLinks: z.number().int().min(2).default(2),
});

const PROMO_RE = new RegExp(
  [
    // money-making offers (imperatives/infinitives, not "ho guadagnato")
    String.raw`(?:guadagna|guadagnate|guadagnare|guadagno\s+(?:extra|facile|garantito|sicuro))\s+(?:\S+\s+){0,3}?(?:da\s+casa|online|on\s+line|facile|facilmente|subito|ogni\s+giorno|al\s+giorno|al\s+mese|\d+\s*(?:€|euro|k)|soldi)`,
    String.raw`(?:lavora|lavorare|lavorate)\s+(?:comodamente\s+)?da\s+casa`,
    // testimonials of the scam: "ho guadagnato 2.000€ con questa app", or with a call to action ("… con
    // il trading, chiedimi come"); not "ho guadagnato 30 mila euro con i titoli di stato, devo dichiararli?"
    String.raw`(?:ho\s+guadagnato|guadagnato|guadagno)\s+(?:\S+\s+){0,3}?\d[\d.]*\s*(?:€|euro|k|mila)\s+(?:\S+\s+){0,3}?con\s+(?:questo\s+metodo|questa\s+app|questa\s+piattaforma|(?:(?:il|i|le|gli|l')\s*)?(?:trading|bitcoin|cripto\w*|crypto|forex|investiment\w*)\W+(?:\S+\s+){0,3}?(?:chiedimi|chiedetemi|scrivimi|scrivetemi|contattami|contattatemi|ti\s+spiego|vi\s+spiego|info\s+in\s+privato|link))`,
    String.raw`(?:entrate|reddito|rendita)\s+(?:extra|passiv[ao])`,
    // loans and credit offers
    String.raw`(?:offro|offriamo|concedo|concediamo|eroghiamo)\s+(?:\S+\s+){0,2}?(?:prestit\w*|finanziament\w*|credit\w*|soldi)`,
    String.raw`cessione\s+del\s+quinto\s+(?:\S+\s+){0,8}?(?:chiama|chiamate|contatta|contattaci|contattateci|scrivi|scrivici|whatsapp|tasso|tassi|senza)`,
    String.raw`prestit\w*\s+(?:\S+\s+){0,5}?(?:veloc\w*|facil\w*|immediat\w*|garantit\w*|in\s+24\s+ore|senza\s+(?:busta\s+paga|garanzi\w*|controlli)|a\s+(?:tutti|protestati|cattivi\s+pagatori)|per\s+(?:tutti|protestati|cattivi\s+pagatori)|tra\s+privati)`,
    String.raw`(?:finanziament\w*)\s+(?:veloc\w*|immediat\w*|senza\s+\w+|a\s+tutti|garantit\w*)`,
    // crypto and trading
    String.raw`bitcoin|btc|criptovalut\w*|cripto|crypto|forex|trading\s+online|opzioni\s+binarie|rendiment\w*\s+garantit\w*|investi\w*\s+(?:con\s+me|solo|\d+\s*(?:€|euro))|nft|airdrop|broker`,
    // solicitation and self-promotion
    String.raw`(?:scrivi|scrivete|contatta|contattate|chiama|chiamate|messaggia)(?:mi|temi|ci|teci)?\s+(?:subito\s+)?(?:su|via|al)\s+(?:whatsapp|telegram|wa)`,
    String.raw`(?:scrivi|contatta|messaggia)(?:mi)?\s+in\s+(?:privato|direct|dm|pvt)\s+per\s+(?:info|informazioni|dettagli|guadagnare|saperne|iniziare|scoprire)`,
    String.raw`(?:info|informazioni|dettagli)\s+in\s+(?:privato|pvt|dm|direct|bio)`,
    // one user soliciting another (singular imperative), or offering paid help with a file
    String.raw`(?:scrivimi|contattami|messaggiami)\s+(?:pure\s+|subito\s+)?(?:in\s+(?:privato|pvt|direct|dm|chat)|su\s+(?:whatsapp|telegram|instagram|messenger))`,
    String.raw`sono\s+(?:un|una)\s+(?:consulente|esperto|esperta|commercialista|avvocato|agente)\W+(?:\S+\s+){0,3}?(?:scrivimi|contattami|posso)`,
    String.raw`link\s+in\s+bio|seguimi|seguite\s+la\s+mia|segui\s+la\s+mia|iscriviti\s+al\s+(?:mio\s+)?canale|visita(?:te)?\s+il\s+(?:mio|nostro)\s+(?:sito|profilo|negozio|shop|canale)`,
    String.raw`offerta\s+(?:limitata|imperdibile|speciale|esclusiva)|codice\s+sconto|sconto\s+del\s+\d+\s*%|clicca\s+(?:qui|sul\s+link|il\s+link)|promo(?:zione)?\s+(?:valida|limitata)`,
    String.raw`(?:vendo|vendiamo|affittasi|compro\s+oro)`,
    // English
    String.raw`earn\s+(?:money|\$?\d+)|work\s+from\s+home|passive\s+income|check\s+my\s+(?:profile|bio|page)|click\s+the\s+link|follow\s+me|dm\s+me\s+for|investment\s+(?:plan|opportunity)`,
  ]
    .map((p) => `(?:${p})`)
    .join('|')
    .replace(/^/, String.raw`\b(?:`)
    .concat(String.raw`)(?![a-z0-9])`),
  'g',
);
const BUSINESS_RE = /\b(?:offro|offriamo|vendo|servizi\w*|consulenz\w*|prezz\w*|preventiv\w*|disponibil\w*|whatsapp|telegram|info|contattami|contattateci|chiamami|chiamateci|per\s+informazioni|business|promo)(?![a-z])/;
// BUSINESS_RE starts with one of these ("info" also starts the "informazioni" of "per informazioni")
const BUSINESS_GATE = wordGate(['offr', 'vendo', 'servizi', 'consulenz', 'prezz', 'preventiv', 'disponibil', 'whatsapp', 'telegram', 'info', 'contattami', 'contattateci', 'chiamami', 'chiamateci', 'business', 'promo']);
const EMOJI_RE = /\p{Extended_Pictographic}/gu;
/**
 * A code unit that every emoji holds: the pictographs of the BMP lie in these ranges, the others
 * (U+1F000–U+1FFFD) start with one of these surrogates (advertising.test checks every code point).
 * Counting them is a plain scan, much cheaper than EMOJI_RE's by code point.
 */
export const EMOJI_UNIT_RE = /[\u00a9\u00ae\u203c-\u3299\ud83c-\ud83f]/g;
const EMOJI_WALL = 8;
/** How many emoji `text` has when they make a wall (EMOJI_WALL or more), else 0. */
function emojiWall(text: string): number {
  EMOJI_UNIT_RE.lastIndex = 0;
  let units = 0;
  while (units < EMOJI_WALL && EMOJI_UNIT_RE.test(text)) units++;
  if (units < EMOJI_WALL) return 0;
  const emoji = text.match(EMOJI_RE);
  return emoji && emoji.length >= EMOJI_WALL ? emoji.length : 0;
}
/** Evidence is a plain span (a link also carries its host, which is no part of the finding). */
const spanOf = (l: Span): Span => ({ start: l.start, end: l.end });
const GATE_WORDS = [
  'guadagn', 'consulent', 'espert', 'commercialist', 'avvocat', 'agente', 'lavor', 'entrat', 'reddit',
  'rendit', 'prest', 'finanz', 'cession', 'offr', 'conced', 'erog', 'bitcoin', 'btc', 'cript', 'crypto', 'forex',
  'trading', 'binari', 'rendiment', 'invest', 'nft', 'airdrop', 'broker', 'scriv', 'contatt', 'chiam',
  'messagg', 'info', 'dettagl', 'link', 'segui', 'iscriv', 'visit', 'offert', 'codice', 'sconto', 'clicca',
  'promo', 'vend', 'affittasi', 'compro', 'earn', 'work', 'passive', 'check', 'click', 'follow', 'dm',
];
const GATE = wordGate(GATE_WORDS);
// A word that every match of PROMO_RE holds at the start of a word (after \b or \s+), the rarest one
// of each alternative ("casa" of "lavora da casa", "extra"/"passiv…" after "reddito", the channel of
// "scrivimi su whatsapp"…): a comment without one of them does not run PROMO_RE (see util/words).
const PROMO_GATE = wordGate([
  'guadagn', 'casa', 'extra', 'passiv', 'offr', 'conced', 'erogh', 'prestit', 'finanziament', 'cessione', 'bitcoin', 'btc',
  'cript', 'crypto', 'forex', 'trading', 'opzioni', 'rendiment', 'invest', 'nft', 'airdrop', 'broker', 'whatsapp',
  'telegram', 'wa', 'privato', 'direct', 'dm', 'pvt', 'bio', 'scrivimi', 'contattami', 'messaggiami',
  'consulente', 'espert', 'commercialista', 'avvocato', 'agente', 'segui', 'iscriviti', 'visita', 'offerta',
  'sconto', 'clicca', 'promo', 'vend', 'affittasi', 'compro', 'earn', 'home', 'income', 'check', 'click', 'follow',
]);

export default defineRule({
  id: 'advertising',
  label: { it: 'Pubblicità', en: 'Advertising' },
  explanation: {
    it: 'Pubblicità e promozioni: link a siti non consentiti sulla pagina (inps.it e gov.it sono sempre consentiti), offerte di guadagno o lavoro da casa, prestiti, criptovalute, inviti a scrivere su WhatsApp, numeri di telefono per affari, spam di link o emoji. La netiquette INPS chiede di "non pubblicare pubblicità" (seed 003).',
    en: 'Advertising and promotion: links to sites the page does not allow (inps.it and gov.it are always allowed), money-making or work-from-home offers, loans, crypto, invitations to write on WhatsApp, phone numbers offered for business, link or emoji spam. The INPS netiquette asks users "not to post advertising" (seed 003).',
  },
  severity: 'medium',
  languages: ['it', 'en'],
  settings,
  detect(comment, ctx, s): readonly Finding[] {
    if (comment.authorIsPage) return NO_FINDINGS;
    const text = comment.text;
    const f = fold(text);
    const links = findLinks(text);
    const gates = passes(f);
    if (links.length === 0 && !(gates & GATE)) return NO_FINDINGS;
    const signals: string[] = [];
    const evidence: Span[] = [];

    // (a look-alike of inps.it is phishing's finding, not an advert)
    const foreign = links.length ? links.filter((l) => !isAllowedHost(l.host, ctx.profile.allowedDomains) && !lookAlikeReason(l.host)) : NO_LINKS;
    let linkOnly = false;
    if (foreign.length >= s.spamLinks) {
      signals.push(`${foreign.length} links to other sites`);
      evidence.push(...foreign.map(spanOf));
    } else if (foreign.length && s.flagForeignLinks) {
      signals.push(`link to ${foreign[0].host}, not an allowed domain`);
      evidence.push(...foreign.map(spanOf));
      linkOnly = true;
    }

    PROMO_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    const promo: Span[] = [];
    // (a warning about a scam quotes its wording: "è una truffa quella di chi dice scrivimi in privato")
    if (gates & PROMO_GATE && !WARNING_RE.test(f)) while ((m = PROMO_RE.exec(f))) promo.push({ start: m.index, end: m.index + m[0].length });
    if (promo.length) {
      signals.push(`promotional wording "${text.slice(promo[0].start, promo[0].end)}"`);
      evidence.push(...promo);
      linkOnly = false;
    }

    if (digitCount(f) > 0 && gates & BUSINESS_GATE && BUSINESS_RE.test(f)) {
      const phones = findPersonalData(text, {
        enabled: true, codiceFiscale: false, iban: false, phone: true, email: false, address: false, document: false, protocol: false, health: false, credential: false, birth: false,
      });
      if (phones.length) {
        signals.push('phone number offered with a business/solicitation wording');
        evidence.push(...phones.map((p) => ({ start: p.start, end: p.end })));
        linkOnly = false;
      }
    }

    if (signals.length) {
      // emoji walls add to an advert, they are not one on their own ("grazie 😍😍😍😍😍😍")
      const emoji = emojiWall(text);
      if (emoji) signals.push(`${emoji} emoji`);
    }
    if (!signals.length) return NO_FINDINGS;
    // several promotional phrases in one comment count as several signals
    const strength = signals.length + Math.max(0, promo.length - 1);
    const severity: Severity = linkOnly ? 'low' : strength >= 2 ? 'high' : 'medium';
    return [{ rule: 'advertising', severity, evidence: mergeSpans(evidence), reason: signals.join('; ') }];
  },
});
