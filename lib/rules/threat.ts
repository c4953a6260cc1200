// threat — violence and incitement to violence against people or staff (netiquette, seeds 001/003:
// "incitazioni all'odio"; DESIGN: hide + escalate). Needs violent intent (first person, future,
// "qualcuno dovrebbe…", death wishes) aimed at a person, a group or the institute's offices;
// idioms ("ammazzare il tempo", "sparare cazzate"), negation and reported speech are not threats.
import { z } from 'zod';
import { defineRule, NO_FINDINGS } from './rule';
import { lexiconOf, negatedBefore, passesGate, prefixGate, quotedMention, registerTrigger, reportedBefore, scanAbuse, stemTrigger, wakes } from '../lexicons/scan';
import { DEATH_WISH, GROUP, INTENT, NORMATIVE, PERSON, VIOLENCE, VIOLENCE_IDIOM } from '../lexicons/patterns';
import { findAll, type Canon } from '../text/canon';
import type { Finding } from '../types';

const GAP = (n: number) => `(?:[^ .]+ ){0,${n}}?`;
const CLITIC = '(?:ti|vi|lo|la|li|le|gli|te|ve|ce|glie)';
const ENCLITIC = new RegExp(`(?:${'ti|vi|lo|la|li|le|gli|ci|ne|vela|tela|gliela|gliele'})$`);
const OBJECT = `(?:${PERSON}|${GROUP}|il prossimo|la prossima|i prossimi|a (?:te|voi|lui|lei|loro|tutti)|al prossimo|alla prossima|ai|alle|agli)`;
const PLACE = '(?:sede|sedi|ufficio|uffici|inps|sportello|sportelli|patronato|caf|agenzia|filiale|palazzo)';
/** Present first person of "spezzare" ("ti spezzo le gambe"), with the body parts of the forms in VIOLENCE; "darvi fuoco". */
const MORE_VIOLENCE = '(?:spezzo|spezziamo) (?:il collo|le gambe|le ossa|le braccia)|(?:darvi|darti|dargli|darle|darli) fuoco';
const V = `(?:${VIOLENCE}|${MORE_VIOLENCE})`;
/** A clause ends here: the canon writes a sentence break as " . " and a comma as " , ". */
const END = '(?= (?:\\.|$))';
/**
 * Telling someone to kill themselves. The plural imperatives are unambiguous; "buttatevi",
 * "lanciatevi" and "sparatevi" need the fall or the shot ("buttatevi nella mischia", "buttatevi da
 * soli alle elezioni" are encouragement); the singular "ammazzati", "impiccati", "suicidati" are also
 * participles ("ammazzati di tasse", "ammazzati, i pensionati, da questa riforma"), so they count
 * only as a whole sentence ("Ammazzati!", "@Mario ammazzati"); "buttati" and "sparati" with their
 * fall or shot, at the start of a sentence ("soldi buttati dalla finestra" is a complaint).
 */
