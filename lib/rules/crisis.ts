// crisis — self-harm or suicide signals and extreme distress. Seed 002 recalls that the team has
// handled "minacce di suicidio da parte di utenti": such a comment must be escalated at once and
// never answered with a canned reply. Idioms ("sto morendo dal ridere", "muoio di fame",
// "mi ammazzo dalle risate", "la faccio finita con questa pratica") are not signals.
import { z } from 'zod';
import { defineRule, NO_FINDINGS } from './rule';
import { lexiconOf, negatedBefore, passesGate, registerTrigger, scanAbuse, stemTrigger, wakes } from '../lexicons/scan';
import { CRISIS_DISTRESS, CRISIS_IDIOM, CRISIS_STRONG } from '../lexicons/patterns';
import { findAll } from '../text/canon';
import type { Finding, Severity, Span } from '../types';

const PILLS = '(?:pillole|pastiglie|medicine|sonniferi|psicofarmaci|gocce)';
/** Signals said without the words of death: being a burden, the others better off, all the pills at once
 * (these end the clause: "dormire e non svegliarmi fino a quando arriva la pensione" is a figure of speech). */
const MORE_STRONG = [
  '(?:dormire|addormentarmi) e non (?:svegliarmi|risvegliarmi)(?: piu| mai piu| per sempre)?(?= (?:\\.|,|$))',
  'sono un peso per (?:tutti|la mia famiglia|i miei figli|mio marito|mia moglie|i miei|gli altri)',
  '(?:sarebbe|sarebbero|starebbero|starebbe) (?:tutti )?meglio (?:per tutti |tutti )?(?:senza di me|se (?:io )?non ci fossi(?: piu)?|se (?:io )?(?:morissi|sparissi))',
  // all the pills at once: with a "when" before, or a whole box, or "together" (not "prendo tutte le medicine", a treatment)
  // ("… e buonanotte", "… e addio" close it too; "ho preparato le pastiglie, stanotte le prendo tutte")
  `(?:(?:stasera|stanotte|adesso|ora|oggi|domani) (?:mi )?(?:prendo|prendero|ingoio|ingoiero) tutte le ${PILLS}(?: insieme| in una volta)?|(?:prendo|prendero|ingoio|ingoiero|mi prendo) (?:tutto il flacone di|una scatola di|tutta la scatola di) ${PILLS}|(?:prendo|prendero|ingoio|ingoiero|mi prendo) tutte le ${PILLS} (?:insieme|in una volta)|${PILLS} (?:[^ .]+ ){0,6}?(?:stasera|stanotte|adesso|ora|oggi|domani) (?:me )?le (?:prendo|prendero|ingoio|ingoiero) tutte(?: insieme| in una volta)?)(?= (?:\\.|$|e (?:buonanotte|addio|basta|chiudo|ciao)))`,
].join('|');
/** Going without food is distress too ("non mangio da tre giorni", "non ho da dar da mangiare ai miei figli"). */
const MORE_DISTRESS = 'non (?:mangio|mangiamo) da (?:giorni|\\S+ giorni)|non (?:ho|abbiamo) (?:piu )?(?:soldi )?(?:per|da) (?:mangiare|dar da mangiare)';
const STRONG_RE = new RegExp(` (?:${CRISIS_STRONG}|${MORE_STRONG})(?= )`, 'g');
const DISTRESS_RE = new RegExp(` (?:${CRISIS_DISTRESS}|${MORE_DISTRESS})(?= )`, 'g');
const IDIOM_RE = new RegExp(` (?:${CRISIS_IDIOM}|mi sparo (?!in testa|un colpo|alla testa|alla tempia|in bocca)(?:un|una|la|il|lo|le|i|gli|l|\\d+|due|tre|quattro|cinque|dieci|mezz\\w*) \\S+)(?= )`, 'g');
/** Distinctive words of the signals (first four letters): most comments never reach a regex. */
const GATE = new Set('vita suic mori muoi mort vive fini amma ucci impi butt vene spar addi togl lett gest lanc disp sveg risv addo manc peso foss megl pill past sonn psic medi gocc want wann kill endi life deat dead hurt myse'.split(' '));
/** Distress words: the distress patterns need two of them (or a strong word). */
const DISTRESS_GATE = new Set('facc pers disp usci limi stre sens nien null fini mang'.split(' '));
const EN_RE = / (?:i want to die|i wanna die|kill myself|killing myself|end my life|end it all|suicidal|commit suicide|no reason to live|better off dead|hurt myself|cut myself)(?= )/g;
/** Hyperbole or someone else's words: "se continua così mi ammazzo" is still a signal; "mi ammazzo dalle risate" is not. */
const LAUGH_AFTER = /^ (?:dal|dalle|dai|di|della|per il|per la) (?:ridere|risate|risa|fame|sonno|caldo|freddo|noia|lavoro|fatica|gioia)/;

