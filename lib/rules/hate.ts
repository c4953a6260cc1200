// hate — "commenti razzisti, incitazioni all'odio" (netiquette, seeds 001/003): slurs, derogation,
// dehumanisation and exclusion of protected groups (origin, religion, gender, sexual orientation,
// disability). Needs a group AND a derogatory structure; quoted or condemned speech
// (counter-speech: "dire 'X' è razzista", "smettila di chiamarli …") is not hate.
import { z } from 'zod';
import { defineRule } from './rule';
import { counterSpeech, negatedBefore, quotedMention, reportedBefore, scanAbuse, within1 } from '../lexicons/scan';
import { GROUP_WORDS } from '../lexicons/vocab';
import { DEROG, ELIMINATE, EMOTE_AFTER, EMOTE_BEFORE, GROUP, HARM_OUTCOME, NEG_POSITIVE, SHOULD } from '../lexicons/patterns';
import { STRONG_INSULTS } from '../lexicons/curated';
import { findAll, rewrite, type Canon } from '../text/canon';
import type { Finding, Span } from '../types';

const G = GROUP;
const GAP = (n: number) => `(?:[^ .]+ ){0,${n}}?`;

/** Structures: [regex, reason]. Evidence = the whole matched stretch. */
const PATTERNS: [RegExp, string][] = [
  [new RegExp(` ${EMOTE_BEFORE} ${GAP(8)}${G}(?= )`, 'g'), 'odio o disprezzo dichiarato verso un gruppo protetto'],
  [new RegExp(` ${G} ${GAP(6)}${EMOTE_AFTER}(?= )`, 'g'), 'odio o disprezzo dichiarato verso un gruppo protetto'],
  [new RegExp(` ${G} ${GAP(8)}${DEROG}(?= )`, 'g'), 'gruppo protetto descritto con termini dispregiativi o disumanizzanti'],
  [new RegExp(` ${DEROG} ${GAP(2)}(?:come|quali|tipo|di|dei|delle|degli|questi|queste|quei|quelle|sti|ste|i|gli|le|un|una|uno) ${GAP(2)}${G}(?= )`, 'g'), 'gruppo protetto descritto con termini dispregiativi o disumanizzanti'],
  [new RegExp(` ${DEROG} ${G}(?= )`, 'g'), 'gruppo protetto descritto con termini dispregiativi'],
  [new RegExp(` ${ELIMINATE} ${GAP(4)}${G}(?= )`, 'g'), 'incitazione a eliminare o escludere un gruppo protetto'],
  [new RegExp(` ${G} ${GAP(6)}${SHOULD} ${GAP(4)}${HARM_OUTCOME}(?= )`, 'g'), 'augurio di danno o esclusione per un gruppo protetto'],
  [new RegExp(` ${G} ${GAP(6)}${NEG_POSITIVE}(?= )`, 'g'), 'negazione della dignità o dei diritti di un gruppo protetto'],
  [new RegExp(` ${NEG_POSITIVE} ${GAP(6)}${G}(?= )`, 'g'), 'negazione della dignità o dei diritti di un gruppo protetto'],
  [new RegExp(` (?:nessun|nessuna|nessuno) ${G} ${GAP(3)}(?:potra|potrebbe|sara|e|merita|dovrebbe) ${GAP(3)}(?:mai|essere|un|una|valid\\w*|degn\\w*|utile|membro)(?= )`, 'g'), 'negazione della dignità di un gruppo protetto'],
  [new RegExp(` (?:piu intelligente|vale di piu|meglio|migliore) (?:di|che) (?:qualsiasi|ogni|qualunque|un|una|uno|tutti i|tutte le|i|gli|le) ${GAP(1)}${G}(?= )`, 'g'), 'paragone degradante con un gruppo protetto'],
  [new RegExp(` (?:niente|nulla|nessuno|nessuna cosa) ${GAP(8)}(?:peggio|peggiore|meno) (?:di|che) ${GAP(2)}${G}(?= )`, 'g'), 'paragone degradante con un gruppo protetto'],
  [new RegExp(` (?:vita|vite) ${GAP(3)}${G} ${GAP(4)}(?:valgono|vale|valga|valgano|contano|conta|contino) ${GAP(3)}(?:meno|niente|nulla|zero|poco)(?= )`, 'g'), 'negazione del valore della vita di un gruppo protetto'],
  [new RegExp(` (?:preoccup\\w*|import\\w*|interess\\w*) ${GAP(6)}(?:vita|vite|diritti) ${GAP(2)}${G}(?= )`, 'g'), 'disprezzo per la vita di un gruppo protetto'],
  [new RegExp(` natura ${GAP(3)}${G} ${GAP(2)}essere ${GAP(3)}${DEROG}(?= )`, 'g'), 'stereotipo dispregiativo su un gruppo protetto'],
  [new RegExp(` (?:solo|soltanto) ${GAP(2)}${G} ${GAP(3)}(?:possono|sanno|riescono a) essere ${GAP(3)}${DEROG}(?= )`, 'g'), 'stereotipo dispregiativo su un gruppo protetto'],
  [new RegExp(` preferire\\w* ${GAP(8)}(?:piuttosto che|che) ${GAP(6)}${G}(?= )`, 'g'), 'rifiuto di un gruppo protetto'],
  [new RegExp(` (?:tipico|tipica|naturale|da aspettarsi) ${GAP(3)}${G}(?= )`, 'g'), ''], // needs a derogatory follow-up (checked below)
];

