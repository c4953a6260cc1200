// hate — "commenti razzisti, incitazioni all'odio" (netiquette, seeds 001/003): slurs, derogation,
// dehumanisation and exclusion of protected groups (origin, religion, gender, sexual orientation,
// disability). Needs a group AND a derogatory structure; quoted or condemned speech
// (counter-speech: "dire 'X' è razzista", "smettila di chiamarli …") is not hate.
import { z } from 'zod';
import { defineRule, NO_FINDINGS } from './rule';
import { counterSpeech, lexiconOf, negatedBefore, passesGate, prefixGate, quotedMention, registerTrigger, reportedBefore, runGate, scanAbuse, wakes, within1 } from '../lexicons/scan';
import { GROUP_WORDS } from '../lexicons/vocab';
import { DEATH_WISH, DEROG, ELIMINATE, EN_DEROG, EN_GROUP, EMOTE_AFTER, EMOTE_BEFORE, GROUP, HARM_OUTCOME, NEG_EXTRA, NEG_POSITIVE, SHOULD, VIOLENCE, VIOLENCE_IDIOM } from '../lexicons/patterns';
import { STRONG_INSULTS } from '../lexicons/curated';
import { properNounAt } from '../lexicons/proper-noun';
import { findAll, rewrite, tokenAt, tokenRange, type Canon } from '../text/canon';
import { isWhite } from '../text/tokenize';
import type { Finding, Span } from '../types';
import { expandClasses, groupEnd, groupOpenings, wordStartsAt, wordsOfAlternatives } from './util/regex-source';

const G = GROUP;
const GAP = (n: number) => `(?:[^ .]+ ){0,${n}}?`;

/** Putting a member of a group in charge ("mettere una persona di colore al comando"). */
const LEAD = `(?:mettere|eleggere|votare|scegliere|nominare|far comandare) (?:un|una|uno|i|le|gli|dei|delle|degli) ${GAP(2)}${G} ${GAP(1)}(?:al comando|al potere|al governo|a capo|alla guida|come capo|come presidente|come sindaco|come sindaca|come premier|come direttore|come direttrice)`;
const BLUNDER = '(?:errore|sbaglio|follia|disastro|rovina|suicidio|sciagura|catastrofe)';
const LEAD_RE = new RegExp(` (?:${LEAD} ${GAP(2)}(?:e|sarebbe|e stato|e sempre) ${GAP(4)}${BLUNDER}|(?:e|sarebbe) ${GAP(4)}${BLUNDER} ${LEAD})(?= )`, 'g');
const HIDDEN_POWER_RE = new RegExp(` (?:ebrei|giudei|sionisti) ${GAP(2)}(?:controllano|comandano|dominano|governano|possiedono|manovrano|muovono) (?:tutto|il mondo|le banche|la finanza|i media|i giornali|l economia|la politica|i governi)(?= )`, 'g');
/** Patterns whose every match holds one of these words (the gate built from their source would take any of their words, "stato", "sempre"…). */
const OWN_GATES = new Map<RegExp, string[]>([
  [LEAD_RE, ['mettere', 'eleggere', 'votare', 'scegliere', 'nominare', 'comandare']],
  [HIDDEN_POWER_RE, ['ebrei', 'giudei', 'sionisti']],
]);

/** Structures: [regex, reason]. Evidence = the whole matched stretch. */
const PATTERNS: [RegExp, string][] = [
  [new RegExp(` ${EMOTE_BEFORE} ${GAP(8)}${G}(?= )`, 'g'), 'odio o disprezzo dichiarato verso un gruppo protetto'],
  [new RegExp(` ${G} ${GAP(6)}${EMOTE_AFTER}(?= )`, 'g'), 'odio o disprezzo dichiarato verso un gruppo protetto'],
  [new RegExp(` ${G} ${GAP(14)}${DEROG}(?= )`, 'g'), 'gruppo protetto descritto con termini dispregiativi o disumanizzanti'],
  [new RegExp(` ${DEROG} ${GAP(2)}(?:come|quali|tipo|di|dei|delle|degli|questi|queste|quei|quelle|sti|ste|i|gli|le|un|una|uno) ${GAP(2)}${G}(?= )`, 'g'), 'gruppo protetto descritto con termini dispregiativi o disumanizzanti'],
  [new RegExp(` ${DEROG} ${G}(?= )`, 'g'), 'gruppo protetto descritto con termini dispregiativi'],
  [new RegExp(` ${ELIMINATE} ${GAP(4)}${G}(?= )`, 'g'), 'incitazione a eliminare o escludere un gruppo protetto'],
  [new RegExp(` ${G} ${GAP(6)}${SHOULD} ${GAP(4)}${HARM_OUTCOME}(?= )`, 'g'), 'augurio di danno o esclusione per un gruppo protetto'],
  [new RegExp(` ${G} ${GAP(6)}${NEG_POSITIVE}(?= )`, 'g'), 'negazione della dignità o dei diritti di un gruppo protetto'],
  [new RegExp(` ${NEG_POSITIVE} ${GAP(6)}${G}(?= )`, 'g'), 'negazione della dignità o dei diritti di un gruppo protetto'],
  [new RegExp(` (?:nessun|nessuna|nessuno) ${G} ${GAP(3)}(?:potra|potrebbe|sara|e|merita|meritano) ${GAP(2)}(?:mai )?(?:essere )?(?:un |una |uno )?(?:valid\\w*|degn\\w*|utile|util\\w*|membr\\w*|brav\\w*|intelligent\\w*|capac\\w*|affidabil\\w*|onest\\w*|uguale|ugual\\w*|pari|normale|accettat\\w*|integrat\\w*|rispett\\w*|fiducia|attraent\\w*)(?= )`, 'g'), 'negazione della dignità di un gruppo protetto'],
  [new RegExp(` (?:piu intelligente|vale di piu|meglio|migliore) (?:di|che) (?:qualsiasi|ogni|qualunque|un|una|uno|tutti i|tutte le|i|gli|le) ${GAP(1)}${G}(?= )`, 'g'), 'paragone degradante con un gruppo protetto'],
  [new RegExp(` (?:niente|nulla|nessuno|nessuna cosa) ${GAP(8)}(?:peggio|peggiore|meno) (?:di|che) ${GAP(2)}${G}(?= )`, 'g'), 'paragone degradante con un gruppo protetto'],
  [new RegExp(` (?:vita|vite) ${GAP(3)}${G} ${GAP(4)}(?:valgono|vale|valga|valgano|contano|conta|contino) ${GAP(3)}(?:meno|niente|nulla|zero|poco)(?= )`, 'g'), 'negazione del valore della vita di un gruppo protetto'],
  [new RegExp(` (?:preoccup\\w*|import\\w*|interess\\w*) ${GAP(6)}(?:vita|vite|diritti) ${GAP(2)}${G}(?= )`, 'g'), 'disprezzo per la vita di un gruppo protetto'],
  [new RegExp(` natura ${GAP(3)}${G} ${GAP(2)}essere ${GAP(3)}${DEROG}(?= )`, 'g'), 'stereotipo dispregiativo su un gruppo protetto'],
  [new RegExp(` (?:solo|soltanto) ${GAP(2)}${G} ${GAP(3)}(?:possono|sanno|riescono a) essere ${GAP(3)}${DEROG}(?= )`, 'g'), 'stereotipo dispregiativo su un gruppo protetto'],
  [new RegExp(` preferire\\w* ${GAP(8)}(?:piuttosto che|che) ${GAP(6)}${G}(?= )`, 'g'), 'rifiuto di un gruppo protetto'],
  [new RegExp(` (?:mi piacerebbe|vorrei|voglio|spero di|non vedo l ora di|sogno di) vedere ${GAP(4)}${G} ${GAP(3)}(?:soffrire|morire|mort\\w*|bruciare|impiccat\\w*|crepare|sparire|in galera|in gabbia|annegare|picchiat\\w*|uccis\\w*)(?= )`, 'g'), 'augurio di sofferenza per un gruppo protetto'],
  [new RegExp(` (?:mai|non) (?:fidarsi|fidarti|fidatevi|fidarvi|credere|ci si puo fidare|ti fidare|vi fidate) ${GAP(8)}${G}(?= )`, 'g'), 'pregiudizio dispregiativo su un gruppo protetto'],
  // "non dobbiamo permettere a nessun X di vivere": denying a group the right to live or stay
  [new RegExp(` non (?:[^ .]+ ){0,2}?(?:permettere|permettiamo|permettete|lasciare|lasciamo|consentire|consentiamo) (?:a|ai|agli|alle) (?:nessun\\w* |alcun\\w* |quest\\w* |quei |quegli |quelle )?${G} di (?:vivere|esistere|restare|rimanere|stare qui|entrare|nascere)(?= )`, 'g'), 'negazione della dignità o dei diritti di un gruppo protetto'],
  [new RegExp(` (?:staremmo|starebbero|starebbe|staremo|vivremmo|sarebbe) (?:tutti )?(?:meglio|migliore|un mondo migliore|piu sicuri) ${GAP(2)}(?:se|senza) ${GAP(3)}${G}(?= )`, 'g'), 'augurio di eliminazione di un gruppo protetto'],
  // "l'omicidio di un X dovrebbe essere depenalizzato": violence against the group made lawful ("non
  // dovrebbe essere tollerata" says the opposite: no negation between the group and the verb)
  [new RegExp(` (?:omicidio|omicidi|uccisione|uccisioni|assassinio|stupro|stupri|pestaggio|pestaggi|linciaggio|linciaggi|sterminio|tortura|torture|violenza|violenze|aggressione|aggressioni) (?:di|dei|delle|degli|contro|su|sui|sulle|sugli|a|ai|agli|alle) ${GAP(2)}${G} (?:(?!non |mai )[^ .]+ ){0,3}?(?:dovrebbe|dovrebbero|deve|devono|andrebbe|andrebbero|sarebbe|sarebbero) (?:essere )?(?:depenalizzat\\w*|legal\\w*|legalizzat\\w*|permess\\w*|consentit\\w*|tollerat\\w*|incoraggiat\\w*|premiat\\w*|ammess\\w*|impunit\\w*|giust\\w*)(?= )`, 'g'), 'incitazione alla violenza contro un gruppo protetto'],
  // "mettere una donna al comando è il più grande errore", "è una follia eleggere un gay come sindaco":
  // a member of the group judged unfit to lead, for being one
  [LEAD_RE, 'membro di un gruppo protetto giudicato inadatto a guidare'],
  // the antisemitic trope of a hidden power ("gli ebrei controllano tutto", "… comandano il mondo")
  [HIDDEN_POWER_RE, 'stereotipo dispregiativo su un gruppo protetto'],
  [new RegExp(` (?:tipico|tipica|naturale|da aspettarsi) ${GAP(3)}${G}(?= )`, 'g'), ''], // needs a derogatory follow-up (checked below)
];

