// The daily (or range) report: what the team did, how fast, how often rules were wrong.
// Every comment counts ONCE: its latest record gives the action, rules, topic and page; its first
// record gives the response time and whether it was handled within service hours (how fast the
// team first reacted). Re-marking a comment therefore never double counts.
import { ACTIONS, type Action, type HandledItem } from './schema';
import { csvDocument, type CsvDelimiter } from './csv';
import { DEFAULT_SERVICE_HOURS, isWithinServiceHours, zonedParts, LOG_TIME_ZONE, type ServiceHours } from './time';

export interface Count {
  key: string;
  label: string;
  count: number;
}

export interface RuleQuality {
  rule: string;
  /** Comments whose latest record carries this rule. */
  flagged: number;
  /** …of which dismissed as false positive. */
  dismissed: number;
  /** dismissed / flagged (0 when flagged is 0). */
  rate: number;
}

export interface DailyReport {
  from: string | null;
  to: string | null;
  moderators: string[];
  /** Stored records (every action, including re-marks). */
  records: number;
  /** Distinct comments handled. */
  comments: number;
  /** Comments with more than one record (re-marked). */
  remarked: number;
  byAction: Count[];
  byRule: Count[];
  byPage: Count[];
  byTopic: Count[];
  byChannel: Count[];
  byPlatform: Count[];
  byModerator: Count[];
  /** Comments handled per hour of the day (Europe/Rome), index 0..23, by first handling. */
  byHour: number[];
  /** Response time (first handling) over comments where it is known; null when none is. */
  responseMs: { n: number; median: number; p90: number; mean: number } | null;
  /** First handling fell within service hours. */
  handledInServiceHours: { count: number; total: number; share: number };
  /** The comment itself arrived outside service hours (where known). */
  arrivedOutOfHours: { count: number; known: number };
  falsePositives: RuleQuality[];
}

/** Nearest-rank percentile (p in 0..100) of sorted numbers; the median uses the same method. */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

const commentKey = (i: HandledItem): string => `${i.platform}\u0000${i.commentId}`;
const later = (a: HandledItem, b: HandledItem): boolean =>
  a.handledAt > b.handledAt || (a.handledAt === b.handledAt && a.key > b.key);

function tally(map: Map<string, Count>, key: string, label = key): void {
  const c = map.get(key);
  if (c) c.count++;
  else map.set(key, { key, label, count: 1 });
}
const sorted = (m: Map<string, Count>): Count[] =>
  [...m.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));

export const NONE = '(none)';

export function buildReport(
  items: readonly HandledItem[],
  opts: { from?: string | null; to?: string | null; serviceHours?: ServiceHours } = {},
): DailyReport {
  const hours = opts.serviceHours ?? DEFAULT_SERVICE_HOURS;
  const first = new Map<string, HandledItem>();
  const latest = new Map<string, HandledItem>();
  const perComment = new Map<string, number>();
  const moderators = new Set<string>();
  let minDay: string | null = null;
  let maxDay: string | null = null;
  for (const it of items) {
    const k = commentKey(it);
    perComment.set(k, (perComment.get(k) ?? 0) + 1);
    const f = first.get(k);
    if (!f || later(f, it)) first.set(k, it);
    const l = latest.get(k);
    if (!l || later(it, l)) latest.set(k, it);
    moderators.add(it.moderator);
    if (minDay === null || it.day < minDay) minDay = it.day;
    if (maxDay === null || it.day > maxDay) maxDay = it.day;
  }

  const byAction = new Map<string, Count>(ACTIONS.map((a) => [a, { key: a, label: a, count: 0 }]));
  const byRule = new Map<string, Count>();
  const byPage = new Map<string, Count>();
  const byTopic = new Map<string, Count>();
  const byChannel = new Map<string, Count>();
  const byPlatform = new Map<string, Count>();
  const byModerator = new Map<string, Count>();
  const quality = new Map<string, RuleQuality>();
  for (const it of latest.values()) {
    tally(byAction, it.action);
    tally(byPage, it.pageId ?? NONE, it.pageName ?? it.pageId ?? NONE);
    tally(byTopic, it.topic ?? NONE);
    tally(byChannel, it.channel);
    tally(byPlatform, it.platform);
    tally(byModerator, it.moderator);
    const rules = it.rules.length ? it.rules : [NONE];
    for (const r of rules) {
      tally(byRule, r);
      if (r === NONE) continue;
      const q = quality.get(r) ?? { rule: r, flagged: 0, dismissed: 0, rate: 0 };
      q.flagged++;
      if (it.action === 'dismissed') q.dismissed++;
      quality.set(r, q);
    }
  }
  // Page labels: prefer a name seen on any record of that page.
  for (const it of items) {
    const c = byPage.get(it.pageId ?? NONE);
    if (c && it.pageName && c.label === (it.pageId ?? NONE)) c.label = it.pageName;
  }

  const times: number[] = [];
  const byHour = new Array<number>(24).fill(0);
  let inHours = 0;
  let outOfHours = 0;
  let known = 0;
  for (const it of first.values()) {
    if (it.responseMs !== null) times.push(it.responseMs);
    const at = new Date(it.handledAt);
    byHour[zonedParts(at, LOG_TIME_ZONE).minutes / 60 | 0]!++;
    if (isWithinServiceHours(at, hours)) inHours++;
  }
  for (const it of latest.values()) {
    if (it.outOfHours !== null) {
      known++;
      if (it.outOfHours) outOfHours++;
    }
  }
  times.sort((a, b) => a - b);
  const comments = latest.size;
  const falsePositives = [...quality.values()]
    .map((q) => ({ ...q, rate: q.flagged ? q.dismissed / q.flagged : 0 }))
    .sort((a, b) => b.rate - a.rate || b.flagged - a.flagged || a.rule.localeCompare(b.rule));

  return {
    from: opts.from ?? minDay,
    to: opts.to ?? maxDay,
    moderators: [...moderators].sort(),
    records: items.length,
    comments,
    remarked: [...perComment.values()].filter((n) => n > 1).length,
    byAction: [...byAction.values()],
    byRule: sorted(byRule),
    byPage: sorted(byPage),
    byTopic: sorted(byTopic),
    byChannel: sorted(byChannel),
    byPlatform: sorted(byPlatform),
    byModerator: sorted(byModerator),
    byHour,
    responseMs: times.length
      ? {
          n: times.length,
          median: percentile(times, 50),
          p90: percentile(times, 90),
          mean: Math.round(times.reduce((s, t) => s + t, 0) / times.length),
        }
      : null,
    handledInServiceHours: { count: inHours, total: comments, share: comments ? inHours / comments : 0 },
    arrivedOutOfHours: { count: outOfHours, known },
    falsePositives,
  };
}