const FALL = '(?:(?:dal|dalla|dallo|da un|da una|giu dal|giu da un) [a-z]+|sotto (?:un|il|al) (?:treno|camion|tram|autobus|macchina))';
const SHOT = '(?:in (?:testa|bocca)|un colpo|alla (?:testa|tempia))';
const KILL_YOURSELF = [
  ` (?:ammazza|impicca|suicida|ucci[dt]e)tevi(?= )`,
  ` (?:butta|lancia)tevi ${FALL}(?= )`,
  ` sparatevi(?: ${SHOT})?${END}`,
  // the singular imperatives are participles too ("soldi buttati dalla finestra"): they must open a
  // sentence (checked by opensSentence() in detect; a lookbehind here would slow every scan)
  ` (?:buttati ${FALL}(?= )|sparati ${SHOT}(?= )|(?:ammazzati|impiccati|suicidati|ucciditi)${END})`,
  ` (?:vai|andate|vatti|vattene|andatevene) (?:ad? |pure ad? )?(?:impiccar|ammazzar|uccider|suicidar|buttar)(?:ti|vi|si)(?= )`,
].join('|');
const INCITE_SELF = 'istigazione al suicidio o alla violenza';
/** The singular imperatives of KILL_YOURSELF, which count only at the start of a sentence. */
const SINGULAR_IMPERATIVE = new Set(['buttati', 'sparati', 'ammazzati', 'impiccati', 'suicidati', 'ucciditi']);
/** Token i opens its sentence, or follows a comma or a mention ("Ammazzati!", "@Mario ammazzati"). */
function opensSentence(c: Canon, i: number): boolean {
  return i === 0 || c.sentence[i - 1] !== c.sentence[i] || c.tokens[i - 1].kind === 'mention' || /[,:]/.test(c.tokens[i].gap);
}
const ARMED = 'minaccia di presentarsi armato';
const DEATH_WISH_REASON = 'augurio di morte o di sofferenza';
const ILLNESS = '(?:un|una|il) (?:cancro|tumore|infarto|ictus|brutta malattia)';
/**
 * Patterns that need no word of VIOLENCE or DEATH_WISH, so the quick test before the patterns runs
 * them too (their own union, so the test cannot drift from them).
 */
const WITHOUT_VIOLENCE_WORD: [string, string][] = [
  [KILL_YOURSELF, INCITE_SELF],
  // "i vecchi dovrebbero morire", "dovrebbe crepare" (DEATH_WISH has "devono" and "dovresti"); not
  // "dovrebbero morire di fame?", "la legge dovrebbe morire in Parlamento", "morire a casa propria"
  [` (?:dovrebbe|dovrebbero) (?:(?:morire|crepare)(?:${END}| (?=tutti |tutte |subito |presto |ammazzat|e lasciare |e sparire ))|sparire dalla faccia della terra(?= ))`, DEATH_WISH_REASON],
  // wishing someone an illness, or to see them dead ("vi auguro un cancro", "non vedo l'ora di vedervi tutti morti")
  [` (?:(?:ti|vi|gli|le) auguro ${ILLNESS}|spero che (?:ti|vi|gli|le) (?:venga|vengano|prenda|colpisca) ${ILLNESS}|(?:ti|vi|gli) venisse ${ILLNESS}|(?:non vedo l ora di|vorrei|voglio|spero di) (?:vederl[oaie]|vederti|vedervi) (?:tutti |tutte )?(?:mort[oaie](?! dal ridere| dalle risate)|sottoterra|in una bara))(?= )`, DEATH_WISH_REASON],
  // "vi faccio vedere io!", "ti faccio vedere io chi sono" (not "ti faccio vedere io come si compila",
  // "te lo faccio vedere io, domani ti mando la foto"): the clause ends there
  [` (?:ti|vi|te lo|ve lo) (?:faccio|faro|faremo|facciamo) vedere io(?: chi sono| chi comanda)?${END}`, 'intimidazione'],
  // "ti aspetto sotto casa", "vi aspetto fuori!" as a whole clause (not "ti aspetto fuori dal CAF
  // alle 9", "ti aspetto sotto casa alle 8 per andare al patronato")
  [` (?:ti|vi) aspett(?:o|iamo) (?:sotto casa|fuori|all uscita)${END}`, 'intimidazione'],
  // "vedrai cosa ti succede", "vedrete cosa vi succede" (not "vedrai cosa ti succede se non paghi l'IMU")
  [` (?:vedrai|vedrete) (?:cosa|che cosa|che) (?:ti|vi) (?:succede|succedera|faccio|faremo|capita)${END}`, 'intimidazione'],
  // "fare la festa a qualcuno" is to kill him ("vi faremo la festa"; not "la festa di compleanno")
  [` (?:ti|vi|gli|le) (?:faccio|faro|faremo|fara|faranno|facciamo) la festa(?! (?:di|del|della|per|a sorpresa))(?= )`, 'minaccia di violenza rivolta a una persona'],
  // bringing a weapon to an office ("la prossima volta porto la pistola allo sportello")
  [` (?:porto|portero|portiamo|porteremo) (?:la|una|il|un|l) (?:tanica|benzina|coltello|pistola|fucile|spranga|machete|molotov|mitra|bomba) ${GAP(2)}(?:in|allo|alla|al|nella|nel|all|agli|dentro) ${GAP(1)}${PLACE}(?= )`, ARMED],
  // "meritate una bomba", "vi meritate una bomba" (aimed at people: second person)
  [` (?:vi )?(?:meritate|meriti|ti meriti|meritano|si meritano) (?:una bomba|una pallottola|un proiettile|una pistolettata|una sventagliata di mitra)(?= )`, 'augurio di morte o di sofferenza'],
  // arriving armed ("vengo lì con la tanica di benzina")
  [` (?:vengo|veniamo|verro|verremo|arrivo|arriviamo|torno|torniamo|passo) ${GAP(4)}con (?:la|una|il|un|l) (?:tanica|benzina|coltello|pistola|fucile|spranga|machete|molotov|mitra)(?= )`, ARMED],
];
const WITHOUT_VIOLENCE_WORD_RE = new RegExp(WITHOUT_VIOLENCE_WORD.map(([src]) => `(?:${src})`).join('|'));