/** Words that can wake the rule at all (distress needs two signals, one of these among them). */
const DISTRESS_WORDS = new Set('faccio perso persa disperato disperata disperati disperate disperazione uscita limite stremo senso finita finito mangio mangiamo mangiare'.split(' '));
const STRONG_TRIGGER = stemTrigger(
  'vita suicid* morire morta morto muoio vivere vivo finita farla ammazz* uccid* impicc* butto buttarmi vene sparo spararmi addio togliermi tolgo toglier* gesto gesti lancio sparire svegliarmi risvegliarmi addormentarmi mancanza peso fossi morissi sparissi sarebbero starebbero pillole pastiglie sonniferi psicofarmaci medicine gocce want wanna kill killing life suicidal die dead hurt myself'.split(' '),
);
registerTrigger((w) => STRONG_TRIGGER(w) || DISTRESS_WORDS.has(w), 'crisis');

export const crisis = defineRule({
  id: 'crisis',
  label: { it: 'Rischio per la persona', en: 'Person at risk' },
  explanation: {
    it: 'Segnali di autolesionismo o suicidio e di disperazione estrema ("mi tolgo la vita", "la faccio finita", "non ce la faccio più a vivere"). Il seed 002 ricorda le "minacce di suicidio da parte di utenti": il commento va segnalato subito a un responsabile e non va mai gestito con una risposta standard. Non scatta sui modi di dire ("sto morendo dal ridere", "muoio di fame").',
    en: 'Signals of self-harm or suicide and extreme distress ("I\'ll take my life", "I\'ll end it", "I can\'t go on living"). Seed 002 recalls "suicide threats from users": escalate at once to a person in charge, never with a canned reply. Idioms ("dying of laughter", "starving") do not count.',
  },
  severity: 'critical',
  languages: ['it', 'en'],
  settings: z.object({
    enabled: z.boolean().default(true),
    /** Also flag extreme distress without an explicit self-harm signal (two signals such as "non ce la faccio più", "ho perso tutto"), at high severity. */
    distress: z.boolean().default(true),
  }),
  detect(comment, ctx, settings) {
    if (!settings.enabled || !wakes(comment.text, 'crisis', lexiconOf(ctx.profile))) return NO_FINDINGS;
    const { canon: c } = scanAbuse(comment.text, lexiconOf(ctx.profile));
    if (!c.tokens.length) return NO_FINDINGS;
    const strongGate = passesGate(c, GATE);
    let distressWords = 0;
    if (!strongGate) {
      const seen = new Set<string>();
      for (const t of c.tokens) {
        const p = t.text.slice(0, 4);
        if (DISTRESS_GATE.has(p)) seen.add(p);
      }
      distressWords = seen.size;
      if (distressWords < 2) return NO_FINDINGS;
    }
    const idioms = findAll(c, IDIOM_RE).map(({ from, to }) => [from, to] as const);
    const overlapsIdiom = (from: number, to: number) => idioms.some(([a, b]) => from < b && to > a);
    const strong: Span[] = [];
    const distress: Span[] = [];
    const collect = (re: RegExp, into: Span[]) => {
      for (const { from, to } of findAll(c, re)) {
        if (overlapsIdiom(from, to)) continue;
        const after = c.text.slice(c.pos[to - 1] + c.len[to - 1]);
        if (LAUGH_AFTER.test(after)) continue;
        if (into === distress && / (?:a|ad) (?!vivere|andare avanti|resistere|sopravvivere|sopportare)\S+/.test(after.slice(0, 30)) && /^ (?:a|ad) /.test(after)) continue;
        // "non voglio morire" is not a signal; "non voglio più vivere" is part of the pattern itself
        if (c.tokens[from].text !== 'non' && negatedBefore(c, from, 1)) continue;
        into.push({ start: c.tokens[from].start, end: c.tokens[to - 1].end });
      }
    };
    collect(STRONG_RE, strong);
    // (the same condition, cheapest test first: the language guess is only read without letters)
    if (/[a-z]/.test(c.text) || ctx.lang === 'en') collect(EN_RE, strong);
    if (settings.distress) collect(DISTRESS_RE, distress);
    // distress alone is common in complaints ("non ce la faccio più ad aspettare"): it needs two signals
    if (!strong.length && distress.length < 2) return NO_FINDINGS;
    const severity: Severity = strong.length ? 'critical' : 'high';
    const f: Finding = {
      rule: 'crisis',
      severity,
      evidence: [...strong, ...distress],
      reason: strong.length ? 'segnale di autolesionismo o suicidio: segnalare subito' : 'disperazione estrema: valutare con attenzione',
    };
    return [f];
  },
});

export default crisis;