/** Action counts as a record keyed by action (handy for the popup's "today" line). */
export function actionCounts(report: DailyReport): Record<Action, number> {
  return Object.fromEntries(report.byAction.map((c) => [c.key, c.count])) as Record<Action, number>;
}

/**
 * The report as CSV, one fact per row: `section;key;label;value`. Fixed section order
 * (docs/log-format.md); values are plain numbers (shares as 0..1 with a dot, times in ms).
 */
export function reportToCsv(r: DailyReport, opts: { delimiter?: CsvDelimiter; bom?: boolean } = {}): string {
  const rows: unknown[][] = [['section', 'key', 'label', 'value']];
  const push = (section: string, key: string, label: string, value: number | string | null) =>
    rows.push([section, key, label, value]);
  push('summary', 'from', 'from', r.from);
  push('summary', 'to', 'to', r.to);
  push('summary', 'moderators', 'moderators', r.moderators.join('|'));
  push('summary', 'records', 'records', r.records);
  push('summary', 'comments', 'distinct comments', r.comments);
  push('summary', 'remarked', 're-marked comments', r.remarked);
  push('response', 'n', 'comments with response time', r.responseMs?.n ?? 0);
  push('response', 'median_ms', 'median response (ms)', r.responseMs?.median ?? null);
  push('response', 'p90_ms', '90th percentile response (ms)', r.responseMs?.p90 ?? null);
  push('response', 'mean_ms', 'mean response (ms)', r.responseMs?.mean ?? null);
  push('service_hours', 'handled_in_hours', 'handled within service hours', r.handledInServiceHours.count);
  push('service_hours', 'handled_in_hours_share', 'share handled within service hours', round4(r.handledInServiceHours.share));
  push('service_hours', 'arrived_out_of_hours', 'arrived out of hours', r.arrivedOutOfHours.count);
  push('service_hours', 'arrival_known', 'arrival time known', r.arrivedOutOfHours.known);
  const sections: [string, Count[]][] = [
    ['action', r.byAction],
    ['rule', r.byRule],
    ['page', r.byPage],
    ['topic', r.byTopic],
    ['channel', r.byChannel],
    ['platform', r.byPlatform],
    ['moderator', r.byModerator],
  ];
  for (const [name, counts] of sections) for (const c of counts) push(name, c.key, c.label, c.count);
  r.byHour.forEach((n, h) => push('hour', String(h).padStart(2, '0'), `${h}:00–${h}:59`, n));
  for (const q of r.falsePositives) {
    push('false_positive', q.rule, 'flagged', q.flagged);
    push('false_positive', q.rule, 'dismissed', q.dismissed);
    push('false_positive', q.rule, 'rate', round4(q.rate));
  }
  return csvDocument(rows, opts);
}

const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;
