// old-post — "non commentare post o tweet vecchi" (netiquette, seed 003). A comment left on a post older
// than the page's threshold (days): the information in the post may be out of date.
import { z } from 'zod';
import { defineRule, NO_FINDINGS } from './rule';
import type { Finding } from '../types';
import { parseTime } from './util/time';

const settings = z.object({
  enabled: z.boolean().default(true),
  /** A post older than this many days (at the time of the comment) is an old post. */
  maxAgeDays: z.number().min(0).default(30),
});

const DAY = 86_400_000;

export default defineRule({
  id: 'old-post',
  label: { it: 'Post vecchio', en: 'Old post' },
  explanation: {
    it: 'Commento su un post più vecchio della soglia della pagina (30 giorni se non indicato). La netiquette INPS chiede di "non commentare post o tweet vecchi" (seed 003): le informazioni potrebbero non essere più attuali; si rimanda alle informazioni aggiornate sul portale.',
    en: 'A comment on a post older than the page threshold (30 days by default). The INPS netiquette asks users "not to comment on old posts or tweets" (seed 003): the information may be out of date; point to the current information on the portal.',
  },
  severity: 'low',
  languages: ['any'],
  settings,
  detect(comment, ctx, s): readonly Finding[] {
    const post = parseTime(comment.postCreatedAt);
    if (!post) return NO_FINDINGS;
    // the comment's own time; without it, the analyzer's "now" (UNKNOWN_NOW keeps the rule silent)
    const at = parseTime(comment.createdAt) ?? ctx.now;
    if (Number.isNaN(at.getTime())) return NO_FINDINGS;
    const days = (at.getTime() - post.getTime()) / DAY;
    if (days <= s.maxAgeDays) return NO_FINDINGS;
    return [
      {
        rule: 'old-post',
        severity: 'low',
        evidence: [],
        reason: `post is ${Math.floor(days)} days old when commented (threshold ${s.maxAgeDays})`,
      },
    ];
  },
});