/** Group words that only count with an article/plural meaning (avoid "lavoro nero", "donna" as address). */
const MISOGYNIST = new Set(['puttana', 'puttane', 'troia', 'troie', 'zoccola', 'zoccole', 'mignotta', 'mignotte', 'bagascia', 'baldracca', 'sgualdrina', 'sgualdrine']);
const DET = new Set(['una', 'la', 'le', 'delle', 'questa', 'quella', 'sta', 'queste', 'quelle', 'ste', 'di', 'sei', 'siete', 'tipica', 'le']);

/** "porca troia", "porca di quella puttana": an exclamation (vulgarity's business), no woman is called anything. */
function swearing(c: Canon, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4 && c.sentence[k] === c.sentence[i]; k--) {
    const w = c.tokens[k].text;
    if (w === 'porca' || w === 'porco' || w === 'mannaggia') return true;
    if (!/^(?:di|quella|quel|sta|la|l|che|e)$/.test(w)) return false;
  }
  return false;
}
const DEROG_RE = new RegExp(` ${DEROG} `);
const FUZZY_VOCAB = [...GROUP_WORDS].filter((w) => w.length >= 4);
const DEROG_WORDS = DEROG.replace(/^\(\?:|\)$/g, '')
  .split('|')
  .filter((w) => /^[a-z]+$/.test(w) && w.length >= 5);
const DEROG_STEMS = DEROG.replace(/^\(\?:|\)$/g, '')
  .split('|')
  .filter((w) => w.endsWith('\\w*'))
  .map((w) => w.slice(0, -3));
const EMOTE_WORDS = ['odio', 'detesto', 'disprezzo', 'morte', 'morti'];

const GLUE = ['a', 'ai', 'al', 'alle', 'agli', 'da', 'per', 'con', 'dovrebbe', 'dovrebbero', 'come', 'dei', 'delle', 'degli', 'del', 'della', 'di', 'che', 'un', 'una', 'uno', 'il', 'la', 'le', 'gli', 'i', 'e', 'sono', 'siete', 'tanto', 'cosi', 'molto', 'troppo', 'proprio', 'davvero', 'solo', 'semplicemente', 'assolutamente', 'veramente', 'tutti', 'tutte', 'mi', 'ti', 'ci', 'vi', 'si', 'non', 'piu', 'meno', 'questi', 'queste', 'quei', 'quelle', 'loro', 'altri', 'altre'];
const NEG_EXTRA_WORDS = NEG_EXTRA.replace(/^\(\?:|\)$/g, '').split('|').filter((w) => /^[a-z]+$/.test(w) && w.length >= 4);
const NEG_EXTRA_STEMS = NEG_EXTRA.replace(/^\(\?:|\)$/g, '').split('|').filter((w) => /^[a-z]+\\w\*$/.test(w)).map((w) => w.slice(0, -3));
const FUZZY_TARGETS = [...new Set([...FUZZY_VOCAB, ...DEROG_WORDS, ...NEG_EXTRA_WORDS, ...EMOTE_WORDS, 'vomitare', 'disgustosi', 'disgustose', 'spregevoli', 'ripugnanti', 'immondizia', 'spazzatura', 'parassiti', 'piaga', 'cancro', 'feccia', 'sudicio', 'sudici', 'incivili', 'stupidi', 'stupide', 'patetici', 'patetiche', 'morte', 'detesto', 'disprezzo', 'odio', 'uccidere', 'ammazzare', 'sparare', 'schifo', 'soffrire', 'fottuto', 'astio', 'uccisi', 'uccise', 'fottere', 'fottuti', 'ammazzati', 'ammazzare', 'colore', 'disabile', 'immigrato', 'musulmano', 'donna', 'donne', 'persone', 'persona',
  // the one-word wishes of harm, past subjunctives ("strangolasse", "annegassero"): a swapped letter must not hide them
  ...DEATH_WISH.replace(/^\(\?:|\)$/g, '').split('|').filter((w) => /^[a-z]+(?:sse|ssero)$/.test(w))])];

const byLen = (words: readonly string[]) => {
  const m = new Map<number, string[]>();
  for (const v of words) if (v.length >= 4) m.set(v.length, [...(m.get(v.length) ?? []), v]);
  return m;
};
/** Typo targets: towards group words when the group is not intact, towards hostile words when it is. */
// Towards a group word only a dropped or swapped letter is a typo ("immgrato", "dnna", "musulamni"):
// one letter changed or added makes real words of group words ("veri" is not "neri", "nonne" not "donne").
const BY_LEN_GROUP = typoIndex(byLen(FUZZY_TARGETS.filter((v) => GROUP_WORDS.has(v) || ['colore', 'disabile', 'immigrato', 'musulmano', 'donna', 'donne', 'persone', 'persona'].includes(v))), 32, true);
const EMPTY_TARGETS = typoIndex(new Map<number, string[]>(), 8);
// Towards a hostile word too: a letter changed or added makes real words of common ones ("faccia" is
// not "feccia", "molti" not "morti", "verde" not "merde"); the typos of hateful comments drop or swap letters.
const BY_LEN_HOSTILE = typoIndex(byLen(FUZZY_TARGETS.filter((v) => !GROUP_WORDS.has(v))), 16, true);
/**
 * Italian words that read as a group or hostile word with a letter dropped or two letters swapped, or
 * glued to an article ("iodio" is no "i odio"): words, not typos ("I siti dell'INPS fanno schifo" names
 * no Sinti, "la paga" is no "piaga"). Checked against an Italian dictionary by hate.test.ts, which
 * fails when a new target makes another real word a typo.
 */
export const NOT_TYPOS = new Set(
  `iodio inetti creare parare perone mosti sarti sarto urbano schio diamo abbia gabba gabbi gabbe morie pregevoli atti veri paga pese mera mere foga mari mare orti moti mori more asti minacci offrire parasse brucasse silo siti lavi salvi foci dona moli sodi nero nego nera nega migrati migrate pakistan`.split(' '),
);

const altWords = (src: string) => src.replace(/^\(\?:|\)$/g, '').split('|');
const MORE = [ELIMINATE, VIOLENCE, HARM_OUTCOME, EMOTE_BEFORE, EMOTE_AFTER].flatMap(altWords);
// (plus the throat and neck of "tagliare la gola", "spezzare il collo", so that "le goledei" splits)
const KNOWN_WORDS = new Set<string>([...GROUP_WORDS, ...DEROG_WORDS, ...NEG_EXTRA_WORDS, ...EMOTE_WORDS, ...STRONG_INSULTS, ...MORE.filter((w) => /^[a-z]+$/.test(w)), 'gola', 'gole', 'collo']);
const KNOWN_STEMS = new Map<string, string[]>();
for (const st of [...DEROG_STEMS, ...NEG_EXTRA_STEMS, ...MORE.filter((w) => /^[a-z]+\\w\*$/.test(w)).map((w) => w.slice(0, -3))]) if (st.length >= 3) KNOWN_STEMS.set(st.slice(0, 3), [...(KNOWN_STEMS.get(st.slice(0, 3)) ?? []), st]);
/** A word the hate patterns understand (group, derogatory or hostile word). */
function knownUncached(w: string): boolean {
  if (KNOWN_WORDS.has(w)) return true;
  const stems = KNOWN_STEMS.get(w.slice(0, 3));
  return !!stems && stems.some((st) => w.startsWith(st) && w.length <= st.length + 4);
}
// per-word answers, remembered (bounded): every abuse pre-check and every scanned comment asks them
const MEMO_MAX = 20_000;
const knownMemo = new Map<string, boolean>();
function known(w: string): boolean {
  let v = knownMemo.get(w);
  if (v === undefined) {
    v = knownUncached(w);
    if (knownMemo.size >= MEMO_MAX) knownMemo.clear();
    knownMemo.set(w, v);
  }
  return v;
}

/**
 * Typo targets indexed by their one-deletion neighbourhood (and themselves): any word within one
 * insertion, deletion, substitution or swap of a target shares a key with it, so a lookup costs a
 * few Map reads instead of a scan of every target of similar length.
 */