/** Group words that only count with an article/plural meaning (avoid "lavoro nero", "donna" as address). */
const MISOGYNIST = new Set(['puttana', 'puttane', 'troia', 'troie', 'zoccola', 'zoccole', 'mignotta', 'mignotte', 'bagascia', 'baldracca', 'sgualdrina', 'sgualdrine']);
const DET = new Set(['una', 'la', 'le', 'delle', 'questa', 'quella', 'sta', 'queste', 'quelle', 'ste', 'di', 'sei', 'siete', 'tipica', 'le']);

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

const GLUE = ['come', 'dei', 'delle', 'degli', 'del', 'della', 'di', 'che', 'un', 'una', 'uno', 'il', 'la', 'le', 'gli', 'i'];

/** Fix one-letter typos towards group/derogatory words and split glued function words. */
function repair(c: Canon): Canon | null {
  const rep = new Map<number, string>();
  const known = (w: string) => GROUP_WORDS.has(w) || DEROG_WORDS.includes(w) || DEROG_STEMS.some((s) => w.startsWith(s)) || EMOTE_WORDS.includes(w);
  for (let i = 0; i < c.tokens.length; i++) {
    const w = c.tokens[i].text;
    if (w.length < 2 || known(w) || STRONG_INSULTS.has(w)) continue;
    // glued: "parassiticome", "goledei", "unricchione"
    let done = false;
    for (const g of GLUE) {
      if (w.length > g.length + 3 && w.endsWith(g) && known(w.slice(0, -g.length))) {
        rep.set(i, `${w.slice(0, -g.length)} ${g}`);
        done = true;
        break;
      }
      if (w.length > g.length + 3 && w.startsWith(g) && known(w.slice(g.length))) {
        rep.set(i, `${g} ${w.slice(g.length)}`);
        done = true;
        break;
      }
    }
    if (done || w.length < 3) continue;
    const cand = [...FUZZY_VOCAB, ...DEROG_WORDS].find((v) => v.length >= 3 && Math.abs(v.length - w.length) <= 1 && v[0] === w[0] && within1(w, v));
    if (cand) rep.set(i, cand);
    else if (w === 'gy') rep.set(i, 'gay');
  }
  return rep.size ? rewrite(c, rep) : null;
}

