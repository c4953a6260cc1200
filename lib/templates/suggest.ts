// Reply suggestions for one comment: templates that answer its findings (most severe first), then its
// topics, then general replies, rendered with the author's first name, the topic and a tracked portal link.
// A crisis finding replaces everything with the escalation note: never a canned reply to a person in distress.
import { severityRank, type Finding, type Localized, type Platform, type RuleId, type Severity } from '../types';
import type { ServiceHours, Settings, Template } from '../settings/schema';
import { buildLink } from './links';
import { renderTemplate } from './render';

export interface Suggestion {
  templateId: string;
  text: string;
  /** 1 = best. */
  rank: number;
  /** Why it is suggested, in Italian (see `why` for both languages). */
  reason: string;
  /** The tracked link put in the text, if any. */
  link?: string;
  why: Localized;
  /** 'moderator-note' is guidance for the moderator, never to be posted. */
  kind: Template['kind'];
  lang: string;
  /** Placeholders the template uses that Galateo does not know (left visible in the text). */
  unknown: string[];
}

export interface SuggestInput {
  pageId: string | null;
  platform: Platform;
  authorName?: string;
  findings: Finding[];
  topics: string[];
  lang?: string;
}

/** "Maria Grazia Rossi" → "Maria"; "MARIO" → "Mario"; handles ("giulia.rossi_88") and junk → undefined. */
export function firstName(author: string | undefined): string | undefined {
  if (!author) return undefined;
  const clean = author.replace(/[\p{C}]/gu, '').trim();
  if (!clean || (!/\s/.test(clean) && /[._\d@]/.test(clean))) return undefined;
  const first = clean.split(/\s+/)[0];
  if (!/^\p{L}[\p{L}'’-]{0,39}$/u.test(first)) return undefined;
  return first === first.toUpperCase() && first.length > 1 ? first[0] + first.slice(1).toLowerCase() : first;
}

const DAYS: Record<'it' | 'en', string[]> = {
  it: ['', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
  en: ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

/** "dal lunedì al venerdì, dalle 09:00 alle 16:00" from the service hours (it/en; other languages: undefined). */
export function describeHours(sh: ServiceHours, lang: string): string | undefined {
  if (lang !== 'it' && lang !== 'en') return undefined;
  const days = [...new Set(sh.days)].sort((a, b) => a - b);
  const contiguous = days.every((d, i) => i === 0 || d === days[i - 1] + 1);
  const names = DAYS[lang];
  const dayText =
    days.length > 2 && contiguous
      ? lang === 'it'
        ? `dal ${names[days[0]]} al ${names[days[days.length - 1]]}`
        : `${names[days[0]]} to ${names[days[days.length - 1]]}`
      : lang === 'it'
        ? `il ${days.map((d) => names[d]).join(', ')}`
        : `on ${days.map((d) => names[d]).join(', ')}`;
  return lang === 'it' ? `${dayText}, dalle ${sh.start} alle ${sh.end}` : `${dayText}, ${sh.start} to ${sh.end}`;
}

const SEVERITY_LABEL: Record<Severity, Localized> = {
  info: { it: 'informativa', en: 'info' },
  low: { it: 'bassa', en: 'low' },
  medium: { it: 'media', en: 'medium' },
  high: { it: 'alta', en: 'high' },
  critical: { it: 'critica', en: 'critical' },
};

/** Templates in the wanted language, else Italian, else any. */
function byLang(list: [string, Template][], lang: string): [string, Template][] {
  const exact = list.filter(([, t]) => t.lang === lang);
  if (exact.length) return exact;
  const it = list.filter(([, t]) => t.lang === 'it');
  return it.length ? it : list;
}

export function suggestReplies(s: Settings, input: SuggestInput): Suggestion[] {
  const page = input.pageId ? s.pages[input.pageId] : undefined;
  const lang = input.lang ?? page?.languages[0] ?? 'it';
  const usable = Object.entries(s.templates).filter(
    ([, t]) => t.pages.length === 0 || (input.pageId !== null && t.pages.includes(input.pageId)),
  );
  const topics = input.topics.filter((t) => s.topics[t]);
  // For off-topic the interesting topic is one the page does not cover.
  const foreignTopic = topics.find((t) => page && !page.topics.includes(t));

  // Most severe finding per rule.
  const worst = new Map<RuleId, Finding>();
  for (const f of input.findings) {
    const w = worst.get(f.rule);
    if (!w || severityRank(f.severity) > severityRank(w.severity)) worst.set(f.rule, f);
  }

  type Cand = { id: string; t: Template; score: number; topic?: string; why: Localized };
  const cands: Cand[] = [];
  const seen = new Set<string>();
  const add = (c: Cand) => {
    if (seen.has(c.id)) return;
    seen.add(c.id);
    cands.push(c);
  };

  if (worst.has('crisis')) {
    const f = worst.get('crisis')!;
    for (const [id, t] of byLang(usable.filter(([, t]) => t.rule === 'crisis'), lang))
      add({ id, t, score: 1000, why: { it: `Regola crisis (${SEVERITY_LABEL[f.severity].it}): escalation, nessuna risposta standard`, en: `Rule crisis (${SEVERITY_LABEL[f.severity].en}): escalate, no canned reply` } });
  } else {
    for (const [rule, f] of worst) {
      const ctxTopic = rule === 'off-topic' ? (foreignTopic ?? topics[0]) : topics[0];
      const list = usable.filter(([, t]) => t.rule === rule && (!t.topic || topics.includes(t.topic)));
      for (const [id, t] of byLang(list, lang)) {
        const topic = t.topic ?? ctxTopic;
        add({
          id, t, topic,
          score: 100 + severityRank(f.severity) * 10 + (t.topic ? 5 : 0) + (t.kind === 'moderator-note' ? 1 : 0),
          why: { it: `Regola ${rule} (${SEVERITY_LABEL[f.severity].it})`, en: `Rule ${rule} (${SEVERITY_LABEL[f.severity].en})` },
        });
      }
    }
    topics.forEach((topic, i) => {
      const label = s.topics[topic].label;
      const list = usable.filter(([, t]) => t.topic === topic && !t.rule);
      for (const [id, t] of byLang(list, lang))
        add({ id, t, topic, score: 50 - i, why: { it: `Argomento: ${label.it}`, en: `Topic: ${label.en}` } });
    });
    const general = usable.filter(([, t]) => !t.rule && !t.topic);
    for (const [id, t] of byLang(general, lang))
      add({ id, t, topic: topics[0], score: 10, why: { it: 'Risposta generale', en: 'General reply' } });
  }

  cands.sort((a, b) => b.score - a.score);
  const nome = firstName(input.authorName);
  return cands.map((c, i) => {
    const topic = c.topic ? s.topics[c.topic] : undefined;
    const linkId = c.t.linkId ?? topic?.linkId ?? undefined;
    const raw = linkId ? s.links[linkId]?.url : undefined;
    const link = raw ? buildLink(raw, input.platform, s.campaign) : undefined;
    const labelLang = c.t.lang === 'en' ? 'en' : 'it';
    const r = renderTemplate(c.t.text, {
      nome,
      argomento: topic?.label[labelLang],
      link,
      orari: describeHours(s.serviceHours, c.t.lang),
      moderatore: s.moderator.name || undefined,
    });
    const usesLink = /\{\{\s*link\s*[|}]/.test(c.t.text);
    return {
      templateId: c.id,
      text: r.text,
      rank: i + 1,
      reason: c.why.it,
      why: c.why,
      kind: c.t.kind,
      lang: c.t.lang,
      unknown: r.unknown,
      ...(link && usesLink ? { link } : {}),
    };
  });
}