interface TypoIndex {
  byLen: Map<number, string[]>;
  keys: Map<string, string[]>;
  /** word -> repair (or null), remembered */
  memo: Map<string, string | null>;
  /** only a dropped letter or two swapped letters count as a typo (see BY_LEN_GROUP) */
  dropOrSwap: boolean;
  /** its bit in a word's facts (see wordInfo: 8, 16, 32, above its three own bits): the repair changes the word */
  bit: number;
}
function typoIndex(byLen: Map<number, string[]>, bit: number, dropOrSwap = false): TypoIndex {
  const keys = new Map<string, string[]>();
  const add = (k: string, v: string) => {
    const l = keys.get(k);
    if (!l) keys.set(k, [v]);
    else if (l[l.length - 1] !== v) l.push(v);
  };
  for (const list of byLen.values()) {
    for (const v of list) {
      add(v, v);
      for (let i = 0; i < v.length; i++) add(v.slice(0, i) + v.slice(i + 1), v);
    }
  }
  return { byLen, keys, memo: new Map(), dropOrSwap, bit };
}

/** w is v with one letter dropped, or with two neighbouring letters swapped (given within1(w, v)). */
function droppedOrSwapped(w: string, v: string): boolean {
  if (w.length === v.length - 1) return true;
  if (w.length !== v.length) return false;
  let i = 0;
  while (i < w.length && w[i] === v[i]) i++;
  return i + 1 < w.length && w[i] === v[i + 1] && w[i + 1] === v[i];
}
/**
 * "ragazza" → "ragazze", "donna" → "donne": the same word with another ending (gender, number) is
 * another word form, not a typo: a singular person is not the group.
 */
function inflection(w: string, v: string): boolean {
  const n = w.length;
  return n === v.length && n > 3 && w.slice(0, n - 1) === v.slice(0, n - 1) && /[aeio]/.test(w[n - 1]) && /[aeio]/.test(v[n - 1]);
}
/** The first target (by length w-1..w+1, then list order, as a linear scan would find) within one edit of w. */
function nearestTarget(w: string, ix: TypoIndex): string | undefined {
  let found: Set<string> | null = null;
  const look = (k: string) => {
    const l = ix.keys.get(k);
    if (l) for (const v of l) if (within1(w, v) && !inflection(w, v) && (!ix.dropOrSwap || droppedOrSwapped(w, v))) (found ??= new Set()).add(v);
  };
  look(w);
  for (let i = 0; i < w.length; i++) look(w.slice(0, i) + w.slice(i + 1));
  if (!found) return undefined;
  const hit: Set<string> = found;
  for (let L = w.length - 1; L <= w.length + 1; L++) {
    const cand = ix.byLen.get(L)?.find((v) => hit.has(v));
    if (cand) return cand;
  }
  return undefined;
}

/** What repair() does to one token (null: nothing); depends only on the word and the targets. */
function repairWord(w: string, towards: TypoIndex): string | null {
  if (w.length < 2 || known(w) || NOT_TYPOS.has(w)) return null;
  const glued = unglue(w);
  if (glued !== null) return glued;
  if (w.length < 4) return w === 'gy' ? 'gay' : null;
  return nearestTarget(w, towards) ?? null;
}
/** Glued words ("tantoschifo", "odioi": "odio i"), read apart; null if not. */
function unglue(w: string): string | null {
  if (w.length >= 5) {
    for (const g of GLUE) {
      if (w.length - g.length < 3) continue;
      if (w.startsWith(g) && known(w.slice(g.length))) return `${g} ${w.slice(g.length)}`;
      if (w.endsWith(g) && known(w.slice(0, w.length - g.length))) return `${w.slice(0, w.length - g.length)} ${g}`;
    }
  }
  return null;
}
/** The bits (TypoIndex.bit) of the repairs that change a word: repairWord(w, ix) !== null, its shared steps done once. */
function repairBits(w: string): number {
  if (w.length < 2 || known(w) || NOT_TYPOS.has(w)) return 0;
  const all = EMPTY_TARGETS.bit | BY_LEN_HOSTILE.bit | BY_LEN_GROUP.bit;
  if (unglue(w) !== null) return all;
  if (w.length < 4) return w === 'gy' ? all : 0;
  // (EMPTY_TARGETS has no target; towards a group, what groupTypo found: w is no known word here)
  return (nearestTarget(w, BY_LEN_HOSTILE) !== undefined ? BY_LEN_HOSTILE.bit : 0) | (groupTypo(w) ? BY_LEN_GROUP.bit : 0);
}

/** Tests: the targets of the typo repair, and what one word is repaired to towards each (null: nothing). */
export const typoRepair = {
  targets: (towards: 'group' | 'hostile'): string[] => [...(towards === 'group' ? BY_LEN_GROUP : BY_LEN_HOSTILE).byLen.values()].flat(),
  of: (w: string, towards: 'group' | 'hostile'): string | null => repairWord(w, towards === 'group' ? BY_LEN_GROUP : BY_LEN_HOSTILE),
};

/**
 * Fix one-letter typos towards group/derogatory words and split glued words ("tantoschifo"). The tokens'
 * infos say which words a repair changes: most change under none.
 */
function repair(c: Canon, infos: readonly WordInfo[], towards: TypoIndex): Canon | null {
  let rep: Map<number, string> | null = null;
  for (let i = 0; i < c.tokens.length; i++) {
    if (!(infos[i].facts & towards.bit)) continue;
    const w = c.tokens[i].text;
    let r = towards.memo.get(w);
    if (r === undefined) {
      r = repairWord(w, towards);
      if (towards.memo.size >= MEMO_MAX) towards.memo.clear();
      towards.memo.set(w, r);
    }
    if (r !== null) (rep ??= new Map()).set(i, r);
  }
  return rep ? rewrite(c, rep) : null;
}

const NEG_TERM = new RegExp(` (?:${DEROG}|${NEG_EXTRA}|${HARM_OUTCOME}|${VIOLENCE})(?= )`, 'g');
const IDIOM_RE = new RegExp(` ${VIOLENCE_IDIOM} `);
const NEG_POS_RE = new RegExp(` ${NEG_POSITIVE}`);
/** A negation before the judging words: two words away in the same clause, or a negated copula ("non sono, come dicono, parassiti"). */
const NEGATORS = / (?:non|nessun|nessuna|nessuno|mai|contrario di|opposto di|tutt altro che|lontan\w* dall essere|lungi dall essere|anziche|invece di|niente di|nulla di) (?:[^ .,]+ ){0,2}$| non (?:sono|e|sia|siano|era|erano) (?:[^ .]+ ){0,5}$/;
const AFFIRM = / (?:non|nient|nient altro|nulla) (?:[^ .]+ ){0,2}(?:altro che|che)$|non sono meglio (?:dei|delle|degli|di) $/;
/** Sentences that open with a negation but affirm ("non dimenticare che…", "nessun altro è…"). */
const AFFIRM_OPEN = /^ (?:non (?:dimenticare|dimentichiamo|dimenticate|scordare|scordiamoci|scordatevi|e un segreto|c e dubbio|ho dubbi|si puo negare|possiamo negare|sorprende|stupisce|mi sorprende|sono sorpres\w*|e (?:evidente|ovvio|chiaro|palese)) (?:che|di)?|non (?:possono|puo|puoi|potete|riescono|riesce) (?:proprio |mai )?(?:a )?fare a meno di|nessun altro|nessuno e (?:cosi|piu|come)|niente e (?:cosi|piu|peggio)|nulla e (?:cosi|piu|peggio)|non c e (?:niente|nulla|nessuno|nessuna cosa))/;
const OWN_NEGATION = /^ (?:mai|non) /;
const POSITIVE_WITHOUT = / (?:peggior\w*|triste|tristi|vuot\w*|pover\w*|noios\w*|grigi\w*) senza /;
const ANAPHORA = / (?:loro|li|le|sono|siete|questi|queste|quelli|quelle|tutti|tutte|gente simile|gente cosi|questa gente|quella gente) /;

function sentenceBounds(c: Canon, i: number): [number, number] {
  const sid = c.sentence[i];
  let a = i;
  while (a > 0 && c.sentence[a - 1] === sid) a--;
  let b = i;
  while (b < c.tokens.length && c.sentence[b] === sid) b++;
  return [a, b];
}
const sliceText = (c: Canon, a: number, b: number) => c.text.slice(c.pos[a] - 1, b < c.tokens.length ? c.pos[b] : c.text.length);

/** For a pattern that carries its own negation: a negator in the words before the match, same sentence. */
function negatedBeforeMatch(c: Canon, from: number): boolean {
  const [a] = sentenceBounds(c, from);
  if (from === a) return false;
  const before = c.text.slice(c.pos[a] - 1, c.pos[from]);
  return !AFFIRM.test(before) && NEGATORS.test(before);
}

/** Negation governing a position: a negator shortly before, or the sentence opens negated. */
function negatedAt(c: Canon, from: number, termStart: number): boolean {
  const [a] = sentenceBounds(c, from);
  const before = c.text.slice(c.pos[a] - 1, termStart + 1);
  if (AFFIRM.test(before)) return false;
  if (NEGATORS.test(before)) return true;
  const first = c.tokens[a].text;
  const sentence = sliceText(c, a, sentenceBounds(c, from)[1]);
  if (AFFIRM_OPEN.test(sentence)) return false;
  if (/ (?:ma|pero|tuttavia|eppure) /.test(before)) return false;
  if ((first === 'non' || first.startsWith('nessun') || first === 'mai') && !NEG_POS_RE.test(sentence)) return true;
  return false;
}

function isGroupAt(c: Canon, i: number): boolean {
  const w = c.tokens[i].text;
  if (w === 'colore') return i >= 2 && c.tokens[i - 1].text === 'di' && /^(?:persone|persona|gente|uomini|donne)$/.test(c.tokens[i - 2].text);
  return GROUP_WORDS.has(w);
}