const CLITIC_REASON = 'minaccia di violenza rivolta a una persona';
/** Clitics that are also articles: "le donne picchiate" is an article, its noun and a participle. */
const ARTICLE_LIKE = new Set(['lo', 'la', 'li', 'le', 'gli']);
const PATTERNS: [RegExp, string][] = [
  // "ti ammazzo", "vi spacco la faccia", "lo uccido", "le ho picchiate"
  [new RegExp(` ${CLITIC} (?:${GAP(1)})${V}(?= )`, 'g'), CLITIC_REASON],
  // "voglio uccidere tutti i …", "vengo a ammazzarvi", "ucciderò il prossimo …"
  [new RegExp(` ${INTENT} ${GAP(3)}${V}(?= )`, 'g'), 'intenzione dichiarata di usare violenza'],
  // "qualcuno dovrebbe spezzare il collo a …", "bisognerebbe bruciare la sede"
  [new RegExp(` ${NORMATIVE} ${GAP(4)}${V}(?= )`, 'g'), 'incitazione alla violenza'],
  // "la fucilazione è l'unica soluzione per i …"
  [new RegExp(` ${V} ${GAP(3)}(?:e )?l unica soluzione(?= )`, 'g'), 'incitazione alla violenza'],
  // death wishes
  [new RegExp(` ${DEATH_WISH}(?= )`, 'g'), DEATH_WISH_REASON],
  // first-person future or present of a violent verb ("sparerò", "tortureremo", "ammazzo")
  [new RegExp(` (?:${V})(?= )`, 'g'), ''],
  ...WITHOUT_VIOLENCE_WORD.map(([src, reason]): [RegExp, string] => [new RegExp(src, 'g'), reason]),
  // intimidation
  [new RegExp(` so dove (?:abiti|lavori|vivi|abitate|lavorate|state|stai|abita|lavora)(?= )`, 'g'), 'intimidazione'],
  [new RegExp(` (?:ti|vi) (?:vengo|veniamo|verro|verremo) a (?:prendere|cercare|trovare)(?= )`, 'g'), 'intimidazione'],
  // "me la pagherai", "te la faccio pagare", "gliela faremo pagare", "… la pagherete cara" (not "la
  // macchina la pagherai cara": the bare form only opens its sentence or follows a comma or "vedrai che")
  [new RegExp(` (?:me|ce) la pagher(?:ai|ete|anno)(?= )| (?:te|ve) la (?:faccio|faro|faremo|facciamo) pagare(?= )| (?:gliela|gliele) (?:faccio|faro|faremo|facciamo) pagare(?= )|(?:^|[.,]) (?:e |ma |vedrai che |vedrete che |giuro che |stai sicuro che |state sicuri che )?la pagher(?:ai|ete|anno) cara(?= )`, 'g'), 'intimidazione'],
];
/** English threats (read only when the comment is guessed English). */
const EN_V = '(?:kill|shoot|stab|murder|hurt|beat up|beat|strangle|burn|rape|find and kill|slit)';
const EN_WHO = '(?:you|u|him|her|them|all of you|every one of you|everyone|your|ya)';
const EN_PATTERNS: [RegExp, string][] = [
  [new RegExp(` (?:i|we) (?:will|ll|am going to|m going to|are going to|re going to|m gonna|am gonna|gonna|want to|wanna|would love to) (?:(?:fucking|personally|come and|come|find and) )*(?:(?:find|catch|get|come for) ${EN_WHO} and )?${EN_V} ${EN_WHO}(?= )`, 'g'), 'threat of violence against a person'],
  [new RegExp(` (?:you|u) (?:are|re|r) (?:so |fucking )?(?:dead|going to die|gonna die|next)(?= )`, 'g'), 'threat of violence against a person'],
  [new RegExp(` i know where (?:you|u) (?:live|work)(?= )`, 'g'), 'intimidation'],
  [new RegExp(` (?:someone|somebody|they|we) should (?:${EN_V}) ${EN_WHO}(?= )`, 'g'), 'incitement to violence'],
  [new RegExp(` (?:i )?(?:hope|wish) (?:you|u|they) (?:all )?(?:die|get killed|get shot|burn|rot|get raped)(?= )`, 'g'), 'wish of death or suffering'],
];
const EN_TRIGGER = new Set('kill shoot stab murder hurt strangle rape dead die burn slit live'.split(' '));

