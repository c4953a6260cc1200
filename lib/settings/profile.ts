// From the settings document to what the analyzer and the popup need: the page a URL belongs to,
// the page's analyzer profile, and pure edits (toggle a topic or a rule, pause a page).
import { RULE_IDS, type AnalyzerProfile, type Localized, type Platform, type RuleId, type TopicDef } from '../types';
import type { PageProfile, RuleSettings, ServiceHours, Settings } from './schema';

// ---------- holidays ----------

/** Easter Sunday (Gregorian, anonymous algorithm) as [month 1-12, day]. */
export function easterSunday(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Every holiday of the given years as "YYYY-MM-DD", sorted. */
export function holidayDates(sh: ServiceHours, fromYear: number, toYear: number): string[] {
  const out = new Set<string>();
  for (let y = fromYear; y <= toYear; y++) {
    for (const h of sh.holidays) if (h.length === 5) out.add(`${y}-${h}`);
    if (sh.easterMonday) {
      const [m, d] = easterSunday(y);
      const monday = new Date(Date.UTC(y, m - 1, d + 1));
      out.add(`${monday.getUTCFullYear()}-${pad(monday.getUTCMonth() + 1)}-${pad(monday.getUTCDate())}`);
    }
  }
  for (const h of sh.holidays) if (h.length === 10) out.add(h);
  return [...out].sort();
}

/** Years covered by AnalyzerProfile.serviceHours.holidays. */
export const HOLIDAY_YEARS = { from: 2015, to: 2045 } as const;

// ---------- page detection ----------

/** Lowercase, no accents, punctuation as spaces: "INPS - Credito e Welfare" ≈ "inps credito e welfare". */
export function normalizeName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// The text of a page's name link can end with its verified badge's label, in the UI language.
const BADGE = /\s(verified( account| page)?|account verificato|pagina verificata|verificato|verificata|cuenta verificada|verificad[ao]|compte certifie|certifie|verifiziert)$/;
const stripBadge = (n: string) => n.replace(BADGE, '');

function hostPath(url: string): { host: string; segs: string[]; params: URLSearchParams } | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const host = u.hostname.toLowerCase().replace(/^(www|m|mbasic|web|touch)\./, '');
  const segs = u.pathname.split('/').filter(Boolean).map((s) => decodeURIComponent(s).toLowerCase());
  return { host, segs, params: u.searchParams };
}