/** Per-pattern gate: the pattern's own words minus the group words and function words. */
const STOP = new Set(['non', 'che', 'dei', 'del', 'gli', 'una', 'uno', 'per', 'con', 'sei', 'tra', 'fra', 'piu', 'mai', 'sono', 'essere', 'come', 'loro', 'tutti', 'tutte', 'dell', 'dall', 'dell']);
const GROUP_PREFIXES = prefixGate(GROUP);
// (whole words and stems, not 4-letter prefixes: "lavoratori" must not open the pattern of "lavori
// forzati", nor "qualcuno" the one of "quali", nor "permesso" the one of "permettere")
const PATTERN_GATES = PATTERNS.map(([re]) => {
  const own = OWN_GATES.get(re);
  if (own) return new Set(own);
  const g = runGate(re.source);
  for (const p of [...g]) {
    const p4 = p.slice(0, 4);
    if (p4.length < 3 || STOP.has(p4) || GROUP_PREFIXES.has(p4)) g.delete(p);
  }
  return g;
});
/** Every word NEG_TERM can match starts with one of these: no such token, no NEG_TERM search. */
const NEG_RUNS = runGate(NEG_TERM.source);
// A repaired canon reads other words than its tokens ("vomtiare" reads "vomitare"): its patterns are
// gated by 4-letter prefixes of its own words, and NEG_TERM is searched whenever a group or hostile
// word is there.
const PREFIX_GATES = PATTERNS.map(([re]) => {
  const own = OWN_GATES.get(re);
  if (own) return new Set(own.map((w) => w.slice(0, 4)));
  const g = prefixGate(re.source);
  for (const p of [...g]) if (p.length < 3 || STOP.has(p) || GROUP_PREFIXES.has(p)) g.delete(p);
  return g;
});
function someIn(gate: ReadonlySet<string>, prefixes: ReadonlySet<string>): boolean {
  for (const p of gate) if (prefixes.has(p)) return true;
  return false;
}
const NEG_GATE = (() => {
  const g = prefixGate(NEG_TERM.source);
  for (const p of [...g]) if (p.length < 3 || STOP.has(p) || GROUP_PREFIXES.has(p)) g.delete(p);
  return g;
})();

/** Harms done to people: "la violenza contro i disabili", "gli insulti ai gay". */
const HARM_NOUN = /^(?:violenz[ae]|razzismo|discriminazion[ei]|odio|insulti|insulto|offes[ae]|aggression[ei]|attacchi|attacco|pregiudizi|pregiudizio|omofobia|transfobia|misoginia|islamofobia|antisemitismo|bullismo|abusi|abuso|soprusi|sopruso|crimini|crimine|molesti[ae]|minacce|minaccia|maltrattament[oi]|ingiustizi[ae]|intolleranza|persecuzion[ei]|ostilita|disprezzo|discorsi d odio)$/;
const VICTIM_PREP = new Set(['contro', 'verso', 'su', 'sui', 'sulle', 'sugli', 'a', 'ai', 'agli', 'alle', 'al']);
const BEFORE_GROUP = new Set(['i', 'gli', 'le', 'la', 'il', 'l', 'lo', 'un', 'una', 'uno', 'tutti', 'tutte', 'questi', 'queste', 'quei', 'quelle', 'certi', 'certe', 'molti', 'molte', 'tante', 'tanti']);
/** Words that judge a harm ("… è inaccettabile", "… mi fa schifo"): said of the harm, they condemn it. */
const CONDEMNING = /^(?:inaccettabil\w*|intollerabil\w*|inammissibil\w*|vergogn\w*|schifo|orribil\w*|terribil\w*|disgust\w*|deplorevol\w*|ingiust\w*|odios\w*|abominevol\w*|ripugnant\w*|rivoltant\w*|nauseant\w*|insopportabil\w*|detestabil\w*|tollerat\w*|orrore|ribrezzo|vomit\w*)$/;
/**
 * The group is the victim of a harm named just before it ("la violenza contro i disabili è
 * inaccettabile"): a condemning word after it speaks of the harm, not of the group.
 */
function victimAt(c: Canon, g: number): boolean {
  const sid = c.sentence[g];
  let k = g - 1;
  while (k >= 0 && g - k <= 2 && c.sentence[k] === sid && BEFORE_GROUP.has(c.tokens[k].text)) k--;
  if (k < 0 || c.sentence[k] !== sid) return false;
  const prep = c.tokens[k].text;
  // "nei confronti di", "ai danni di"
  if (/^(?:di|dei|delle|degli|del|della)$/.test(prep) && k >= 2 && /^(?:confronti|danni)$/.test(c.tokens[k - 1].text)) k -= 3;
  else if (VICTIM_PREP.has(prep)) k--;
  else return false;
  for (let j = k; j >= 0 && j >= k - 2 && c.sentence[j] === sid; j--) {
    if (HARM_NOUN.test(c.tokens[j].text) || (j > 0 && HARM_NOUN.test(`${c.tokens[j - 1].text} ${c.tokens[j].text}`))) return true;
  }
  return false;
}
const EMOTE_HEAD = new RegExp(`^ ${EMOTE_BEFORE}(?= )`);
const DETERMINER_WORDS = new Set(['questa', 'questo', 'quest', 'sta', 'sto', 'la', 'il', 'lo', 'l', 'quella', 'quello', 'quel', 'quell', 'quelli', 'quelle', 'tutta', 'tutto']);
/**
 * "Basta odio verso gli immigrati", "l'odio contro i rom", "Odio questa burocrazia che fa soffrire i
 * disabili", "Odio chi insulta i gay", "Odio quando trattano male gli immigrati": the hate is named,
 * or aimed at someone or something else, not declared against the group.
 */
function emoteNotAtGroup(c: Canon, from: number, matched: string): boolean {
  const head = EMOTE_HEAD.exec(matched);
  if (!head) return false;
  const n = head[0].trim().split(' ').length;
  const sid = c.sentence[from];
  const w = c.tokens[from].text;
  const prev = from > 0 && c.sentence[from - 1] === sid ? c.tokens[from - 1].text : '';
  const at = (k: number) => (k < c.tokens.length && c.sentence[k] === sid ? c.tokens[k].text : '');
  // the noun with its article in the phrase ("l odio")
  const withArticle = n === 2 && /^(?:l|lo|il)$/.test(w) && /^(?:odio|disprezzo|schifo)$/.test(at(from + 1));
  if (withArticle || (n === 1 && /^(?:odio|disprezzo|schifo)$/.test(w))) {
    // the noun, after an article or a call to stop: declared only when the writer feels it ("il
    // disprezzo che provo per…")
    if (withArticle || /^(?:l|lo|il|un|uno|dell|all|nell|sull|quest|quell|basta|no|stop|contro|combattere|combattiamo|fermiamo|fermare)$/.test(prev)) {
      for (let k = from + 1; k <= from + 4; k++) if (/^(?:provo|proviamo|sento|sentiamo|nutro|ho|abbiamo)$/.test(at(k))) return false;
      return true;
    }
    // "odio verso…" is declared only with a verb of feeling: "provo odio verso…", "ho tanto odio per…"
    if (/^(?:verso|contro|nei|per)$/.test(at(from + 1))) return !/^(?:provo|proviamo|sento|sentiamo|nutro|ho|abbiamo|tanto|solo|tutto|pieno|piena)$/.test(prev);
  }
  // the verb's object is someone or something else: "chi…", "quando…", "questa burocrazia che…"
  const obj = at(from + n);
  if (obj === 'chi' || obj === 'quando') return true;
  if (DETERMINER_WORDS.has(obj)) {
    const noun = from + n + 1;
    const t = at(noun);
    if (t && !isGroupAt(c, noun) && !known(t) && !/^(?:gente|persone|persona|razza)$/.test(t) && /^(?:che|chi|quando)$/.test(at(noun + 1))) return true;
  }
  return false;
}
/** "vengono trattati come animali": how others treat the group, not what the writer calls it. */
function treatedAs(c: Canon, term: number): boolean {
  let k = term - 1;
  while (k >= 0 && /^(?:un|una|uno|dei|degli|delle|degl)$/.test(c.tokens[k].text)) k--;
  if (k < 1 || c.tokens[k].text !== 'come' || !/^trattat[oaie]$/.test(c.tokens[k - 1].text)) return false;
  // "dovrebbero essere trattati come animali" wishes it
  for (let j = k - 2; j >= 0 && j >= k - 5 && c.sentence[j] === c.sentence[term]; j--) if (SHOULD_WORD.test(c.tokens[j].text)) return false;
  return true;
}
const SHOULD_WORD = new RegExp(`^${SHOULD}$`);
/** The infinitives of going home in HARM_OUTCOME (its subjunctives, "tornino", "se ne tornassero", are wishes already). */
const RETURN_HOME = /^(?:tornare|tornarsene|andarsene)$/;
const VICTIM_PARTICIPLE = /^(?:mort|uccis|annegat|ammazzat|assassinat|picchiat|aggredit|sfruttat|violentat|stuprat|sterminat|deportat|perseguitat|discriminat|abbandonat|maltrattat|massacrat|torturat|linciat|ferit)[ioae]$/;
/** Approval of the harm done to a group ("i migranti morti sono gli unici buoni", "ben gli sta"). */
const APPROVAL = / (?:unici buoni|ben gli sta|ben le sta|ben vi sta|se lo meritano|se la sono cercata|se l hanno cercata|era ora|finalmente|bene cosi|giusto cosi|meglio cosi|troppo pochi|ancora pochi|sempre pochi|evviva|godo) /;
/**
 * A participle of harm right after the group names its victims ("le donne uccise dai mariti", "gli
 * ebrei deportati", "migranti uccisi dal caldo", "per le donne picchiate"), unless the comment approves
 * of the harm ("i migranti morti sono gli unici buoni", "Immigrati uccisi? Ben gli sta").
 */
