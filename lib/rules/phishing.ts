// phishing — scams that impersonate the institute. Seed 003 (Policy Social Media): only the official
// pages are reliable, every other page using the INPS name or logo "va considerata fake e pertanto non
// attendibile". Catches look-alike domains, "write me privately to unlock the bonus", requests for
// PIN/SPID/OTP/IBAN/credentials and fake "INPS Assistenza" offers.
import { z } from 'zod';
import { defineRule, NO_FINDINGS } from './rule';
import { severityRank, type Finding, type Severity, type Span } from '../types';
import { fold } from './util/fold';
import { passes, wordGate } from './util/words';
import { findLinks, isOfficialHost, lookAlikeReason, NO_LINKS, skeleton } from './util/links';
import { mergeSpans, negatedBefore } from './util/match';

const settings = z.object({
  enabled: z.boolean().default(true),
  /** Treat a non-page author whose name contains "INPS" as an impersonation signal. */
  checkAuthorName: z.boolean().default(true),
});

const CREDENTIAL =
  String.raw`(?:(?:il|la|i|le|l'|tuo|tua|tuoi|vostro|vostra|vostri|vostre|vs|your|codice|numero|dati|del|della|dello|dell'|di|e|lo|gli|\s)+\s*)?(?:pin(?:\s+inps)?|spid|otp|codice\s+fiscale\s+e\s+(?:il\s+)?pin|codice\s+(?:di\s+verifica|otp|di\s+sicurezza|segreto|di\s+accesso|ricevuto\s+via\s+sms)|codici\s+(?:di\s+accesso|spid)|password|credenziali(?:\s+spid)?|iban|coordinate\s+bancarie|numero\s+(?:della|di)\s+carta|carta\s+di\s+credito|cvv|dati\s+(?:della\s+carta|bancari|di\s+accesso)|bank\s+details|login)`;
// An imperative addressed to the reader ("mandami", "inviaci", "send me") followed by a credential,
// the reader's data ("mandami in privato i tuoi dati") or a copy of an identity document.
const CRED_REQ_RE = new RegExp(
  String.raw`\b(?:mand(?:a|ate)(?:mi|ci|teli|melo)|invia(?:mi|ci|te(?:mi|ci))|inviate|mandate|dammi|datemi|passami|passatemi|comunica(?:mi|temi|teci)|scrivi(?:mi|teci)|scrivete(?:mi|ci)|fornisci(?:mi|ci)?|fornite(?:mi|ci)?|send\s+me|give\s+me|dm\s+me)\s+(?:\S+\s+){0,7}?(?:${CREDENTIAL}|(?:i\s+)?(?:tuoi|vostri)\s+dati|(?:una\s+)?(?:foto|copia)\s+(?:del|della|dei)\s+(?:documento|documenti|carta\s+d'\s*identita|tessera\s+sanitaria))(?![a-z])`,
  'g',
);
const PRIVATE_RE =
  /\b(?:contatta(?:mi|teci|ci|temi|te|tela|telo|tegli|tele)|scrivi(?:mi|teci)|scrivete(?:mi|ci|gli|le)|mandami\s+un\s+(?:messaggio|dm|whatsapp|sms)|inviami\s+un\s+(?:messaggio|dm)|in\s+privato|in\s+pvt|in\s+direct|in\s+dm|in\s+chat\s+privata|in\s+inbox|su\s+whatsapp|su\s+telegram|su\s+instagram|via\s+whatsapp|al\s+(?:mio\s+)?numero|wa\.me|t\.me|dm\s+me|message\s+me|inbox\s+me)(?![a-z])/g;