function hateIn(c: Canon): { span: [number, number]; reason: string }[] {
  const out: { span: [number, number]; reason: string }[] = [];
  const sentences = c.sentence.length ? c.sentence[c.sentence.length - 1] + 1 : 0;
  for (const [re, reason] of PATTERNS) {
    for (const { m, from, to } of findAll(c, re)) {
      if (!reason) {
        // "tipico dei X" needs derogation nearby (same or next sentence)
        const sid = c.sentence[from];
        let k = to;
        while (k < c.tokens.length && c.sentence[k] <= sid + 1) k++;
        const tail = c.text.slice(c.pos[Math.min(to, c.tokens.length - 1)] - 1, k < c.tokens.length ? c.pos[k] : c.text.length);
        if (!DEROG_RE.test(tail)) continue;
        out.push({ span: [from, k], reason: 'stereotipo dispregiativo su un gruppo protetto' });
        continue;
      }
      // negation right before the derogatory part cancels, unless the structure is a negated positive
      const isNegPos = reason.startsWith('negazione');
      if (!isNegPos) {
        let neg = false;
        for (let k = from; k < to; k++) {
          if (negatedBefore(c, k, 1) && !/ altro che | che /.test(m[0])) {
            neg = true;
            break;
          }
        }
        if (neg || negatedBefore(c, from, 3)) continue;
      }
      out.push({ span: [from, to], reason });
    }
  }
  // group in one sentence, derogation as subject of the next ("… tipico degli X. Sono spregevoli.")
  if (sentences > 1 && out.length === 0) {
    for (let i = 0; i < c.tokens.length; i++) {
      if (!GROUP_WORDS.has(c.tokens[i].text)) continue;
      const sid = c.sentence[i];
      const j = c.sentence.indexOf(sid + 1);
      if (j < 0) continue;
      let k = j;
      while (k < c.tokens.length && c.sentence[k] === sid + 1) k++;
      const next = c.text.slice(c.pos[j] - 1, k < c.tokens.length ? c.pos[k] : c.text.length);
      if (/^ (?:sono|siete|restano|rimangono|saranno|non sono altro che|meritano|meritate|dovrebbero|non possono) /.test(next) && DEROG_RE.test(next) && !/ non (?!sono altro|possono proprio fare a meno)/.test(next)) {
        out.push({ span: [i, k], reason: 'gruppo protetto descritto con termini dispregiativi' });
        break;
      }
    }
  }
  return out;
}

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
    if (!settings.enabled) return [];
    const { canon, matches } = scanAbuse(comment.text, { allow: ctx.profile.allowlist, additions: ctx.profile.lexiconAdditions });
    const c = canon;
    const hits: { span: [number, number]; reason: string }[] = [];
    // 1. slurs (and misogynist nouns used of a person)
    for (const m of matches) {
      const word = m.to - m.from === 1 ? c.tokens[m.from].text : '';
      if (m.entry.category === 'slur' && m.entry.weight >= settings.minSlurWeight) {
        hits.push({ span: [m.from, m.to], reason: `insulto discriminatorio "${m.entry.term}"` });
      } else if (MISOGYNIST.has(m.entry.term) && MISOGYNIST.has(word) && m.from > 0 && (DET.has(c.tokens[m.from - 1].text) || /e$/.test(word))) {
        hits.push({ span: [m.from, m.to], reason: `insulto sessista "${m.entry.term}"` });
      }
    }
    // 2. structures with a protected group (gate: a group word, possibly after repairs)
    const hasGroup = c.tokens.some((t) => GROUP_WORDS.has(t.text));
    let structural = hasGroup ? hateIn(c) : [];
    if (!structural.length && settings.repairTypos && c.tokens.length <= 80) {
      const fixed = repair(c);
      if (fixed && fixed.text !== c.text) structural = hateIn(fixed);
    }
    hits.push(...structural);
    if (!hits.length) return [];
    // 3. quotation and counter-speech
    const counter = counterSpeech(c);
    const kept = hits.filter(({ span: [from, to] }) => {
      if (quotedMention(c, from, to)) return false;
      if (reportedBefore(c, from)) return false;
      if (counter && c.tokens.slice(from, to).every((_, k) => c.quoted[from + k])) return false;
      return true;
    });
    if (!kept.length) return [];
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

export default hate;