function victimsDescribed(c: Canon, g: number, term: number): boolean {
  if (term !== g + 1 || !VICTIM_PARTICIPLE.test(c.tokens[term].text)) return false;
  const [, b] = sentenceBounds(c, term);
  const rest = sliceText(c, term, b < c.tokens.length ? sentenceBounds(c, b)[1] : b);
  return !APPROVAL.test(rest + ' ');
}
/** "la burocrazia che fa soffrire i disabili": something else makes the group suffer. */
function madeToSuffer(c: Canon, term: number, g: number): boolean {
  return g > term && term > 0 && /^soffr/.test(c.tokens[term].text) && /^(?:fa|fanno|faceva|facevano|fara|faranno|far|fare|fatto)$/.test(c.tokens[term - 1].text) && !/^(?:voglio|vorrei|vogliamo|bisogna|bisognerebbe|dovremmo|devo|spero di)$/.test(term > 1 ? c.tokens[term - 2].text : '');
}
/** "…, è una vergogna", "che vergogna": the writer condemns what happens (a singular fact), not the group. */
function condemnsAFact(c: Canon, term: number): boolean {
  if (!/^vergogn/.test(c.tokens[term].text)) return false;
  const p1 = term > 0 ? c.tokens[term - 1].text : '';
  const p2 = term > 1 ? c.tokens[term - 2].text : '';
  return p1 === 'che' || (p1 === 'una' && p2 === 'e') || (p1 === 'e' && /^vergognos[oa]$/.test(c.tokens[term].text));
}
/** Complaint words that are also in the derogatory vocabulary: alone they never make a comment hateful. */
const COMPLAINT = /^(?:vergogn|inaccettabil|ridicol|insopportabil|patetic|pessim|schifo$|vomit|incapac|incompetent|lent[io]$|indegn|rovin|distrugg|distrutt|minaccia$|problema)/;
/**
 * A complaint word ("che schifo", "è una vergogna") in another clause than the group, with an object of
 * its own, or after the group's victims: the comment complains of what happens to the group ("Gli
 * stranieri aspettano da mesi il permesso, che schifo di burocrazia", "Le donne incinte aspettano
 * l'assegno, è uno schifo", "le medicine per i disabili che schifo il prezzo", "I disabili abbandonati
 * dallo Stato sono una vergogna"), it does not judge the group ("Gli immigrati sono uno schifo",
 * "Questi gay mi fanno così tanto schifo", "Che schifo i gay" stay hateful).
 */
function complaintElsewhere(c: Canon, g: number, term: number): boolean {
  if (!COMPLAINT.test(c.tokens[term].text)) return false;
  // "I disabili abbandonati dallo Stato sono una vergogna": the shame is what was done to them
  if (term > g + 1 && victimsDescribed(c, g, g + 1)) return true;
  const [a, b] = g < term ? [g, term] : [term, g];
  for (let k = a + 1; k <= b; k++) if (/[,;:]/.test(c.tokens[k].gap)) return true;
  const n = c.tokens.length;
  // (a noun of disgust or shame: a verb's object, "rovinerà il paese", is what the group does)
  return term > g && term + 2 < n && /^(?:schifo|vergogna)$/.test(c.tokens[term].text) && c.sentence[term + 2] === c.sentence[term] && OWN_OBJECT.has(c.tokens[term + 1].text) && !isGroupAt(c, term + 2);
}
/** What opens the object of "che schifo …", "che vergogna …" ("di burocrazia", "il prezzo", "questo sistema"). */
const OWN_OBJECT = new Set(['di', 'del', 'della', 'dello', 'dei', 'delle', 'degli', 'il', 'lo', 'la', 'l', 'i', 'gli', 'le', 'questo', 'questa', 'sto', 'sta']);
const EMOTE_AFTER_END = new RegExp(` ${EMOTE_AFTER}$`);
const DEROG_END = new RegExp(` ${DEROG}$`);
const DETERMINER = new Set(['il', 'lo', 'la', 'l', 'i', 'gli', 'le', 'un', 'una', 'uno', 'questo', 'questa', 'questi', 'queste', 'sto', 'sta', 'quel', 'quella', 'quei', 'quelle']);
/** Possessives that cannot point back at the group ("la loro cultura" can). */
const OTHER_POSSESSIVE = new Set(['vostro', 'vostra', 'vostri', 'vostre', 'tuo', 'tua', 'tuoi', 'tue', 'nostro', 'nostra', 'nostri', 'nostre', 'mio', 'mia', 'miei', 'mie']);
/**
 * The judging words at the end of a "group … judged" match fall on another noun, opened in a new clause:
 * "Sono una donna disabile e il vostro servizio fa schifo", "gli immigrati pagano le tasse, basta con
 * questa propaganda schifosa" ("Gli immigrati sono una razza schifosa" stays: no new clause).
 */
function judgesAnotherNoun(c: Canon, m: RegExpExecArray, end: RegExp): boolean {
  const e = end.exec(m[0]);
  return !!e && anotherNounBefore(c, tokenAt(c, m.index + e.index + 1)); // first token of the judging words
}
/** Token k (the first of the judging words) follows a noun phrase that opens a new clause: see judgesAnotherNoun. */
function anotherNounBefore(c: Canon, k: number): boolean {
  if (k < 3 || c.sentence[k - 3] !== c.sentence[k]) return false;
  const noun = k - 1;
  if (c.tokens[noun].text.length < 4 || isGroupAt(c, noun)) return false;
  let j = k - 2;
  if (OTHER_POSSESSIVE.has(c.tokens[j].text) && j > 0 && DETERMINER.has(c.tokens[j - 1].text)) j--;
  else if (!DETERMINER.has(c.tokens[j].text) && !OTHER_POSSESSIVE.has(c.tokens[j].text)) return false;
  // a new clause opens before the noun phrase: a comma, or "e", "ma", "con"
  return /[,;:]/.test(c.tokens[j].gap) || /^(?:e|ma|mentre|pero|con|invece)$/.test(c.tokens[j - 1]?.text ?? '');
}
/** Patterns that open on the group and judge it with their last words. */
const GROUP_FIRST = PATTERNS.map(([re]) => re.source.startsWith(` ${G} `));

// ---------------------------------------------------------------- anchored matching
// Every pattern (and NEG_TERM) starts with " word…", so a match can only start at the space before a
// word that begins with one of its first words. Instead of a regex scan over the whole canon (which
// tries the pattern's big alternation at every space), a sticky copy of the pattern is tried only
// there. findAll's semantics are kept: the leftmost match first, the next one searched from where it
// ended (anchors inside it are skipped), so the matches are the same.

/**
 * A word a match can start with: the token is the word (`exact`: a space follows it in the pattern) or
 * begins with it (a stem, "odios\\w*"); `next` lists the words the following token must be or begin
 * with ("la" of "la pagherai"), or is null when anything may follow.
 */
interface Lead {
  word: string;
  exact: boolean;
  next: { word: string; exact: boolean }[] | null;
}
/** What follows a fragment in its pattern: whether a space (or the match's end before one), and what word then. */
type Follow = Omit<Lead, 'word'>;
const OPEN_END: Follow = { exact: false, next: null };
/** What a fragment followed by `follow` leaves after its first word, `rest`: a space and words, or an unknown. */
function followOf(rest: string, follow: Follow): Follow {
  if (rest === '') return follow;
  if (rest.startsWith('(?= )')) return { exact: true, next: null };
  if (!rest.startsWith(' ')) return OPEN_END;
  const ws = leadingWords(rest.slice(1), follow);
  return { exact: true, next: ws && ws.map(({ word, exact }) => ({ word, exact })) };
}
/**
 * The words a source fragment that starts a word can begin with: "(?:a|b c|d[oa])…" → a, b (then c),
 * do, da; "stem\\w*…" → stem; null when unsure (an optional first group or letter).
 */