/** Cheap test for the "you'll pay for it" forms above (they need no violent verb). */
const PAY_BACK_RE = / (?:me|ce|te|ve|gliela|gliele) la pagher| (?:faccio|faro|faremo|facciamo) pagare | la pagher\w* cara /;

const IDIOM_RE = new RegExp(` (?:${VIOLENCE_IDIOM}|(?:ti|vi) (?:ammazzo|uccido) di (?:complimenti|coccole|abbracci|baci|solletico|risate|domande|messaggi|telefonate|chiacchiere)|(?:ammazza|uccide)tevi (?:di (?:lavoro|fatica|risate)|dal ridere|dalle risate)) `, 'g');
/** Where patterns 1–6 can match at all: " V" or " DEATH_WISH" followed by a space. */
const ANY_VIOLENCE_RE = new RegExp(` (?:${V}|${DEATH_WISH})(?= )`);
/** Words a threat can hinge on: no such word, no regex runs. */
const COMMON = new Set('fare dare mett pren tagl facc test mani paga veng veni verr tutt poss devo devi dovr dove sper diam faro fatt augu meri pell alle agli glie'.split(' '));
const GATE = new Set([...prefixGate(V, DEATH_WISH)].filter((p) => p.length >= 4 && !COMMON.has(p)));
const OBJECT_RE = new RegExp(` ${OBJECT} `);
const PLACE_RE = new RegExp(` ${PLACE} `);
/** "tutti/tutte" followed by a thing, not people ("tutte le carte"). */
const THINGS_RE = new RegExp(` (?:tutti|tutte) (?:i|gli|le|la|il|lo|l|questi|queste|quei|quelle|sti|ste) (?!(?:${GROUP}|${PERSON}) )[a-z]+`);
const FIRST_PERSON = /(?:o|ero|ro|emo|remo|iamo|iamoci|rei|remmo)$/;
const PARTICIPLE = /(?:at|it|ut)o$/;
const NOUNISH = new Set(['stupro', 'stupri', 'massacro', 'massacri', 'tortura', 'torture', 'omicidio', 'bomba', 'bombe', 'sparo', 'spari', 'violenza', 'fucilazione']);

