// Word sets derived from the pattern vocabulary: quick gates for the rules and the
// vocabulary used to split spaced letters back into words ("O d i o i" → "odio i").
import { GROUP, EMOTE_BEFORE } from './patterns';
import { SLUR_IT, VULGAR_IT, STRONG_INSULTS } from './curated';

const words = (src: string) =>
  src
    .replace(/^\(\?:|\)$/g, '')
    .split('|')
    .filter((w) => /^[a-z ]+$/.test(w));

/** Single words naming a protected group (for gating the hate patterns). */
export const GROUP_WORDS = new Set(words(GROUP).flatMap((w) => w.split(' ')).filter((w) => w.length > 2 && !['persone', 'persona', 'gente', 'uomini', 'con'].includes(w)));

const FUNCTION = `i e a o il lo la le gli un una uno di da in con su per tra fra che non sei sono tu ti mi ci vi si ma se come dei delle degli del della al ai alle agli
ho hai ha abbiamo avete hanno io noi voi loro lui lei questo questa questi queste quel quella quelli quelle tutti tutte solo altro piu meno
persone persona colore posto paese gente odio detesto disprezzo schifo morte morti morire vivere vita feccia sporchi sporco merda cazzo`.split(/\s+/);

export const SEGMENT_VOCAB = new Set<string>([
  ...FUNCTION,
  ...GROUP_WORDS,
  ...words(EMOTE_BEFORE).filter((w) => !w.includes(' ')),
  ...[...SLUR_IT, ...VULGAR_IT].map((e) => e.term).filter((t) => /^[a-z]+$/.test(t)),
  ...[...STRONG_INSULTS].filter((t) => /^[a-z]+$/.test(t)),
]);
