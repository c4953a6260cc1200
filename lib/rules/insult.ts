// insult — "offese personali e diffamazione" (netiquette, seeds 001/003): insults aimed at a person
// (another user, the staff, a named person). Criticism of the institute and complaints are WELCOME
// ("INPS è una vergogna", "servizio pessimo", "siete lenti") and are not insults. A word becomes an
// insult through its target: second person ("sei un…"), vocative ("@mario idiota!"), staff
// ("gli operatori sono degli incapaci"), a pointed third person ("quella vacca").
import { z } from 'zod';
import { defineRule } from './rule';
import { mayBeAbusive, negatedBefore, passesGate, prefixGate, quotedMention, reportedBefore, registerTrigger, scanAbuse } from '../lexicons/scan';
import { AMBIGUOUS_INSULTS, STRONG_INSULTS } from '../lexicons/curated';
import { findAll, type Canon } from '../text/canon';
import type { Finding, Span } from '../types';

const words = (s: Set<string>) => [...s].filter((w) => /^[a-z' ]+$/.test(w)).sort((a, b) => b.length - a.length).join('|');
const STRONG = `(?:${words(STRONG_INSULTS)})`;
const ANY = `(?:${words(new Set([...STRONG_INSULTS, ...AMBIGUOUS_INSULTS]))})`;
const GAP = (n: number) => `(?:[^ .]+ ){0,${n}}?`;
const FILL = '(?:(?:persona|person[ae]|donna|ragazza|tipa|tipo|troppo|na|n|cosi|piu|anche|piccol\\w*|gross[oa]|enorme|vera e propria|vero e proprio|sempre stat\\w*|stat[oa]|diventat[oa]|proprio|solo|davvero|veramente|tutti|tutte|un|una|uno|dei|degli|delle|gran|grande|grandissim\\w*|solamente|nient altro che|altro che|il|la|i|le|l|gli|solito|solita|soliti|solite|vero|vera|veri|vere|bel|bella|emerit\\w*|autentic\\w*|perfett\\w*|povero|povera|poveri|brutto|brutta|brutti|brutte|vecchio|vecchia|misero|misera|lurido|lurida|sporco|sporca|ma|che|mica|ancora|sempre) )*';
const STAFF = '(?:impiegat\\w*|operator\\w*|dipendent\\w*|funzionari\\w*|addett\\w*|dirigent\\w*|consulent\\w*|personale|direttor\\w*|president\\w*|sportellist\\w*|moderator\\w*|admin|responsabil\\w*|dottor\\w*|avvocat\\w*|assistent\\w* social\\w*)';

const PATTERNS: [RegExp, string][] = [
  // second person: "sei un idiota", "siete dei ladri", "tu sei proprio una vacca"
  [new RegExp(` (?:sei|sii|siete|eri|eravate|sarai|sarete|resti|rimani) ${FILL}${ANY}(?= )`, 'g'), 'insulto rivolto all\'interlocutore'],
  [new RegExp(` (?:tu|voi) ${FILL}${STRONG}(?= )`, 'g'), 'insulto rivolto all\'interlocutore'],
  [new RegExp(` ${ANY} (?:che non sei altro|che sei|che siete|come te|come voi|quale sei|quali siete)(?= )`, 'g'), 'insulto rivolto all\'interlocutore'],
  // pointed third person: "quella vacca", "questo idiota", "sta oca", "quel cretino di …"
  [new RegExp(` (?:quel|quello|quella|quei|quegli|quelle|questo|questa|questi|queste|sto|sta|sti|ste|st|quell|quest) ${FILL}${ANY}(?= )`, 'g'), 'insulto rivolto a una persona'],
  [new RegExp(` (?:e|era|sara|resta|rimane|sembra|sembri|pare) ${FILL}(?:un|una|uno|na|n) ${FILL}${ANY}(?= )`, 'g'), 'insulto rivolto a una persona'],
  [new RegExp(` (?:faccia|muso|cervello|versi|verso|risata|risatina|voce|bla bla|comportamento|atteggiamento|mentalita) da ${ANY}(?= )`, 'g'), 'insulto rivolto a una persona'],
  [new RegExp(` (?:lei|lui|tu) (?:e )?(?:un|una|uno|na) ${FILL}${ANY}(?= )`, 'g'), 'insulto rivolto a una persona'],
  // "brutta vacca", "vecchia strega", "razza di idioti", "branco di imbecilli", "pezzo di …"
  [new RegExp(` (?:brutt[oaie]|vecchi[oa]|vecchie|lurid[oaie]|sporc[oa]|sporchi|sporche|grandissim[oaie]|razza di|branco di|manica di|banda di|massa di|specie di|mucchio di|pezzo di|povera|povero) ${ANY}(?= )`, 'g'), 'insulto rivolto a una persona'],
  [new RegExp(` ${ANY} (?:schifos[oaie]|lurid[oaie]|infam[ei]|di merda|del cazzo|maledett[oaie]|cotonat[oaie]|giuliv[oaie]|insopportabil[ei]|impestat[oaie]|rincoglionit[oaie])(?= )`, 'g'), 'insulto rivolto a una persona'],
  // exclamations and epithets: "che cesso!", "quanto è acida", "ciao bambola", "l'unica asina sei tu"
  [new RegExp(` (?:che|quanto e|quanto sei|com e|mamma mia che|dio che|madonna che) ${FILL}${ANY}(?= (?:che |\\. |, |$))`, 'g'), 'insulto rivolto a una persona'],
  [new RegExp(` (?:e|sei|era|eri|sembra|sembri|resta|diventa|diventi|diventata|rimasta) ${FILL}(?:acid[oaie]|grezz[oaie]|lurid[oaie]|racchi[ae]|cess[oa]|brutt[oa]|rincoglionit[oa]|rimbambit[oa]|isteric[oa])(?= )`, 'g'), 'insulto rivolto a una persona'],
  [new RegExp(` (?:ciao|carissim[oa]|car[oa]|ehi|ehy|oh|senti|ascolta|guarda) ${ANY}(?= )`, 'g'), 'insulto usato come appellativo'],
  [new RegExp(` (?:l unica|l unico|la sola|il solo|la solita|il solito|la vera|il vero) ${ANY} ${GAP(2)}(?:sei|siete) (?:proprio |solo )?(?:tu|voi)(?= )`, 'g'), 'insulto rivolto all\'interlocutore'],
  [new RegExp(` ${STRONG} (?:, )?${ANY}(?= )| ${ANY} (?:, )?${STRONG}(?= )`, 'g'), 'sequenza di insulti'],
  [new RegExp(` (?:vaffanculo|mavaffanculo|fanculo|vergognati|zitta|zitto|taci|muta|muto) ${FILL}${ANY}(?= )`, 'g'), 'insulto rivolto a una persona'],
  [new RegExp(` (?:peggio|peggiore) (?:di|che) (?:un|una|uno) ${FILL}${ANY}(?= )`, 'g'), 'insulto rivolto a una persona'],
  [new RegExp(`(?:^ |\\. )(?:che|ma che|mamma mia che|madonna che|oddio che) ${FILL}${ANY}(?= )`, 'g'), 'insulto rivolto a una persona'],
  [new RegExp(` (?:di essere|essere|sembrare|sembrava|sembri|sembra) (?:un|una|uno|na) ${FILL}${ANY}(?= )`, 'g'), 'insulto rivolto a una persona'],
  // staff
  [new RegExp(` ${STAFF} ${GAP(6)}${ANY}(?= )`, 'g'), 'insulto al personale'],
  // direct hostility at the interlocutor
  [new RegExp(` (?:ti|vi) (?:odio|disprezzo|detesto|schifo)(?= )| (?:mi fai|mi fate) (?:schifo|pena|ribrezzo|vomitare|cagare|orrore)(?= )| fai (?:schifo|pena|ribrezzo|cagare)(?= )| (?:lo|la|li|le) (?:odio|disprezzo|detesto)(?= )| (?:vaffanculo|fanculo|fottiti|fottetevi|affanculo|vaffa)(?= )| va(?:i)? (?:a|a fare) (?:cagare|fanculo|farti fottere|quel paese|fare in culo|morire ammazzat\\w*)(?= )| (?:andate|andatevene) a (?:cagare|fanculo|farvi fottere|quel paese)(?= )| (?:taci|stai zitt[oa]|zitto|zitta|statevi zitti|sta zitta|sta zitto)(?= )`, 'g'), 'offesa rivolta all\'interlocutore'],
];

/** Per-pattern gate: each pattern's context words (insult words themselves are checked by GATE_WORDS). */
const PATTERN_GATES = PATTERNS.map(([re]) => {
  // the pattern's own required words: insult vocabulary and optional fillers removed
  const src = re.source.split(ANY).join(' ').split(STRONG).join(' ').split(FILL).join(' ');
  const g = prefixGate(src.replace(/\\(?:S|w|s)/g, ' '));
  return g.size ? g : null;
});

/** Strong insult used as a vocative: alone in its sentence ("Coglione!") or right after a mention. */
const VOCATIVE = new RegExp(`^ (?:@ |ciao |ehi |ahah\\w* |ma |ma va |e )?${FILL}${STRONG} ?$`);

function sentences(c: Canon): { from: number; to: number; text: string }[] {
  const out: { from: number; to: number; text: string }[] = [];
  let from = 0;
  for (let i = 1; i <= c.tokens.length; i++) {
    if (i === c.tokens.length || c.sentence[i] !== c.sentence[from]) {
      out.push({ from, to: i, text: c.text.slice(c.pos[from] - 1, i < c.tokens.length ? c.pos[i] - 2 : c.text.length) });
      from = i;
    }
  }
  return out;
}

const SELF = new Set(['sono', 'ero', 'saro', 'mi']);
const ANY_WORDS = new Set([...STRONG_INSULTS, ...AMBIGUOUS_INSULTS]);
/** Words an insult can hinge on (insult vocabulary, hostility verbs, English insults). */
const GATE_WORDS = new Set([...STRONG_INSULTS, ...AMBIGUOUS_INSULTS].flatMap((w) => w.split(' ')).filter((w) => w.length > 2 && !['di', 'da', 'che'].includes(w)));
for (const w of 'odio disprezzo detesto schifo pena ribrezzo vomitare cagare orrore vaffanculo fanculo fottiti fottetevi affanculo vaffa taci zitto zitta zitti paese bambola bambole cessa cessi racchia isterica isterico'.split(' ')) GATE_WORDS.add(w);
const EN_GATE = prefixGate('idiot moron loser clown scumbag jerk retard asshole bitch cunt dickhead imbecile fool pig liar fraud thief parasite trash garbage');
const passes = (c: Canon) => c.tokens.some((t) => GATE_WORDS.has(t.text) || (t.text.length > 3 && EN_GATE.has(t.text.slice(0, 4))));

registerTrigger((w, p4) => GATE_WORDS.has(w) || (w.length > 3 && EN_GATE.has(p4)));

export const insult = defineRule({
  id: 'insult',
  label: { it: 'Offesa personale', en: 'Personal insult' },
  explanation: {
    it: 'La netiquette INPS non accetta "offese personali e diffamazione": segnala insulti rivolti a una persona (altri utenti, operatori, persone nominate). Le critiche all\'Istituto e le lamentele sono benvenute e non sono offese ("INPS è una vergogna", "servizio pessimo", "siete lenti"). Parole ambigue come "vacca", "oca", "cesso" contano solo quando sono dette a qualcuno.',
    en: 'The INPS netiquette does not accept "personal offence and defamation": flags insults aimed at a person (other users, staff, named people). Criticism of the institute and complaints are welcome and are not insults ("INPS is a disgrace", "terrible service", "you are slow"). Ambiguous words such as "vacca", "oca", "cesso" only count when said to someone.',
  },
  severity: 'medium',
  languages: ['it', 'en'],
  settings: z.object({
    enabled: z.boolean().default(true),
    /** Count ambiguous words ("vacca", "oca", "acida") when a target is clear. */
    ambiguousWords: z.boolean().default(true),
  }),
  detect(comment, ctx, settings) {
    if (!settings.enabled || !mayBeAbusive(comment.text, { allow: ctx.profile.allowlist, additions: ctx.profile.lexiconAdditions })) return [];
    const { canon: c, matches } = scanAbuse(comment.text, { allow: ctx.profile.allowlist, additions: ctx.profile.lexiconAdditions });
    if (!c.tokens.length || !passes(c)) return [];
    const hits: { from: number; to: number; reason: string }[] = [];
    const strong = (from: number, to: number) => {
      for (let k = to - 1; k >= from; k--) {
        const w = c.tokens[k].text;
        if (STRONG_INSULTS.has(w)) return true;
      }
      const txt = c.text.slice(c.pos[from], c.pos[to - 1] + c.len[to - 1]);
      return [...STRONG_INSULTS].some((s) => s.includes(' ') && txt.includes(s));
    };
    for (const [pi, [re, reason]] of PATTERNS.entries()) {
      const gate = PATTERN_GATES[pi];
      if (gate && !passesGate(c, gate)) continue;
      for (const { from, to } of findAll(c, re)) {
        if (negatedBefore(c, from, 2)) continue;
        // folded "e" is both "è" (copula) and "e" (and): only the written copula counts
        if (c.tokens[from].text === 'e' && !/^(?:è|é|È|e'|E')/.test(comment.text.slice(c.tokens[from].start, c.tokens[from].start + 2))) continue;
        if (from > 0 && SELF.has(c.tokens[from - 1].text) && !/^(?:sei|siete)$/.test(c.tokens[from].text)) continue;
        if (reportedBefore(c, from) || quotedMention(c, from, to)) continue;
        if (!settings.ambiguousWords && !strong(from, to) && !reason.startsWith('offesa')) continue;
        hits.push({ from, to, reason });
      }
    }
    // vocatives: a sentence that is just an insult, or a reply that opens with a mention
    const hasMention = c.tokens.some((t) => t.kind === 'mention');
    for (const s of sentences(c)) {
      if (VOCATIVE.test(s.text) && !c.quoted[s.from]) {
        hits.push({ from: s.from, to: s.to, reason: 'insulto usato come appellativo' });
      }
    }
    // English: "you idiot", "you are a moron"
    if (ctx.lang === 'en') {
      for (const { from, to } of findAll(c, / (?:you|you re|you are|ur|u r|youre) (?:such )?(?:an? )?(?:fucking |stupid |little |complete |total )?(?:idiot|moron|loser|clown|scumbag|jerk|retard|asshole|bitch|cunt|dickhead|imbecile|fool|pig|liar|fraud|thief|parasite|trash|garbage)s?(?= )/g)) {
        hits.push({ from, to, reason: 'insult aimed at the reader' });
      }
    }
    // in a reply (mention), an insult word at the edge of a sentence is a vocative ("@x Pecora!", "Cùrati asina.")
    if (hasMention) {
      const ANY_SET = settings.ambiguousWords ? ANY_WORDS : STRONG_INSULTS;
      for (const s of sentences(c)) {
        const cand = [s.from, s.to - 1, s.to - 2].filter((k) => k >= s.from && k < s.to);
        for (const k of cand) {
          const w = c.tokens[k].text;
          if (!ANY_SET.has(w) || c.quoted[k] || negatedBefore(c, k, 2)) continue;
          const prev = k > 0 ? c.tokens[k - 1].text : '';
          if (SELF.has(prev) || /^(?:il|lo|la|le|i|gli|un|una|uno|di|d|del|della|dei|delle|da|con|in|su|per|come|tra|fra|porca|porco|maremma|nella|nel|alla|al)$/.test(prev)) continue;
          const strongWord = STRONG_INSULTS.has(w);
          const next = comment.text.slice(c.tokens[k].end).trimStart()[0] ?? '';
          const exclaimed = next === '!' || next === '' || s.to - s.from <= 3;
          if (!strongWord && !exclaimed) continue;
          // edge: first word after the mentions, or last word of the sentence
          const first = k === s.from || c.tokens.slice(s.from, k).every((t) => t.kind === 'mention');
          const last = k === s.to - 1;
          if (first || last) {
            hits.push({ from: k, to: k + 1, reason: 'insulto usato come appellativo' });
            break;
          }
        }
      }
    }
    if (!hits.length) return [];
    const evidence: Span[] = hits.map(({ from, to }) => ({ start: c.tokens[from].start, end: c.tokens[to - 1].end }));
    const f: Finding = {
      rule: 'insult',
      severity: 'medium',
      evidence,
      reason: [...new Set(hits.map((h) => h.reason))].slice(0, 2).join('; '),
    };
    return [f];
  },
});

export default insult;