function leadingWords(src: string, follow: Follow): Lead[] | null {
  if (src.startsWith('(?:')) {
    const end = groupEnd(src);
    const rest = src.slice(end + 1);
    if (end < 0 || /^[?*+{]/.test(rest)) return null;
    const after = followOf(rest, follow);
    return wordsOfAlternatives(src.slice(3, end), (alt) => leadingWords(alt, after));
  }
  // the letters (and letter classes) before anything else: every match has them, unless a quantifier
  // makes the last one optional
  const m = /^(?:[a-z]|\[[a-z]+\])+/.exec(src);
  const rest = m ? src.slice(m[0].length) : '';
  if (!m || /^[?*+{]/.test(rest)) return null;
  const { exact, next } = followOf(rest, follow);
  return expandClasses(m[0]).map((word) => ({ word, exact, next }));
}
/** The first words of every match of a pattern (" word…" in each branch); null when unsure. */
function firstWords(re: RegExp): Lead[] | null {
  if (re.flags !== 'g') return null;
  return wordsOfAlternatives(re.source, (branch) => (branch.startsWith(' ') ? leadingWords(branch.slice(1), OPEN_END) : null));
}

/**
 * The last words of every match of a pattern (its closing lookahead dropped, and a last word that can be
 * any), as firstWords gives the first ones: every match ends on a word that begins with one of them, or
 * has one before an "any word" end; null when unsure.
 */
function lastWords(re: RegExp): string[] | null {
  return wordsOfAlternatives(re.source, trailingWords);
}
/** Words a source fragment that starts a word can end with: "…(?:a|b c)(?= )" → a, c; "… d[oa]\\w*" → do, da. */
function trailingWords(src: string): string[] | null {
  const open = groupOpenings(src);
  let end = src.length;
  // a lookahead after the last word reads past the match
  while (src[end - 1] === ')' && /^\(\?[=!]/.test(src.slice(open.get(end - 1)!))) end = open.get(end - 1)!;
  // any last word ("non sono veri \\w+"): the one before it is the last the pattern names
  if (src.slice(0, end).endsWith(' \\w+')) end -= 4;
  if (src[end - 1] === ')') {
    const o = open.get(end - 1)!;
    if (!src.startsWith('(?:', o) || !wordStartsAt(src, o, open)) return null;
    return wordsOfAlternatives(src.slice(o + 3, end - 1), trailingWords);
  }
  const m = /(?:[a-z]|\[[a-z]+\])+(?:\\w\*)?$/.exec(src.slice(0, end));
  if (!m || !wordStartsAt(src, end - m[0].length, open)) return null;
  return expandClasses(m[0].replace(/\\w\*$/, ''));
}

/**
 * An anchored pattern: its sticky copy, its bit in the words' `starts`, `startsIf` and `seconds` and,
 * when its last words are known, in their `ends` (0 otherwise; see WordInfo). There are bits for 30
 * patterns: NEG_TERM first, then PATTERNS in order; a pattern past them, or one whose first words are
 * not known, is searched with findAll as before.
 */
interface Anchored {
  sticky: RegExp;
  bit: number;
  endBit: number;
}
const MAX_ANCHORED = 30;
/**
 * Words of the patterns with the bits of the patterns that have them: a word a token must be (exact), or
 * a stem it must begin with. A word that several patterns share (the group words, a second word listed
 * after each of its first words) is held once with the bits of all of them: 2,100 words, where one object
 * per pattern and word made 14,000 (1.3 MB of the loaded engine).
 */
class WordIndex {
  private readonly exact = new Map<string, number>();
  /** stems by first letter, and their bits */
  private readonly stems = new Map<string, { words: string[]; bits: number[] }>();
  add(word: string, exact: boolean, bit: number): void {
    if (exact) {
      this.exact.set(word, (this.exact.get(word) ?? 0) | bit);
      return;
    }
    let l = this.stems.get(word[0]);
    if (!l) this.stems.set(word[0], (l = { words: [], bits: [] }));
    const i = l.words.indexOf(word);
    if (i >= 0) l.bits[i] |= bit;
    else {
      l.words.push(word);
      l.bits.push(bit);
    }
  }
  /** The bits of the patterns whose words `w` can be. */
  bitsOf(w: string): number {
    let bits = this.exact.get(w) ?? 0;
    const l = this.stems.get(w[0]);
    if (l) for (let i = 0; i < l.words.length; i++) if (w.startsWith(l.words[i])) bits |= l.bits[i];
    return bits;
  }
}
/** The first words of the patterns: those that start one alone, and those that start one only before one of its second words. */
const FIRST_ALONE = new WordIndex();
const FIRST_IF_NEXT = new WordIndex();
const SECOND_INDEX = new WordIndex();
const LAST_INDEX = new WordIndex();
function anchored(re: RegExp, j: number): Anchored | null {
  const ws = j < MAX_ANCHORED ? firstWords(re) : null;
  if (!ws) return null;
  const bit = 1 << j;
  for (const { word, exact, next } of ws) {
    (next ? FIRST_IF_NEXT : FIRST_ALONE).add(word, exact, bit);
    if (next) for (const n of next) SECOND_INDEX.add(n.word, n.exact, bit);
  }
  const last = lastWords(re);
  if (last) for (const word of last) LAST_INDEX.add(word, false, bit);
  return { sticky: new RegExp(re.source, 'y'), bit, endBit: last ? bit : 0 };
}
const NEG_ANCHORED = anchored(NEG_TERM, 0);
const PATTERN_ANCHORED = PATTERNS.map(([re], i) => anchored(re, i + 1));

/**
 * The gates of NEG_TERM (bit 0) and of the patterns (bit j, as anchored), as passesGate reads them from a
 * token: an entry of four letters is its four-letter prefix, a shorter one the whole token, a longer one
 * begins it. Read from each word's remembered infos, they cost no pass over the comment's prefixes (the
 * first passesGate on a comment makes one).
 */
const GATE_INDEX = new WordIndex();
for (const [bit, gate] of [NEG_RUNS, ...PATTERN_GATES].entries()) if (bit < MAX_ANCHORED) for (const word of gate) GATE_INDEX.add(word, word.length < 4, 1 << bit);
/** Whether the comment's tokens pass the gate of NEG_TERM (j 0) or of the pattern j - 1 (see GATE_INDEX). */
function passesBit(c: Canon, an: Anchors, j: number): boolean {
  return j < MAX_ANCHORED ? (an.gates & (1 << j)) !== 0 : passesGate(c, j === 0 ? NEG_RUNS : PATTERN_GATES[j - 1]);
}

/**
 * Where patterns can start in a canon: the space before each word, with the patterns that can start
 * there (the word starts them, or starts them and the next word can follow it) and those that the words
 * from there on can end.
 */
interface Anchors {
  at: Int32Array;
  starts: Int32Array;
  endsFrom: Int32Array;
  n: number;
  /** every word's starts together */
  anyStart: number;
  /** the gates the tokens pass (see GATE_INDEX; not read for a repaired canon) */
  gates: number;
}
const ANCHORS: Anchors = { at: new Int32Array(256), starts: new Int32Array(256), endsFrom: new Int32Array(256), n: 0, anyStart: 0, gates: 0 };
/** scratch: the infos of a canon's words, as anchorsOf reads them */
const WORD_INFOS: WordInfo[] = [];
/**
 * The anchors of a canon, from its tokens' infos (filled by detect); a squeezed token reads as its canon
 * word ("odiooo" as "odio"). A repaired canon (infos null) reads other words than its tokens, some of them
 * two ("tantoschifo" reads "tanto schifo"): its words are read from the text.
 */
function anchorsOf(c: Canon, infos: WordInfo[] | null): Anchors {
  const a = ANCHORS;
  const words = WORD_INFOS;
  const text = c.text;
  let n = 0;
  let gates = 0;
  if (infos) {
    n = c.tokens.length;
    if (a.at.length < n) grow(a, n);
    for (let k = 0; k < n; k++) {
      a.at[k] = c.pos[k] - 1;
      words[k] = c.tokens[k].run3 ? wordInfo(text.slice(c.pos[k], c.pos[k] + c.len[k])) : infos[k];
      // (the gates read the tokens as they are, as passesGate does)
      gates |= infos[k].gates;
    }
  } else {
    for (let i = 0; i + 1 < text.length; i++) {
      if (text.charCodeAt(i) !== 32 || text.charCodeAt(i + 1) === 32) continue;
      if (a.at.length <= n) grow(a, n + 1);
      a.at[n] = i;
      words[n++] = wordInfo(text.slice(i + 1, text.indexOf(' ', i + 1)));
    }
  }
  // read backwards: what follows a word matters
  let any = 0;
  let seconds = 0;
  let ends = 0;
  for (let j = n - 1; j >= 0; j--) {
    const inf = words[j];
    const starts = inf.starts | (inf.startsIf & seconds);
    a.starts[j] = starts;
    ends |= inf.ends;
    a.endsFrom[j] = ends;
    any |= starts;
    seconds = inf.seconds;
  }
  a.n = n;
  a.anyStart = any;
  a.gates = gates;
  return a;
}
function grow(a: Anchors, n: number): void {
  const at = new Int32Array(n * 2);
  at.set(a.at);
  a.at = at;
  a.starts = new Int32Array(n * 2);
  a.endsFrom = new Int32Array(n * 2);
}
/** Whether a pattern can match at all: a word can start it, and one from there on can end it. */
function mayMatch(an: Anchors, p: Anchored): boolean {
  return (an.anyStart & p.bit) !== 0 && (p.endBit === 0 || (an.n > 0 && (an.endsFrom[0] & p.endBit) !== 0));
}
type Found = { m: RegExpExecArray; from: number; to: number };
/** findAll(c, re) for an anchored pattern: sticky tests at its anchors, skipping those inside the last match. */
function findAnchored(c: Canon, p: Anchored, an: Anchors): Found[] {
  const out: Found[] = [];
  if (!mayMatch(an, p)) return out;
  const text = c.text;
  const re = p.sticky;
  let next = 0;
  for (let j = 0; j < an.n; j++) {
    const at = an.at[j];
    if (at < next || !(an.starts[j] & p.bit) || (p.endBit !== 0 && !(an.endsFrom[j] & p.endBit))) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    // as findAll: the match without its leading and trailing white space, as token ranges
    const end = at + m[0].length;
    let s = at;
    while (s < end && isWhite(text.charCodeAt(s))) s++;
    let e = end;
    while (e > at && isWhite(text.charCodeAt(e - 1))) e--;
    if (e > s && c.tokens.length) {
      const [from, to] = tokenRange(c, s, e);
      out.push({ m, from, to });
    }
    next = m[0].length === 0 ? at + 1 : Math.max(e, at + 1);
  }
  return out;
}

/** The hate structures in a canon; `infos` holds its tokens' wordInfo, or is null for a repaired canon. */
function hateIn(c: Canon, infos: WordInfo[] | null): { span: [number, number]; reason: string }[] {
  const out: { span: [number, number]; reason: string }[] = [];
  const repaired = !infos;
  const anchors = anchorsOf(c, infos);
  // a repaired canon reads other words than its tokens ("asto" reads "astio"): its gates are read
  // from its own words (their 4-letter prefixes), not from the tokens
  const repairedPrefixes = repaired ? new Set(c.text.split(' ').map((w) => w.slice(0, 4))) : null;
  for (let pi = 0; pi < PATTERNS.length; pi++) {
    const p = PATTERN_ANCHORED[pi];
    if (p && !mayMatch(anchors, p)) continue;
    const [re, reason] = PATTERNS[pi];
    if (repairedPrefixes ? !someIn(PREFIX_GATES[pi], repairedPrefixes) : !passesBit(c, anchors, pi + 1)) continue;
    for (const { m, from, to } of p ? findAnchored(c, p, anchors) : findAll(c, re)) {
      if (!reason) {
        // "tipico dei X" needs derogation nearby (same or next sentence)
        const sid = c.sentence[from];
        let k = to;
        while (k < c.tokens.length && c.sentence[k] <= sid + 1) k++;
        const tail = sliceText(c, Math.min(to, c.tokens.length - 1), k);
        if (!DEROG_RE.test(tail)) continue;
        out.push({ span: [from, k], reason: 'stereotipo dispregiativo su un gruppo protetto' });
        continue;
      }
      if (POSITIVE_WITHOUT.test(m[0] + ' ')) continue;
      const isNegPos = reason.startsWith('negazione');
      if (GROUP_FIRST[pi] && victimAt(c, from) && (isNegPos || CONDEMNING.test(c.tokens[to - 1].text))) continue;
      if (pi === 0 && emoteNotAtGroup(c, from, m[0])) continue;
      if ((pi === 1 || pi === 2) && judgesAnotherNoun(c, m, pi === 1 ? EMOTE_AFTER_END : DEROG_END)) continue;
      if (GROUP_FIRST[pi] && treatedAs(c, to - 1)) continue;
      // (as in complaintElsewhere: the shame is what was done to the victims)
      if (GROUP_FIRST[pi] && victimsDescribed(c, from, from + 1) && c.tokens.slice(from + 2, to).some((t) => COMPLAINT.test(t.text))) continue;
      // a pattern that starts with its own negation ("mai fidarsi di…") is not negated by it: only
      // what comes before the match can negate it
      const ownNegation = OWN_NEGATION.test(m[0]);
      if (!isNegPos) {
        // negation right before the last (derogatory) word, or a sentence that opens negated
        const lastStart = c.pos[to - 1];
        if ((ownNegation ? negatedBeforeMatch(c, from) : negatedAt(c, from, lastStart - 1)) && !/ altro che /.test(m[0])) continue;
      }
      out.push({ span: [from, to], reason });
    }
  }
  if (out.length) return out;
  // generic: a protected group and a negative term in the same sentence, not negated. Every finding
  // below holds a negative term: without one (most comments) there is nothing to read.
  if (!(repaired ? c.tokens.some((t) => known(t.text)) || passesGate(c, NEG_GATE) : passesBit(c, anchors, 0))) return out;
  if (NEG_ANCHORED && !mayMatch(anchors, NEG_ANCHORED)) return out;
  const groups: number[] = [];
  for (let i = 0; i < c.tokens.length; i++) if (isGroupAt(c, i)) groups.push(i);
  if (!groups.length) return out;
  const negTerms = (NEG_ANCHORED ? findAnchored(c, NEG_ANCHORED, anchors) : findAll(c, NEG_TERM)).filter(({ from }) => !POSITIVE_WITHOUT.test(sliceText(c, from, Math.min(from + 2, c.tokens.length))));
  if (!negTerms.length) return out;
  const seen = new Set<number>();
  const nSentences = c.tokens.length ? c.sentence[c.tokens.length - 1] + 1 : 0;
  for (const g of groups) {
    const sid = c.sentence[g];
    if (seen.has(sid)) continue;
    seen.add(sid);
    const [a, b] = sentenceBounds(c, g);
    if (IDIOM_RE.test(sliceText(c, a, b))) continue;
    const victim = victimAt(c, g);
    for (const { from, to } of negTerms) {
      if (from < a || to > b) continue;
      if (negatedAt(c, from, c.pos[from] - 1)) continue;
      if (victim && from > g && CONDEMNING.test(c.tokens[to - 1].text)) continue;
      if (treatedAs(c, from) || condemnsAFact(c, from) || madeToSuffer(c, from, g) || victimsDescribed(c, g, from)) continue;
      if (from < g && emoteNotAtGroup(c, from, c.text.slice(c.pos[from] - 1))) continue;
      if (complaintElsewhere(c, g, from)) continue;
      // "I pensionati stranieri possono tornare al loro paese e ricevere la pensione?": going home is a
      // wish against the group only when something says they should ("dovrebbero tornare…", "se ne tornino")
      if (RETURN_HOME.test(c.tokens[from].text) && !(from > 0 && SHOULD_WORD.test(c.tokens[from - 1].text))) continue;
      if (from > g) {
        // "… e il vostro servizio (mi) fa schifo": the judging words begin at the verb before the term
        let k = from;
        while (k - 1 > g && /^(?:fa|fanno|faceva|facevano|mi|ci)$/.test(c.tokens[k - 1].text)) k--;
        if (anotherNounBefore(c, k)) continue;
      }
      out.push({ span: [Math.min(g, from), Math.max(g + 1, to)], reason: 'gruppo protetto associato a termini negativi o ostili' });
      break;
    }
    if (out.length) return out;
    // the next sentence continues about the group ("… i trans. Tutto ciò che c'entra con loro mi fa schifo")
    if (b < c.tokens.length) {
      const [a2, b2] = sentenceBounds(c, b);
      const next = sliceText(c, a2, b2);
      const anaphora = ANAPHORA.test(next);
      if (anaphora || nSentences <= 3) {
        for (const { from, to } of negTerms) {
          if (from < a2 || to > b2) continue;
          if (negatedAt(c, from, c.pos[from] - 1)) continue;
          // "Per i migranti c'è sempre una scusa, per noi niente. Vergogna!": a complaint, unless the
          // sentence speaks of them ("… i trans. Tutto ciò che c'entra con loro mi fa schifo")
          if (!anaphora && COMPLAINT.test(c.tokens[from].text)) continue;
          out.push({ span: [g, to], reason: 'gruppo protetto associato a termini negativi o ostili' });
          break;
        }
      }
    }
    // the group comes in the sentence after the negative one ("Certo che sono stupidi. Sono trans dopo tutto.")
    if (!out.length && a > 0) {
      const [a0, b0] = sentenceBounds(c, a - 1);
      for (const { from, to } of negTerms) {
        if (from < a0 || to > b0) continue;
        if (negatedAt(c, from, c.pos[from] - 1)) continue;
        if (!/^ (?:sono|siete|e|era|erano|perche|dopotutto|dopo tutto|veniva|viene|vengono)/.test(sliceText(c, a, b))) continue;
        out.push({ span: [from, g + 1], reason: 'gruppo protetto associato a termini negativi o ostili' });
        break;
      }
    }
    if (out.length) return out;
  }
  return out;
}

// ---------------------------------------------------------------- English
const EG = EN_GROUP;
const EN_PATTERNS: [RegExp, string][] = [
  [new RegExp(` (?:i|we) (?:(?:really|just|fucking|truly) )?(?:hate|despise|detest|can t stand|cannot stand|loathe) (?:(?:all|the|these|those|fucking) )*${EG}(?= )`, 'g'), 'hatred declared against a protected group'],
  [new RegExp(` ${EG} (?:are|r|is) (?:(?:all|just|nothing but|such|fucking|only) )*(?:a |an )?${EN_DEROG}(?= )`, 'g'), 'protected group described in dehumanising or derogatory terms'],
  [new RegExp(` (?:kill|deport|ban|expel|exterminate|gas|hang|shoot|get rid of) (?:(?:all|the|these|those) )*${EG}(?= )`, 'g'), 'call to eliminate or exclude a protected group'],
  [new RegExp(` ${EG} (?:should|must|need to|deserve to|ought to) (?:all )?(?:die|be killed|be deported|be banned|be shot|be hanged|be gassed|be exterminated|burn|rot|go back)(?= )`, 'g'), 'wish of harm or exclusion for a protected group'],
  [new RegExp(` death to (?:(?:all|the) )*${EG}(?= )`, 'g'), 'wish of harm or exclusion for a protected group'],
  [new RegExp(` (?:go|get|send them|send em|send you) (?:right )?back (?:to|where) (?:your|their|you|they) (?:own )?(?:country|countries|came from|come from|belong)(?= )`, 'g'), 'call to exclude people for their origin'],
];
const EN_GATE_RE = new RegExp(` (?:${EG}|back) `);
/** Negation, reporting or counter-speech just before an English match ("not all immigrants are…", "saying … is racist"). */
const EN_NOT = / (?:not|no|never|don t|doesn t|isn t|aren t|saying|say|said|says|call|calling|called|claim|claims|claiming|think that|believe that|stop) (?:[^ .]+ ){0,3}$/;

/** A group word with a dropped or swapped letter ("immgrato", "dnna", "gy"): repaired when it reads as a group. */
const groupTypoMemo = new Map<string, boolean>();
function groupTypo(w: string): boolean {
  let v = groupTypoMemo.get(w);
  if (v === undefined) {
    v = w === 'gy' || (w.length >= 4 && !GROUP_WORDS.has(w) && !known(w) && !NOT_TYPOS.has(w) && nearestTarget(w, BY_LEN_GROUP) !== undefined);
    if (groupTypoMemo.size >= MEMO_MAX) groupTypoMemo.clear();
    groupTypoMemo.set(w, v);
  }
  return v;
}
registerTrigger((w) => GROUP_WORDS.has(w) || w === 'colore' || (known(w) && !COMPLAINT.test(w)) || groupTypo(w), 'hate');
/**
 * What detect asks of each word, from one remembered look-up per token: its facts (a group word, a
 * known word, a group word's typo, which repairs change it), and for the anchored patterns (bit j for
 * the j-th, see anchored) those it can start, those it can start only before one of their second words
 * ("la" of "la pagherai"), those it can be the second word of, those it can end. Words with the same
 * answers share one object.
 */
interface WordInfo {
  facts: number;
  /** the gates the word passes (see GATE_INDEX) */
  gates: number;
  starts: number;
  startsIf: number;
  seconds: number;
  ends: number;
}
const GROUP_WORD = 1;
const KNOWN_WORD = 2;
const GROUP_TYPO = 4;
/** an English group word or "back" (see EN_GATE_RE); 8, 16 and 32 are the repairs' (TypoIndex.bit) */
const EN_WORD = 64;
const INFOS = new Map<string, WordInfo>();
const infoMemo = new Map<string, WordInfo>();
function wordInfo(w: string): WordInfo {
  let v = infoMemo.get(w);
  if (v === undefined) {
    const facts = (GROUP_WORDS.has(w) ? GROUP_WORD : 0) | (known(w) ? KNOWN_WORD : 0) | (groupTypo(w) ? GROUP_TYPO : 0) | repairBits(w) | (EN_GROUP_WORDS.has(w) || w === 'back' ? EN_WORD : 0);
    const info = { facts, gates: GATE_INDEX.bitsOf(w), starts: FIRST_ALONE.bitsOf(w), startsIf: FIRST_IF_NEXT.bitsOf(w), seconds: SECOND_INDEX.bitsOf(w), ends: LAST_INDEX.bitsOf(w) };
    const key = `${info.facts} ${info.gates} ${info.starts} ${info.startsIf} ${info.seconds} ${info.ends}`;
    v = INFOS.get(key);
    if (!v) INFOS.set(key, (v = info));
    if (infoMemo.size >= MEMO_MAX) infoMemo.clear();
    infoMemo.set(w, v);
  }
  return v;
}
/** scratch: the infos of the current comment's tokens */
const TOKEN_INFOS: WordInfo[] = [];
const EN_GROUP_WORDS = new Set(EN_GROUP.replace(/^\(\?:|\)$/g, '').split('|').map((w) => w.slice(w.lastIndexOf(' ') + 1)));
registerTrigger((w) => EN_GROUP_WORDS.has(w), 'hate');
// "go back to your country": "back" only next to "country" or "came/come" (English comments only)
registerTrigger((w) => w === 'back', 'hate', (w) => w === 'country' || w === 'countries' || w === 'came' || w === 'come');

export const hate = defineRule({
  id: 'hate',
  label: { it: "Odio e discriminazione", en: 'Hate and discrimination' },
  explanation: {
    it: 'La netiquette INPS non accetta "commenti razzisti, incitazioni all\'odio": segnala insulti etnici, omofobi, sessisti o abilisti e frasi che disprezzano, disumanizzano o vogliono escludere un gruppo (origine, religione, genere, orientamento sessuale, disabilità). Non segnala chi cita un insulto per condannarlo, né le frasi neutre o positive sui gruppi.',
    en: 'The INPS netiquette does not accept "racist comments, incitement to hatred": flags ethnic, homophobic, sexist or ableist slurs and sentences that despise, dehumanise or want to exclude a group (origin, religion, gender, sexual orientation, disability). Quoting a slur to condemn it, and neutral or positive statements about groups, are not flagged.',
  },
  severity: 'high',
  languages: ['it', 'en'],
  settings: z.object({
    enabled: z.boolean().default(true),
    /** Minimum lexicon weight for a slur to count on its own. */
    minSlurWeight: z.number().min(0).max(1).default(0.7),
    /** Repair one-letter typos and glued words before matching ("trns", "parassiticome"). */
    repairTypos: z.boolean().default(true),
  }),
  detect(comment, ctx, settings) {
    if (!settings.enabled || !wakes(comment.text, 'hate', lexiconOf(ctx.profile))) return NO_FINDINGS;
    const { canon, matches } = scanAbuse(comment.text, lexiconOf(ctx.profile));
    const c = canon;
    const hits: { span: [number, number]; reason: string }[] = [];
    // 1. slurs (and misogynist nouns used of a person)
    for (const m of matches) {
      // "il dottor Negro", "la signora Checca Rossi": a surname or a name
      if (properNounAt(comment.text, m.start, m.end)) continue;
      let word = m.to - m.from === 1 ? c.tokens[m.from].text : '';
      let det = m.from > 0 ? c.tokens[m.from - 1].text : '';
      // the matcher also finds a noun glued to its article ("unaputtana"): read the two apart
      const glued = word.length > m.entry.term.length && word.endsWith(m.entry.term) && DET.has(word.slice(0, -m.entry.term.length));
      if (glued) {
        det = word.slice(0, -m.entry.term.length);
        word = m.entry.term;
      }
      // "Noi terroni emigrati al nord…": the writer's own group, not a slur at others
      if (m.from > 0 && /^(?:noi|siamo)$/.test(c.tokens[m.from - 1].text)) continue;
      if (m.entry.category === 'slur' && m.entry.weight >= settings.minSlurWeight) {
        hits.push({ span: [m.from, m.to], reason: `insulto discriminatorio "${m.entry.term}"` });
      } else if (MISOGYNIST.has(m.entry.term) && MISOGYNIST.has(word) && (glued || m.from > 0) && (DET.has(det) || /e$/.test(word)) && !swearing(c, m.from)) {
        hits.push({ span: [m.from, m.to], reason: `insulto sessista "${m.entry.term}"` });
      }
    }
    // 2. structures with a protected group (gate: a group word, possibly after repairs); one pass over
    // the words for the gates below
    let hasGroup = false;
    let hostile = false;
    let repairable = false;
    // (a squeezed token reads differently in the canon: it may be one)
    let english = false;
    const infos = TOKEN_INFOS;
    for (let i = 0; i < c.tokens.length; i++) {
      const w = c.tokens[i].text;
      const inf = wordInfo(w);
      infos[i] = inf;
      const f = inf.facts;
      if (w === 'colore' ? isGroupAt(c, i) : f & GROUP_WORD) hasGroup = true;
      if (f & KNOWN_WORD && !(f & GROUP_WORD)) hostile = true;
      if (f & (KNOWN_WORD | GROUP_TYPO)) repairable = true;
      if (f & EN_WORD || c.tokens[i].run3) english = true;
    }
    let structural = hasGroup ? hateIn(c, infos) : [];
    // typo/glue repair only when the comment already carries a group, a hostile word or a group word
    // with a dropped or swapped letter (cheap gate)
    if (!structural.length && settings.repairTypos && c.tokens.length <= 80 && (hasGroup || repairable)) {
      const fixed = hasGroup && hostile ? repair(c, infos, EMPTY_TARGETS) : repair(c, infos, hasGroup ? BY_LEN_HOSTILE : BY_LEN_GROUP);
      if (fixed && fixed.text !== c.text) structural = hateIn(fixed, null);
    }
    hits.push(...structural);
    // 3. English, when the comment is English and names a group (or says "back")
    if (!hits.length && english && EN_GATE_RE.test(c.text) && ctx.lang === 'en') {
      for (const [re, reason] of EN_PATTERNS) {
        for (const { from, to } of findAll(c, re)) {
          if (EN_NOT.test(c.text.slice(Math.max(0, c.pos[from] - 60), c.pos[from]))) continue;
          hits.push({ span: [from, to], reason });
        }
      }
    }
    if (!hits.length) return NO_FINDINGS;
    // 4. quotation and counter-speech
    const counter = counterSpeech(c);
    const kept = hits.filter(({ span: [from, to] }) => {
      if (quotedMention(c, from, to)) return false;
      // a reporting verb before the group or before the judging words ("Gli zingari? Così li chiamano
      // ancora all'ufficio, vergogna")
      if (reportedBefore(c, from) || reportedBefore(c, Math.max(from, to - 1))) return false;
      if (counter && c.tokens.slice(from, to).every((_, k) => c.quoted[from + k])) return false;
      return true;
    });
    if (!kept.length) return NO_FINDINGS;
    const evidence: Span[] = kept.map(({ span: [from, to] }) => ({ start: c.tokens[from].start, end: c.tokens[Math.max(from, to - 1)].end }));
    const f: Finding = {
      rule: 'hate',
      severity: 'high',
      evidence,
      reason: [...new Set(kept.map((k) => k.reason))].slice(0, 2).join('; '),
    };
    return [f];
  },
});

/** Tests: the anchored patterns, the two ways of finding a pattern's matches, the words' gate and repair bits. */
export const _anchoring = {
  patterns: PATTERNS.map(([re], i) => ({ re, anchored: PATTERN_ANCHORED[i] })),
  negTerm: { re: NEG_TERM, anchored: NEG_ANCHORED },
  /** with the anchors read from the tokens' facts, or from the words of the text (as for a repaired canon) */
  /** the gates the tokens pass, from their infos (bit j: NEG_TERM, then PATTERNS) and asked of passesGate */
  gates: (c: Canon) => [anchorsOf(c, c.tokens.map((t) => wordInfo(t.text))).gates, [NEG_RUNS, ...PATTERN_GATES].reduce((bits, gate, j) => bits | (passesGate(c, gate) ? 1 << j : 0), 0)],
  /** whether the English gate can pass, from the words' infos as detect reads them, and whether it does */
  enGate: (c: Canon) => [c.tokens.some((t) => wordInfo(t.text).facts & EN_WORD || t.run3), EN_GATE_RE.test(c.text)],
  /** whether a word's repair bits say what repairWord does towards each target */
  repairBitsAgree: (w: string) => [EMPTY_TARGETS, BY_LEN_HOSTILE, BY_LEN_GROUP].every((ix) => ((repairBits(w) & ix.bit) !== 0) === (repairWord(w, ix) !== null)),
  findAnchored: (c: Canon, p: Anchored, fromText = false) => findAnchored(c, p, anchorsOf(c, fromText ? null : c.tokens.map((t) => wordInfo(t.text)))),
};

export default hate;
