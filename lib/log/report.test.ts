import { describe, expect, test } from 'vitest';
import { buildHandledItem } from './db';
import { buildReport, percentile, reportToCsv, actionCounts, NONE } from './report';
import { parseCsv } from './csv';
import { sampleInput } from './testing';
import type { HandledInput } from './schema';

const at = (iso: string, moderator = 'anna') => ({ moderator, salt: 's', now: new Date(iso) });
const rec = (over: Partial<HandledInput>, handledIso: string, shownIso: string, moderator?: string) =>
  buildHandledItem(sampleInput({ shownAt: shownIso, ...over }), at(handledIso, moderator));

// Friday 2026-11-20; Rome = UTC+1. Service hours 09:00–16:00 Rome = 08:00–15:00Z.
async function scenario() {
  return [
    await rec({ commentId: 'c1', action: 'hidden', findings: [{ rule: 'vulgarity', severity: 'medium' }] }, '2026-11-20T08:10:00Z', '2026-11-20T08:00:00Z'),
    await rec({ commentId: 'c1', action: 'deleted', findings: [{ rule: 'vulgarity', severity: 'medium' }] }, '2026-11-20T10:00:00Z', '2026-11-20T09:59:00Z', 'bruno'),
    await rec({ commentId: 'c2', action: 'dismissed', findings: [{ rule: 'insult', severity: 'medium' }] }, '2026-11-20T10:00:00Z', '2026-11-20T09:59:00Z'),
    await rec({ commentId: 'c3', action: 'replied', findings: [], topic: 'isee' }, '2026-11-20T15:30:00Z', '2026-11-20T15:28:00Z'),
    await rec(
      { commentId: 'c4', action: 'dismissed', findings: [{ rule: 'insult', severity: 'low' }, { rule: 'vulgarity', severity: 'low' }] },
      '2026-11-20T11:00:30Z',
      '2026-11-20T11:00:00Z',
    ),
    await rec(
      { commentId: 'c5', action: 'escalated', platform: 'instagram', channel: 'direct', pageId: 'inps-ig', pageName: 'INPS Instagram', findings: [{ rule: 'crisis', severity: 'critical' }], commentTime: '2026-11-20T21:00:00Z' },
      '2026-11-20T12:00:10Z',
      '2026-11-20T12:00:00Z',
    ),
  ];
}

describe('buildReport', () => {
  test('counts each comment once by its latest action; history still counted as records', async () => {
    const r = buildReport(await scenario());
    expect(r.records).toBe(6);
    expect(r.comments).toBe(5);
    expect(r.remarked).toBe(1);
    expect(actionCounts(r)).toEqual({ replied: 1, hidden: 0, deleted: 1, escalated: 1, dismissed: 2 });
    const rules = Object.fromEntries(r.byRule.map((c) => [c.key, c.count]));
    expect(rules).toEqual({ vulgarity: 2, insult: 2, crisis: 1, [NONE]: 1 });
    expect(r.byPage).toEqual([
      { key: 'inps-famiglia', label: 'INPS per la Famiglia', count: 4 },
      { key: 'inps-ig', label: 'INPS Instagram', count: 1 },
    ]);
    expect(Object.fromEntries(r.byChannel.map((c) => [c.key, c.count]))).toEqual({ comment: 4, direct: 1 });
    expect(Object.fromEntries(r.byTopic.map((c) => [c.key, c.count]))).toEqual({ 'assegno-unico': 4, isee: 1 });
    // c1's latest record is bruno's
    expect(Object.fromEntries(r.byModerator.map((c) => [c.key, c.count]))).toEqual({ anna: 4, bruno: 1 });
    expect(r.moderators).toEqual(['anna', 'bruno']);
    expect(r.from).toBe('2026-11-20');
  });

  test('response time uses the first handling: median and p90 by nearest rank', async () => {
    const r = buildReport(await scenario());
    // first handlings: 600 s, 60 s, 120 s, 30 s, 10 s
    expect(r.responseMs).toEqual({ n: 5, median: 60_000, p90: 600_000, mean: (600 + 60 + 120 + 30 + 10) * 200 });
  });

  test('service hours: handled inside vs outside, arrivals out of hours', async () => {
    const r = buildReport(await scenario());
    expect(r.handledInServiceHours).toEqual({ count: 4, total: 5, share: 0.8 }); // c3 at 16:30 Rome
    // commentTime 08:30Z = 09:30 Rome for 4 comments; c5 at 22:00 Rome
    expect(r.arrivedOutOfHours).toEqual({ count: 1, known: 5 });
    expect(r.byHour[9]).toBe(1); // c1 first handled 09:10 Rome
    expect(r.byHour[11]).toBe(1); // c2 11:00
    expect(r.byHour[16]).toBe(1); // c3 16:30
    expect(r.byHour.reduce((a, b) => a + b, 0)).toBe(5);
  });

  test('false-positive (dismissed) rate per rule', async () => {
    const r = buildReport(await scenario());
    expect(r.falsePositives).toEqual([
      { rule: 'insult', flagged: 2, dismissed: 2, rate: 1 },
      { rule: 'vulgarity', flagged: 2, dismissed: 1, rate: 0.5 },
      { rule: 'crisis', flagged: 1, dismissed: 0, rate: 0 },
    ]);
  });

  test('empty input gives an empty report, not NaN', () => {
    const r = buildReport([]);
    expect(r.comments).toBe(0);
    expect(r.responseMs).toBeNull();
    expect(r.handledInServiceHours.share).toBe(0);
  });

  test('order of records does not matter', async () => {
    const items = await scenario();
    expect(buildReport([...items].reverse())).toEqual(buildReport(items));
  });
});

test('percentile (nearest rank)', () => {
  expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
  expect(percentile([1, 2, 3, 4], 50)).toBe(2);
  expect(percentile([7], 90)).toBe(7);
  expect(percentile([], 50)).toBeNaN();
});

test('reportToCsv: one fact per row, parseable, values match the report', async () => {
  const r = buildReport(await scenario());
  const rows = parseCsv(reportToCsv(r), ';');
  expect(rows[0]).toEqual(['section', 'key', 'label', 'value']);
  const get = (section: string, key: string, label?: string) =>
    rows.find((x) => x[0] === section && x[1] === key && (label === undefined || x[2] === label))?.[3];
  expect(get('summary', 'comments')).toBe('5');
  expect(get('response', 'p90_ms')).toBe('600000');
  expect(get('action', 'dismissed')).toBe('2');
  expect(get('false_positive', 'vulgarity', 'rate')).toBe('0.5');
  expect(get('service_hours', 'handled_in_hours_share')).toBe('0.8');
  expect(rows.filter((x) => x[0] === 'hour')).toHaveLength(24);
});