function idiomSpans(c: Canon): [number, number][] {
  const out: [number, number][] = [];
  for (const { from, to } of findAll(c, IDIOM_RE)) out.push([from, to]);
  return out;
}

const PERSON_OR_GROUP = new RegExp(`^(?:${PERSON}|${GROUP})$`);
/** "a morte" followed by an article and a noun that is no person or group ("A morte la burocrazia", "a morte lo SPID"). */
function deathToAThing(c: Canon, to: number, text: string): boolean {
  if (to + 1 >= c.tokens.length || c.sentence[to + 1] !== c.sentence[to - 1] || !/^(?:il|lo|la|l|i|gli|le)$/.test(c.tokens[to].text)) return false;
  const noun = c.tokens[to + 1];
  return !PERSON_OR_GROUP.test(noun.text) && !/^\p{Lu}\p{Ll}/u.test(text.slice(noun.start, noun.end));
}

/** The sentence opens with a negation that governs it ("Nessun X dovrebbe essere condannato a morte"). */
function openNegated(c: Canon, i: number): boolean {
  let a = i;
  while (a > 0 && c.sentence[a - 1] === c.sentence[i]) a--;
  const first = c.tokens[a].text;
  if (first !== 'non' && !first.startsWith('nessun') && first !== 'mai') return false;
  const before = c.text.slice(c.pos[a] - 1, c.pos[i]);
  return !/ (?:ma|pero|tuttavia|eppure) /.test(before) && !/^ non (?:dimenticare|scordare|vedo l ora|c e niente|c e nulla)/.test(before);
}

function sentenceText(c: Canon, from: number): string {
  const sid = c.sentence[from];
  let a = from;
  while (a > 0 && c.sentence[a - 1] === sid) a--;
  let b = from;
  while (b < c.tokens.length && c.sentence[b] === sid) b++;
  return c.text.slice(c.pos[a] - 1, b < c.tokens.length ? c.pos[b] : c.text.length);
}

/** Distinctive words of threats (stems*): common verbs ("fare", "prendere", "basta") never wake the rule. */
const TRIGGER = stemTrigger(
  `uccid* uccis* ammazz* sparar* sparer* sparo spariamo accoltell* sgozz* scannar* scanner* scanno strangol* impicc* fucil* picchi* mener* menare massacr* tortur* stupr* gambizz* decapit* annegar* annegh* annegass* affogar* gasar* linciar* sterminar* stermino pestar* pester* pesto bastonar* bastoner* calci pugni schiaffi bastonate sprangate spaccar* spacco spacchero* spezzar* spezzer* spezzo spezziamo suicid* ucciditi uccidetevi sparatevi sparati buttatevi buttati buttarti buttarvi buttarsi lanciatevi tanica benzina coltello pistola fucile spranga machete molotov mitra gola gole collo ossa fuori fuoco incendiar* bruciar* brucer* bruciamo bomba esplodere saltare soffrire morte morire morti crepare crepate crepino sparire crepi muoia muoiano muoiate morissero crepassero sparissero strangolasse uccidesse ammazzasse sparasse bruciasse massacrasse annegassero pagherai pagherete pagheranno fargliela dove vengo veniamo verro verremo pugnal* sopprim* violenter* violentar* pentire giustiziat* linciat* rogo`.split(' '),
);
registerTrigger((w) => TRIGGER(w), 'threat');
// "te la faccio pagare", "gliela faremo pagare": "pagare" counts only next to one of these verbs
// (every pattern with it has one), not in "l'affitto da pagare"
const PAY_VERB = new Set(['faccio', 'faro', 'faremo', 'facciamo']);
registerTrigger((w) => w === 'pagare' || w === 'festa', 'threat', (w) => PAY_VERB.has(w) || w === 'fara' || w === 'faranno');
// "vi faccio vedere io", "ti aspetto sotto casa", "vi auguro un cancro": common words, woken only together
registerTrigger((w) => w === 'vedere', 'threat', (w) => w === 'io');
registerTrigger((w) => w === 'aspetto' || w === 'aspettiamo', 'threat', (w) => w === 'casa' || w === 'uscita' || w === 'sotto');
registerTrigger((w) => w === 'vedrai' || w === 'vedrete', 'threat', (w) => w === 'succede' || w === 'succedera' || w === 'capita' || w === 'faccio' || w === 'faremo');
const WISH = new Set(['auguro', 'venga', 'vengano', 'prenda', 'colpisca', 'venisse', 'vederti', 'vedervi', 'vederlo', 'vederla', 'vederli', 'vederle']);
const WISHED = new Set(['cancro', 'tumore', 'infarto', 'ictus', 'malattia', 'morti', 'morto', 'morta', 'morte', 'sottoterra', 'bara']);
registerTrigger((w) => WISH.has(w), 'threat', (w) => WISHED.has(w));
// English: its verbs, with "you/him/them…" or "i/we" somewhere ("I will kill you", "I know where you live")
registerTrigger((w) => EN_TRIGGER.has(w), 'threat', (w) => w === 'you' || w === 'u' || w === 'him' || w === 'her' || w === 'them');

