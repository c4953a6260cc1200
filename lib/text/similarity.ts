// Near-duplicate detection: Dice coefficient over character trigrams of the normalised text
// (case, accents, look-alikes, l33t, repeated letters and punctuation do not matter).
import { squeeze, tokenize } from './tokenize';

/** Canonical form for comparison: normalised words joined by single spaces. */
export function canonical(text: string): string {
  return tokenize(text)
    .filter((t) => t.kind !== 'mention')
    .map((t) => squeeze(t.text, 1))
    .join(' ');
}

function trigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  const p = ` ${s} `;
  for (let i = 0; i + 3 <= p.length; i++) {
    const g = p.slice(i, i + 3);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/**
 * Similarity of two texts in 0..1 (1 = same words after normalisation).
 * Dice over character-trigram multisets: robust to typos, word order changes score lower.
 */
export function similarity(a: string, b: string): number {
  const ca = canonical(a);
  const cb = canonical(b);
  if (ca === cb) return 1;
  if (!ca || !cb) return 0;
  const ta = trigrams(ca);
  const tb = trigrams(cb);
  let inter = 0;
  let na = 0;
  let nb = 0;
  for (const v of ta.values()) na += v;
  for (const [g, v] of tb) {
    nb += v;
    const o = ta.get(g);
    if (o) inter += Math.min(o, v);
  }
  return (2 * inter) / (na + nb);
}