function patternMatches(pattern: string, target: { host: string; segs: string[] }): boolean {
  const clean = pattern.trim().replace(/^https?:\/\//i, '').replace(/^(www|m)\./i, '');
  const [host, ...rest] = clean.split('/');
  const segs = rest.filter(Boolean).map((s) => s.toLowerCase());
  if (host.toLowerCase() !== target.host) return false;
  return segs.every((s, i) => target.segs[i] === s);
}

export interface PageInfo {
  platform: Platform;
  url: string;
  pageName?: string | null;
  pageId?: string | null;
}

/**
 * The page profile a tab or a post belongs to: by numeric page id, then URL pattern, then the page's
 * displayed name (from the DOM, any UI language). Null when no profile matches.
 */
export function detectPageProfile(s: Settings, info: PageInfo): PageProfile | null {
  const candidates = Object.entries(s.pages).filter(([, p]) => p.platform === info.platform);
  const target = hostPath(info.url);
  const ids = new Set<string>();
  if (info.pageId) ids.add(String(info.pageId));
  const qid = target?.params.get('id');
  if (qid && target?.segs[0] === 'profile.php') ids.add(qid);

  // Adapters give a slug or handle as pageId when that is what the URL or DOM shows ("INPS.PerLaFamiglia", "inps_social").
  const handle = info.pageId && !/^\d+$/.test(String(info.pageId)) ? String(info.pageId) : null;
  const platformHost = `${info.platform}.com`;
  const byName = (name: string) => {
    const wanted = stripBadge(normalizeName(name));
    return candidates.find(([, p]) => p.match.names.some((n) => normalizeName(n) === wanted));
  };

  const found =
    candidates.find(([, p]) => p.match.ids.some((id) => ids.has(id))) ??
    (target ? candidates.find(([, p]) => p.match.urlPatterns.some((pat) => patternMatches(pat, target))) : undefined) ??
    (handle
      ? candidates.find(([, p]) =>
          p.match.urlPatterns.some((pat) => patternMatches(pat, { host: platformHost, segs: [handle.toLowerCase()] })),
        )
      : undefined) ??
    (info.pageName ? byName(info.pageName) : undefined) ??
    (handle ? byName(handle) : undefined);
  return found ? { id: found[0], ...found[1] } : null;
}

export function getPage(s: Settings, pageId: string | null): PageProfile | null {
  if (!pageId) return null;
  const p = s.pages[pageId];
  return p ? { id: pageId, ...p } : null;
}

// ---------- analyzer profile ----------

/** The settings a rule runs with on a page: default, then the page's old-post threshold, then the page's overrides. */
export function effectiveRuleSettings(s: Settings, pageId: string | null, rule: RuleId, ignorePause = false): RuleSettings {
  const page = pageId ? s.pages[pageId] : undefined;
  const base: RuleSettings = { enabled: true, ...(s.defaultRules[rule] ?? {}) };
  if (!page) return rule === 'off-topic' ? { ...base, enabled: false } : base;
  const merged: RuleSettings = { ...base, ...(rule === 'old-post' ? { maxAgeDays: page.oldPostDays } : {}), ...(page.rules[rule] ?? {}) };
  return page.paused && !ignorePause ? { ...merged, enabled: false } : merged;
}

/**
 * What the analyzer needs for a page. Unknown page (null or not in the pack): every topic counts as the
 * page's own (off-topic is off), default rules. Paused page: every rule disabled.
 * serviceHours.holidays are ISO dates "YYYY-MM-DD" for HOLIDAY_YEARS; rules['old-post'].maxAgeDays is the page threshold.
 */
export function resolveAnalyzerProfile(s: Settings, pageId: string | null): AnalyzerProfile {
  const page = pageId ? s.pages[pageId] : undefined;
  const known = page ? pageId : null;
  const allTopics: TopicDef[] = Object.entries(s.topics).map(([id, t]) => ({ id, label: { ...t.label }, keywords: [...t.keywords] }));
  const rules: AnalyzerProfile['rules'] = {};
  for (const id of RULE_IDS) rules[id] = effectiveRuleSettings(s, known, id);
  const allowlist = [...new Set([...s.lexicon.allowlist, ...(page?.lexicon.allowlist ?? [])])];
  const lexiconAdditions = [...s.lexicon.additions, ...(page?.lexicon.additions ?? [])].map((a) => ({ ...a }));
  const domains = new Set(['inps.it', ...s.allowedDomains.map((d) => d.toLowerCase())]);
  return {
    pageId: known,
    enabledTopics: page ? page.topics.filter((t) => s.topics[t]) : allTopics.map((t) => t.id),
    allTopics,
    rules,
    allowlist,
    lexiconAdditions,
    serviceHours: {
      days: [...s.serviceHours.days],
      start: s.serviceHours.start,
      end: s.serviceHours.end,
      holidays: holidayDates(s.serviceHours, HOLIDAY_YEARS.from, HOLIDAY_YEARS.to),
      timeZone: s.serviceHours.timeZone,
    },
    allowedDomains: [...domains],
  };
}

// ---------- popup and options: pure edits ----------

export interface PageControls {
  page: PageProfile;
  paused: boolean;
  topics: { id: string; label: Localized; enabled: boolean }[];
  rules: { id: RuleId; enabled: boolean }[];
}

/** Pages for a picker ("not a known page: choose one"). */
export function listPages(s: Settings, platform?: Platform): { id: string; name: string; platform: Platform; paused: boolean }[] {
  return Object.entries(s.pages)
    .filter(([, p]) => !platform || p.platform === platform)
    .map(([id, p]) => ({ id, name: p.name, platform: p.platform, paused: p.paused }));
}

/** What the popup shows for a page: its topics (all of the pack, enabled or not) and its rules. */
export function pageControls(s: Settings, pageId: string): PageControls | null {
  const page = getPage(s, pageId);
  if (!page) return null;
  return {
    page,
    paused: page.paused,
    topics: Object.entries(s.topics).map(([id, t]) => ({ id, label: t.label, enabled: page.topics.includes(id) })),
    // The configured state: pausing a page does not forget which rules it runs when resumed.
    rules: RULE_IDS.map((id) => ({ id, enabled: effectiveRuleSettings(s, pageId, id, true).enabled })),
  };
}

function withPage(s: Settings, pageId: string, edit: (p: Settings['pages'][string]) => Settings['pages'][string]): Settings {
  const p = s.pages[pageId];
  if (!p) throw new Error(`Unknown page "${pageId}"`);
  return { ...s, pages: { ...s.pages, [pageId]: edit(structuredClone(p)) } };
}

export function setPageTopic(s: Settings, pageId: string, topicId: string, enabled: boolean): Settings {
  if (!s.topics[topicId]) throw new Error(`Unknown topic "${topicId}"`);
  return withPage(s, pageId, (p) => {
    const rest = p.topics.filter((t) => t !== topicId);
    return { ...p, topics: enabled ? [...rest, topicId] : rest };
  });
}

export function setPageRule(s: Settings, pageId: string, rule: RuleId, enabled: boolean): Settings {
  return withPage(s, pageId, (p) => ({ ...p, rules: { ...p.rules, [rule]: { ...(p.rules[rule] ?? {}), enabled } } }));
}

/** Set one threshold of a rule on a page (the rule's own schema checks it when the analyzer runs). */
export function setPageRuleSetting(s: Settings, pageId: string, rule: RuleId, key: string, value: unknown): Settings {
  return withPage(s, pageId, (p) => {
    const current = p.rules[rule] ?? { enabled: effectiveRuleSettings(s, pageId, rule, true).enabled };
    return { ...p, rules: { ...p.rules, [rule]: { ...current, [key]: value } } };
  });
}

export function setPagePaused(s: Settings, pageId: string, paused: boolean): Settings {
  return withPage(s, pageId, (p) => ({ ...p, paused }));
}

export function isPagePaused(s: Settings, pageId: string | null): boolean {
  return !!(pageId && s.pages[pageId]?.paused);
}

// ---------- popup: assign an unknown tab to a profile ----------

/** What the popup adds to a profile's `match` so that this tab (and the page's other posts) is recognised. */
export interface PageAssignment {
  ids: string[];
  urlPatterns: string[];
  names: string[];
}

/**
 * The match entries that recognise the page the tab shows: its numeric id, its address prefix
 * ("facebook.com/<slug>", from the handle the adapter found in the URL or the DOM) and its displayed name.
 * Several are kept because a post URL, a photo URL and a permalink show different parts of them.
 */
export function assignmentFor(info: PageInfo): PageAssignment {
  const out: PageAssignment = { ids: [], urlPatterns: [], names: [] };
  const id = info.pageId ? String(info.pageId).trim() : '';
  if (/^\d+$/.test(id)) out.ids.push(id);
  else if (id && !/[\s?#]/.test(id)) out.urlPatterns.push(`${info.platform}.com/${id}`);
  const name = info.pageName?.trim();
  if (name) {
    // A trailing "Verified account" badge label is not part of the name: keep the name as detection compares it.
    const n = normalizeName(name);
    const bare = stripBadge(n);
    out.names.push(bare !== n ? bare : name.replace(/\s+/g, ' '));
  }
  if (!out.ids.length && !out.urlPatterns.length) {
    // No id from the adapter: the first path segment when it names an account (not a post or photo route).
    const t = hostPath(info.url);
    const seg = t?.segs[0];
    if (t && seg && !/\.php$/.test(seg) && !['p', 'reel', 'reels', 'tv', 'stories', 'photo', 'watch', 'groups', 'posts', 'videos', 'events', 'explore', 'direct'].includes(seg))
      out.urlPatterns.push(`${t.host}/${seg}`);
  }
  return out;
}

/**
 * Add the tab's page to a profile (the popup's "this page is…" picker). Entries already present are not
 * repeated. Throws when the profile does not exist, is of another platform, or nothing identifies the tab.
 */
export function assignPage(s: Settings, pageId: string, info: PageInfo): Settings {
  const target = s.pages[pageId];
  if (!target) throw new Error(`Unknown page "${pageId}"`);
  if (target.platform !== info.platform) throw new Error(`"${pageId}" is a ${target.platform} page, this tab is ${info.platform}`);
  const a = assignmentFor(info);
  if (!a.ids.length && !a.urlPatterns.length && !a.names.length) throw new Error('Nothing identifies this tab (no page id, address or name)');
  return withPage(s, pageId, (p) => {
    const add = (list: string[], more: string[], norm: (x: string) => string) => {
      const seen = new Set(list.map(norm));
      return [...list, ...more.filter((m) => !seen.has(norm(m)))];
    };
    return {
      ...p,
      match: {
        ids: add(p.match.ids, a.ids, (x) => x),
        urlPatterns: add(p.match.urlPatterns, a.urlPatterns, (x) => x.toLowerCase()),
        names: add(p.match.names, a.names, normalizeName),
      },
    };
  });
}
