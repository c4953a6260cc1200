// Blasphemy is productive in Italian: a deity name next to a derogatory word, in either order,
// spaced or joined ("porco dio", "porcodio", "dio cane", "diocane", "madonna puttana").
// Bare "dio", "madonna", "cristo" are never flagged: only the combinations built here.
import type { CuratedEntry } from './curated';

export const DEITIES = ['dio', 'iddio', 'madonna', 'cristo', 'gesu', 'gesu cristo', 'gesucristo', 'madonnina', 'padreterno', 'dio santo'];

export const DEROGATORY = `cane|cani|porco|porca|porcone|maiale|maiala|bestia|bestiaccia|boia|ladro|ladrone|merda|merdoso|bastardo|bastarda|infame|schifoso|schifosa|lurido|lurida|putrido|stronzo|stronza|serpente|verme|impestato|impiccato|impestata|negro|negra|assassino|assassina|troia|puttana|zoccola|mignotta|vacca|cagna|cornuto|cornuta|fascista|comunista|capra|porcaccio|porcello|lebbroso|rotto|sventrato|crocifisso|appeso|inchiodato|morto|santissimo cane|cancaro|colera|handicappato|ebreo|frocio|finocchio|ladra|buco|topo|porcodio`.split('|');

const PREFIX_ONLY = ['porco', 'porca', 'porcaccio', 'porcone', 'mannaggia', 'mannaggia a', 'mannaggia al', 'mannaggia la', 'mannaggia il', 'mannaggia a la'];

export function blasphemyEntries(): CuratedEntry[] {
  const out: CuratedEntry[] = [];
  for (const d of DEITIES) {
    for (const x of DEROGATORY) {
      out.push({ term: `${d} ${x}`, category: 'blasphemy', weight: 1 });
      out.push({ term: `${x} ${d}`, category: 'blasphemy', weight: 1 });
    }
    for (const p of PREFIX_ONLY) out.push({ term: `${p} ${d}`, category: 'blasphemy', weight: p.startsWith('mannaggia') ? 0.7 : 1 });
  }
  // common euphemisms are mild: below the default threshold
  for (const t of ['porco due', 'porco zio', 'porco giuda', 'dio bono', 'dio bonino', 'porca madosca', 'dio cantante', 'zio cantante']) {
    out.push({ term: t, category: 'blasphemy', weight: 0.4 });
  }
  return out;
}
