// repeated-question — "non postare la stessa domanda" (netiquette, seed 003). The same author posts the
// same or nearly the same text earlier in the thread. Similarity is lib/text's normalised trigram Dice.
import { z } from 'zod';
import { defineRule, NO_FINDINGS } from './rule';
import type { CommentInput, Finding } from '../types';
import { canonical, similarity } from '../text/similarity';

// Thread comments are compared again for every later comment: keep their canonical form.
const canonCache = new WeakMap<object, string>();
function canonicalOf(c: CommentInput): string {
  let v = canonCache.get(c);
  if (v === undefined) {
    v = canonical(c.text);
    canonCache.set(c, v);
  }
  return v;
}

const settings = z.object({
  enabled: z.boolean().default(true),
  /** Similarity (0..1, normalised character trigrams) from which two texts are the same question. */
  minSimilarity: z.number().min(0.5).max(1).default(0.85),
  /** Shorter texts ("grazie", "up") are not questions worth pointing out. */
  minChars: z.number().int().min(1).default(15),
});

export default defineRule({
  id: 'repeated-question',
  label: { it: 'Domanda ripetuta', en: 'Repeated question' },
  explanation: {
    it: 'Lo stesso autore ripete la stessa domanda (o quasi) nella discussione. La netiquette INPS chiede di "non postare la stessa domanda" (seed 003): si rimanda alla risposta già data.',
    en: 'The same author repeats the same (or nearly the same) question in the thread. The INPS netiquette asks users "not to post the same question" (seed 003): point to the earlier answer.',
  },
  severity: 'low',
  languages: ['any'],
  settings,
  detect(comment, ctx, s): readonly Finding[] {
    const author = comment.author?.trim().toLowerCase();
    if (!author || comment.authorIsPage || ctx.thread.length === 0) return NO_FINDINGS;
    const text = comment.text;
    if (text.trim().length < s.minChars) return NO_FINDINGS;
    let canon: string | null = null;
    for (let i = ctx.thread.length - 1; i >= 0; i--) {
      const prev = ctx.thread[i];
      if (prev.id === comment.id || prev.author?.trim().toLowerCase() !== author) continue;
      // cheap length filter before the trigram comparison: Dice ≥ t needs min/max ≥ t / (2 - t)
      canon ??= canonical(text);
      if (canon.length < s.minChars) return NO_FINDINGS;
      const other = canonicalOf(prev);
      const a = canon.length + 2;
      const b = other.length + 2;
      if (Math.min(a, b) / Math.max(a, b) < s.minSimilarity / (2 - s.minSimilarity) - 0.02) continue;
      const sim = canon === other ? 1 : similarity(text, prev.text);
      if (sim >= s.minSimilarity) {
        const start = text.length - text.trimStart().length;
        return [
          {
            rule: 'repeated-question',
            severity: 'low',
            evidence: [{ start, end: text.trimEnd().length }],
            reason: `${sim === 1 ? 'same text' : `near-same text (similarity ${sim.toFixed(2)})`} as this author's earlier comment ${prev.id}`,
          },
        ];
      }
    }
    return NO_FINDINGS;
  },
});
