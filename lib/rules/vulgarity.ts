// vulgarity — "termini volgari e parolacce" (netiquette, seeds 001/003): profanity and blasphemy,
// also when obfuscated (l33t, repeated, spaced or dotted letters, look-alike letters, "porcodio").
import { z } from 'zod';
import { defineRule, NO_FINDINGS } from './rule';
import { lexiconOf, scanAbuse, wakes } from '../lexicons/scan';
import { properNounAt } from '../lexicons/proper-noun';
import type { Finding } from '../types';

const VARIANT_IT: Record<string, string> = {
  exact: '',
  leet: ' (scritto con numeri/simboli)',
  repeat: ' (lettere ripetute)',
  spaced: ' (lettere spaziate)',
  joined: '',
  glued: ' (parole attaccate)',
};


export const vulgarity = defineRule({
  id: 'vulgarity',
  label: { it: 'Linguaggio volgare', en: 'Vulgar language' },
  explanation: {
    it: 'La netiquette INPS non accetta "termini volgari e parolacce": segnala parolacce e bestemmie, anche camuffate (numeri al posto delle lettere, lettere ripetute o spaziate, "porcodio"). Parole innocenti come "regina", "venire", "fico", "uccello" e "dio", "madonna" da soli non sono mai segnalate.',
    en: 'The INPS netiquette does not accept "vulgar terms and swear words": flags profanity and blasphemy, also disguised (digits for letters, repeated or spaced letters, "porcodio"). Innocent words such as "regina", "venire", "fico", "uccello" and bare "dio" or "madonna" are never flagged.',
  },
  severity: 'medium',
  languages: ['it', 'en'],
  settings: z.object({
    enabled: z.boolean().default(true),
    /** Minimum lexicon weight (0..1): 0.5 flags clear swear words; 0.3 also mild or regional ones. */
    minWeight: z.number().min(0).max(1).default(0.5),
    /** Flag blasphemy ("porco dio", "dio cane"). */
    blasphemy: z.boolean().default(true),
  }),
  detect(comment, ctx, settings) {
    if (!settings.enabled || !wakes(comment.text, 'vulgarity', lexiconOf(ctx.profile))) return NO_FINDINGS;
    const { matches } = scanAbuse(comment.text, lexiconOf(ctx.profile));
    const hits = matches.filter(
      (m) =>
        m.entry.weight >= settings.minWeight &&
        (m.entry.category === 'vulgar' || (m.entry.category === 'blasphemy' && settings.blasphemy)) &&
        // "il cavallo di Troia", "il signor Bocchino": a place or a surname
        !properNounAt(comment.text, m.start, m.end),
    );
    if (!hits.length) return NO_FINDINGS;
    const blas = hits.some((m) => m.entry.category === 'blasphemy');
    const terms = [...new Set(hits.map((m) => `"${m.entry.term}"${VARIANT_IT[m.variant] ?? ''}`))].slice(0, 4);
    const f: Finding = {
      rule: 'vulgarity',
      severity: 'medium',
      evidence: hits.map((m) => ({ start: m.start, end: m.end })),
      reason: `${blas ? 'Bestemmia o volgarità' : 'Parolaccia'}: ${terms.join(', ')}`,
    };
    return [f];
  },
});

export default vulgarity;
