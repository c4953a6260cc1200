// off-topic — each page answers on its own topics (seed 001: INPS per la Famiglia → Bonus Nido, Assegno
// Unico, Congedo Parentale, Bonus Mamme, ADI; Credito e Welfare → bandi di gara, graduatorie,
// informazioni di servizio). A comment about a known topic that is not the page's, and about none of
// the page's topics, is redirected to the right portal page. Only runs when the page is known.
import { z } from 'zod';
import { defineRule, NO_FINDINGS } from './rule';
import type { Finding, Span } from '../types';
import { detectTopicMatches } from '../topics';
import { mergeSpans } from './util/match';

const settings = z.object({
  enabled: z.boolean().default(true),
});

export default defineRule({
  id: 'off-topic',
  label: { it: 'Fuori tema', en: 'Off topic' },
  explanation: {
    it: 'Il commento riguarda un tema che la pagina non tratta (per esempio pensioni o NASpI sulla pagina INPS per la Famiglia) e nessuno dei suoi temi. Ogni pagina risponde sui propri temi (seed 001): si rimanda alla pagina del portale giusta.',
    en: 'The comment is about a topic the page does not cover (for instance pensions or NASpI on the INPS per la Famiglia page) and none of its own topics. Each page answers on its own topics (seed 001): point to the right portal page.',
  },
  severity: 'low',
  languages: ['it', 'en'],
  settings,
  detect(comment, ctx): readonly Finding[] {
    const p = ctx.profile;
    if (!p.pageId || ctx.topics.length === 0) return NO_FINDINGS;
    const enabled = p.enabledTopics;
    if (ctx.topics.some((t) => enabled.includes(t))) return NO_FINDINGS;
    const others = new Set(ctx.topics);
    const matches = detectTopicMatches(comment.text, p.allTopics).filter((m) => others.has(m.id));
    if (!matches.length) return NO_FINDINGS;
    const evidence: Span[] = mergeSpans(matches.flatMap((m) => m.spans));
    const labels = matches.map((m) => p.allTopics.find((t) => t.id === m.id)?.label.it ?? m.id);
    return [
      {
        rule: 'off-topic',
        severity: 'low',
        evidence,
        reason: `about ${labels.join(', ')}: not a topic of page ${p.pageId}`,
      },
    ];
  },
});