const EN_GATE_RE = / (?:you|u|him|her|them) /;
/** The English patterns, when the comment has one of their words and is English. */
function englishThreats(c: Canon, isEnglish: () => boolean): Finding | null {
  if (!EN_GATE_RE.test(c.text) || !c.tokens.some((t) => EN_TRIGGER.has(t.text)) || !isEnglish()) return null;
  const hits: { from: number; to: number; reason: string }[] = [];
  for (const [re, reason] of EN_PATTERNS) {
    for (const { from, to } of findAll(c, re)) {
      if (/ (?:not|never|don t|won t|wouldn t|saying|said|says) (?:[^ .]+ ){0,2}$/.test(c.text.slice(Math.max(0, c.pos[from] - 40), c.pos[from]))) continue;
      hits.push({ from, to, reason });
    }
  }
  return hits.length ? threatFinding(c, hits) : null;
}

/** The finding for the matched token ranges: their spans, and the first two distinct reasons. */
function threatFinding(c: Canon, hits: readonly { from: number; to: number; reason: string }[]): Finding {
  return {
    rule: 'threat',
    severity: 'high',
    evidence: hits.map(({ from, to }) => ({ start: c.tokens[from].start, end: c.tokens[to - 1].end })),
    reason: [...new Set(hits.map((h) => h.reason))].slice(0, 2).join('; '),
  };
}