// The bait: unlocking or collecting something of the READER ("ti sblocco il bonus"), urgency, account threats.
const LURE_RE =
  /\b(?:sblocc\w*\s+(?:(?:il|la|i|le|lo|tuo|tua|tuoi|vostro|vostra|vostri|subito|immediatamente)\s+|l'\s*)*(?:bonus|pagament\w*|assegn\w*|pratic\w*|rimbors\w*|account|conto|arretrat\w*|soldi|domand\w*)|(?:ti|vi)\s+sblocc\w*|riattiv\w*\s+(?:il|la)\s+(?:tuo|tua|vostro|vostra)|ricever(?:e|ai|ete)\s+(?:subito|immediatamente|in\s+24\s+ore)|accredito\s+immediato|entro\s+24\s+ore|account\s+(?:sospeso|bloccato)|verifica(?:re)?\s+(?:i\s+tuoi|i\s+vostri)\s+dati|bonus\s+(?:di\s+)?\d+\s*(?:€|euro)\s+(?:per\s+tutti|subito|gratis)|unlock\s+your|claim\s+your|ho\s+ricevuto\s+[\d.]+\s*(?:€|euro)\s+grazie\s+(?:al|alla|a)|(?:ti|vi)\s+spiego\s+come\s+(?:ho\s+)?(?:avuto|ottenuto|sbloccato|ricevuto)|compila\s+il\s+modulo|per\s+ricevere\s+(?:il|l'|i|subito)\s*(?:bonus|rimbors\w*|assegn\w*|pagament\w*|arretrat\w*)|clicca\s+(?:qui|sul\s+link)\s+per\s+(?:ricever\w*|riscuot\w*|sblocc\w*|ottener\w*|verific\w*)|(?:il\s+)?(?:tuo|suo|vostro)\s+(?:rimborso|bonus|assegno|pagamento|accredito)\s+(?:di\s+[\d.,]+\s*(?:€|euro)\s+)?(?:e'|e|è)\s+(?:disponibile|pronto|in\s+attesa)|(?:il\s+|la\s+)?(?:tuo|tua|suo|sua|vostro|vostra)\s+(?:assegno|pagamento|bonus|account|conto|pratica|domanda|posizione)\s+(?:e'|e|è)\s+(?:stat[oa]\s+)?(?:sospes[oa]|bloccat[oa]|annullat[oa]|revocat[oa])|(?:verifichi|aggiorni|confermi|verificate|aggiornate|confermate|aggiorna|conferma)\s+(?:i\s+)?(?:suoi|tuoi|vostri)\s+dati)(?![a-z])/g;
const IMPERSONATION_RE =
  /\b(?:(?:sono|siamo)\s+(?:un\s+|l'\s*|dell'\s*)?(?:operatore|operatrice|consulente|assistenza|supporto|funzionari[oa]|dipendente|ufficio)\s+(?:dell'\s*|di\s+)?inps|inps\s+(?:assistenza|supporto|help\s*desk|servizio\s+clienti|ufficio\s+pagamenti)|(?:assistenza|supporto|help\s*desk|servizio\s+clienti|ufficio\s+pagamenti)\s+(?:clienti\s+)?(?:dell'\s*)?inps)(?![a-z])/g;
// Words every signal needs (links are checked apart): most comments stop here.
const GATE_WORDS = [
  'inps', 'compila', 'clicca', 'tuo', 'suo', 'vostr', 'verifichi', 'aggiorn', 'confermi', 'pin', 'spid',
  'otp', 'password', 'credenzial', 'iban', 'coordinate', 'carta', 'cvv', 'codic', 'dati', 'privat', 'pvt',
  'direct', 'dm', 'inbox', 'whatsapp', 'telegram', 'numero', 'sblocc', 'riattiv', 'ricever', 'accredit',
  'entro', 'account', 'verific', 'bonus', 'login', 'bank', 'unlock', 'claim', 'send', 'give', 'message',
  'mand', 'invia', 'scriv', 'contatt', 'dammi', 'datemi', 'passami', 'passatemi', 'comunica', 'fornisc',
  'fornite', 'sono', 'siamo', 'assistenza', 'supporto', 'help', 'servizio', 'ufficio', 'instagram',
];
const GATE = wordGate(GATE_WORDS);

// Words each pattern cannot match without (the first word of every alternative): most comments
// that pass GATE (it wakes on "bonus", "inps", "sono") run none of the four big patterns. The gates
// are word-start gates, answered by one pass (util/words); PRIVATE_GATE holds a word of each
// alternative of PRIVATE_RE ("privat" of "in privato", "numero" of "al mio numero"; "t.me" apart).
const CRED_GATE = wordGate(['manda', 'invia', 'dammi', 'datemi', 'passami', 'passatemi', 'comunica', 'scrivi', 'scrivete', 'fornisc', 'fornite', 'send', 'give', 'dm']);
const PRIVATE_GATE = wordGate(['contatta', 'scriv', 'mandami', 'inviami', 'privat', 'pvt', 'direct', 'dm', 'inbox', 'whatsapp', 'telegram', 'instagram', 'numero', 'wa', 'message']);
// "t.me": the word "t" alone is in every tweet's "t.co" link, so the text is then searched for "t.me"
const T_WORD = wordGate(['t'], true);
// IMPERSONATION_RE holds the whole word "inps" in each alternative ("dell'inps", "inps assistenza")
const INPS_WORD = wordGate(['inps'], true);
const LURE_GATE = wordGate(['sblocc', 'riattiv', 'ricever', 'ricevuto', 'spiego', 'accredito', 'entro', 'account', 'verific', 'bonus', 'unlock', 'claim', 'compila', 'clicca', 'tuo', 'tua', 'suo', 'sua', 'vostr', 'aggiorn', 'conferm']);
const NONE: Span[] = [];

/**
 * The comment warns the others about a scam ("è una truffa, non cliccate", "segnalo il sito falso"): the
 * scammers' words and links it repeats are evidence of the scam, not a scam of its own. ("Attenzione!"
 * alone is no warning: baits open with it.)
 */
export const WARNING_RE = /\b(?:truff(?:a|e|atori|atore)|non\s+cliccate|non\s+cliccare|non\s+aprite|non\s+rispondete|non\s+date|sito\s+falso|link\s+falso|sms\s+falso|(?:e'|e|è)\s+(?:un\s+)?fake|(?:e'|e|è)\s+falso|sono\s+falsi|phishing|segnalo|segnalate|state\s+attenti)(?![a-z])/;
/** Where a user may rightly be told to send data: the institute's own channels, a patronato or a CAF. */
const OFFICIAL_CHANNEL_RE = /\b(?:myinps|inps\.it|(?:sito|app|portale)\s+(?:dell'\s*)?inps|all'\s*inps|patronato|caf|contact\s+center)(?![a-z])/;
/** An article or preposition before "assistenza INPS": the writer speaks of it ("ho chiamato l'assistenza INPS";
 * "sono Laura dell'assistenza INPS" presents oneself). */
const SPOKEN_OF = /(?:\b(?:l'|la|all'|dall'|nell'|con\s+l'|che|alla|dalla)\s*)$/;
/** An e-mail address that puts INPS in a non-official mailbox ("bonus.inps@gmail.com", "assistenza@inps-rimborsi.com"). */
const INPS_MAIL_RE = /[\w.+-]*@[\w-]+(?:\.[\w-]+)+/g;
/** Chat links (Telegram, WhatsApp) with INPS in their path: support does not live there ("t.me/inpsaiuto"). */
const CHAT_HOSTS = new Set(['t.me', 'telegram.me', 'wa.me', 'chat.whatsapp.com']);

const SHORTENERS = new Set(['bit.ly', 'tinyurl.com', 't.ly', 'is.gd', 'cutt.ly', 'rebrand.ly', 'goo.gl', 'ow.ly', 'shorturl.at', 'rb.gy', 'tiny.cc', 'bitly.com', 'short.io', 'v.gd', 'shorturl.com', 'linktr.ee']);

const authorCache = new Map<string, boolean>();
function authorImitates(author: string): boolean {
  let v = authorCache.get(author);
  if (v === undefined) {
    v = skeleton(author).includes('inps');
    if (authorCache.size > 5000) authorCache.clear();
    authorCache.set(author, v);
  }
  return v;
}

/** E-mail addresses of `text` with INPS in them, outside inps.it. */
function inpsMailboxes(text: string): Span[] {
  const out: Span[] = [];
  INPS_MAIL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INPS_MAIL_RE.exec(text))) {
    const at = m[0].indexOf('@');
    if (/inps/i.test(m[0]) && !isOfficialHost(m[0].slice(at + 1).toLowerCase().replace(/\.+$/, ''))) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function collect(re: RegExp, f: string, skipNegated: boolean): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(f))) {
    if (skipNegated && negatedBefore(f, m.index)) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export default defineRule({
  id: 'phishing',
  label: { it: 'Truffa / phishing', en: 'Scam / phishing' },
  explanation: {
    it: 'Tentativi di truffa che imitano l\'INPS: siti che imitano inps.it, inviti a scrivere in privato o su WhatsApp "per sbloccare il bonus", richieste di PIN, SPID, OTP, IBAN o credenziali, finte "Assistenza INPS". La policy social (seed 003) avverte che solo le pagine ufficiali sono attendibili e le altre vanno considerate fake. L\'INPS non chiede mai credenziali sui social.',
    en: 'Scams impersonating INPS: sites imitating inps.it, invitations to write privately or on WhatsApp "to unlock the bonus", requests for PIN, SPID, OTP, IBAN or credentials, fake "INPS Support". The social media policy (seed 003) warns that only the official pages are reliable and all others must be considered fake. INPS never asks for credentials on social media.',
  },
  severity: 'high',
  languages: ['it', 'en'],
  settings,
  detect(comment, _ctx, s): readonly Finding[] {
    if (comment.authorIsPage) return NO_FINDINGS;
    const text = comment.text;
    const f = fold(text);
    // (not fold(): it would evict the comment text from fold's one-entry memo)
    const authorFake = s.checkAuthorName && !!comment.author && authorImitates(comment.author);
    const links = findLinks(text);
    const gates = passes(f);
    if (!authorFake && links.length === 0 && !(gates & GATE)) return NO_FINDINGS;

    // (most comments have no link: no arrays made for them)
    const lookAlikes = links.length ? links.map((l) => ({ l, why: lookAlikeReason(l.host) })).filter((x) => x.why) : [];
    const foreignLinks = links.length ? links.filter((l) => !isOfficialHost(l.host)) : NO_LINKS;
    // ("inviate l'IBAN tramite MyINPS" sends it to the institute: an instruction, not a request)
    const creds = gates & CRED_GATE ? collect(CRED_REQ_RE, f, true).filter((m) => !OFFICIAL_CHANNEL_RE.test(f.slice(m.end, m.end + 40))) : NONE;
    const priv = gates & PRIVATE_GATE || (gates & T_WORD && f.includes('t.me')) ? collect(PRIVATE_RE, f, false) : NONE;
    const imper = gates & INPS_WORD ? collect(IMPERSONATION_RE, f, true).filter((m) => !SPOKEN_OF.test(f.slice(Math.max(0, m.start - 12), m.start))) : NONE;
    // a bait counts only with a link, a fake author, a private channel or an impersonation (see below)
    const lure = (links.length || authorFake || priv.length || imper.length) && gates & LURE_GATE ? collect(LURE_RE, f, true) : NONE;
    // ("@" first: a one-character search is much cheaper than one for "inps")
    const mails = f.includes('@') && f.includes('inps') ? inpsMailboxes(text) : NONE;
    // Without a link, a fake author, a request, a private channel, an impersonation or a mailbox
    // nothing below can raise a finding (most comments the gates let through, such as "quando arriva
    // il bonus nido?"): no lists made for them.
    if (!links.length && !authorFake && !creds.length && !priv.length && !imper.length && !mails.length) return NO_FINDINGS;

    const reasons: string[] = [];
    const evidence: Span[] = [];
    let sev: Severity | null = null;
    const raise = (to: Severity) => {
      if (!sev || severityRank(to) > severityRank(sev)) sev = to;
    };

    // a shortened link hides where it goes: with a bait, or with INPS in its path, it is a scam pattern
    const hidden = foreignLinks.length ? foreignLinks.filter((l) => SHORTENERS.has(l.host.replace(/^www\./, ''))) : NO_LINKS;
    if (hidden.length && (lure.length || /inps/i.test(text.slice(hidden[0].start, hidden[0].end)))) {
      raise('high');
      reasons.push(`shortened link ${hidden[0].host} hiding the destination, with a bait`);
      evidence.push(...hidden.map((l) => ({ start: l.start, end: l.end })), ...lure);
    }
    if (lookAlikes.length) {
      raise('high');
      reasons.push(lookAlikes[0].why!);
      evidence.push(...lookAlikes.map((x) => ({ start: x.l.start, end: x.l.end })));
    }
    if (mails.length) {
      raise('high');
      reasons.push('e-mail address using the INPS name outside inps.it');
      evidence.push(...mails);
    }
    const chats = links.length ? links.filter((l) => CHAT_HOSTS.has(l.host.replace(/^www\./, '')) && /inps/i.test(text.slice(l.start, l.end))) : NO_LINKS;
    if (chats.length) {
      raise('high');
      reasons.push('chat link using the INPS name');
      evidence.push(...chats.map((l) => ({ start: l.start, end: l.end })));
    }
    if (creds.length) {
      raise(foreignLinks.length || priv.length ? 'critical' : 'medium');
      reasons.push(foreignLinks.length ? 'asks for credentials/bank data next to a non-official link' : 'asks for credentials or bank data');
      evidence.push(...creds);
      if (foreignLinks.length) evidence.push(...foreignLinks.map((l) => ({ start: l.start, end: l.end })));
    }
    if (priv.length && (lure.length || imper.length || authorFake)) {
      raise('high');
      reasons.push(lure.length ? 'invites to a private channel to unlock a payment' : 'impersonates INPS support and moves to a private channel');
      evidence.push(...priv, ...lure, ...imper);
    } else if (lure.length && foreignLinks.length) {
      raise('high');
      reasons.push('bait with a non-official link');
      evidence.push(...lure, ...foreignLinks.map((l) => ({ start: l.start, end: l.end })));
    } else if (imper.length || (authorFake && (priv.length || foreignLinks.length || lure.length))) {
      raise(foreignLinks.length || priv.length ? 'high' : 'medium');
      reasons.push(authorFake && !imper.length ? `author name "${comment.author}" imitates INPS` : 'presents itself as INPS support');
      evidence.push(...imper, ...lure, ...priv);
    }
    if (!sev) return NO_FINDINGS;
    if (WARNING_RE.test(f)) {
      // a warning: its look-alike links stay flagged, low (the others should still not click them);
      // the scammers' words it quotes are no scam of its own
      const dangerous = [...lookAlikes.map((x) => x.l), ...chats, ...hidden];
      if (!dangerous.length && !mails.length) return NO_FINDINGS;
      return [{ rule: 'phishing', severity: 'low', evidence: mergeSpans([...dangerous.map((l) => ({ start: l.start, end: l.end })), ...mails]), reason: `warning about a scam; it repeats its link or address: ${reasons[0]}` }];
    }
    return [{ rule: 'phishing', severity: sev, evidence: mergeSpans(evidence), reason: reasons.join('; ') }];
  },
});