export const threat = defineRule({
  id: 'threat',
  label: { it: 'Minaccia', en: 'Threat' },
  explanation: {
    it: 'Minacce di violenza e incitazioni alla violenza contro persone, gruppi o il personale e le sedi dell\'Istituto ("ti spacco la faccia", "vi vengo a trovare e vi ammazzo", "bisognerebbe bruciare la sede"). La netiquette non accetta incitazioni all\'odio: il commento va nascosto e segnalato subito. Non segnala modi di dire ("ammazzare il tempo", "sparare cazzate") né chi riporta o condanna una minaccia.',
    en: 'Threats of violence and incitement to violence against people, groups or the institute\'s staff and offices ("I\'ll smash your face", "I\'ll come and kill you", "someone should burn the office"). The netiquette does not accept incitement: hide and escalate at once. Idioms ("kill time") and reported or condemned threats are not flagged.',
  },
  severity: 'high',
  languages: ['it', 'en'],
  settings: z.object({
    enabled: z.boolean().default(true),
    /** Also flag wishes of death or suffering without an explicit violent act ("spero che crepi"). */
    deathWishes: z.boolean().default(true),
  }),
  detect(comment, ctx, settings) {
    if (!settings.enabled || !wakes(comment.text, 'threat', lexiconOf(ctx.profile))) return NO_FINDINGS;
    const { canon: c } = scanAbuse(comment.text, lexiconOf(ctx.profile));
    const english = englishThreats(c, () => ctx.lang === 'en');
    if (english) return [english];
    // most patterns need a violent verb or a death wish somewhere: one scan for any of them (and
    // quick tests for the others) before the patterns and the idioms
    if (!c.tokens.length || !((passesGate(c, GATE) && ANY_VIOLENCE_RE.test(c.text)) || c.text.includes(' so dove ') || / (?:ti|vi) (?:vengo|veniamo|verro|verremo) a /.test(c.text) || (c.text.includes(' pag') && PAY_BACK_RE.test(c.text)) || WITHOUT_VIOLENCE_WORD_RE.test(c.text))) return NO_FINDINGS;
    const idioms = idiomSpans(c);
    const hits: { from: number; to: number; reason: string }[] = [];
    for (const [re, reason0] of PATTERNS) {
      for (const { m, from, to } of findAll(c, re)) {
        let reason = reason0;
        if (idioms.some(([a, b]) => from < b && to > a)) continue;
        if (reason === DEATH_WISH_REASON && !settings.deathWishes) continue;
        // "A morte la burocrazia!": death wished on a thing (a person, a group or a name still counts)
        if (reason === DEATH_WISH_REASON && c.tokens[from].text === 'a' && deathToAThing(c, to, comment.text)) continue;
        if (reason === INCITE_SELF && SINGULAR_IMPERATIVE.has(c.tokens[from].text) && !opensSentence(c, from)) continue;
        // (a match that opens with its own "non" — "non vedo l'ora di vedervi morti" — is not negated by it)
        if (negatedBefore(c, from, 3) || (c.tokens[from].text !== 'non' && openNegated(c, from))) continue;
        if (reportedBefore(c, from) || quotedMention(c, from, to)) continue;
        // "le donne picchiate", "la gente ammazzata": an article and its noun, not a pronoun and a verb
        if (reason === CLITIC_REASON && to - from === 3 && ARTICLE_LIKE.has(c.tokens[from].text) && PERSON_OR_GROUP.test(c.tokens[from + 1].text)) continue;
        const sentence = sentenceText(c, from);
        if (!reason) {
          // bare violent verb: needs first person (or enclitic object) and a human or place object
          const verb = c.tokens[from].text;
          if (NOUNISH.has(verb)) continue;
          const enclitic = ENCLITIC.test(verb) && /(?:ar|er|ir)\w+$/.test(verb);
          // "avete massacrato le famiglie": a past participle tells what happened, it is no first person
          if ((!FIRST_PERSON.test(verb) || PARTICIPLE.test(verb)) && !enclitic) continue;
          const after = c.text.slice(c.pos[to - 1] + c.len[to - 1], to + 5 < c.tokens.length ? c.pos[to + 5] : c.text.length);
          if (!enclitic && !OBJECT_RE.test(after) && !PLACE_RE.test(after)) continue;
          reason = 'minaccia di violenza';
        } else if (reason !== DEATH_WISH_REASON && reason !== 'intimidazione' && reason !== INCITE_SELF && reason !== ARMED && !reason.startsWith('minaccia di violenza rivolta')) {
          // intent/normative: the violent act must fall on a person, a group or a place
          const verb = c.tokens[to - 1].text;
          const enclitic = ENCLITIC.test(verb) && /(?:ar|er|ir)\w+$/.test(verb);
          // the object must be a person, group or place: "bruciare tutte le carte" is not a threat
          const tail = c.text.slice(c.pos[to - 1] + c.len[to - 1], to + 6 < c.tokens.length ? c.pos[to + 6] : c.text.length);
          const objectNear = (OBJECT_RE.test(tail) && !THINGS_RE.test(tail)) || PLACE_RE.test(tail) || OBJECT_RE.test(sentence.slice(0, sentence.indexOf(` ${verb} `) + 1));
          if (!enclitic && !objectNear) continue;
        }
        void m;
        hits.push({ from, to, reason });
      }
    }
    return hits.length ? [threatFinding(c, hits)] : [];
  },
});

export default threat;
