import { expect, test } from 'vitest';
import { buildQueue, type QueueItem } from './queue';

const f = (rule: string, severity: string) => ({ rule, severity, evidence: [], reason: '' }) as never;

test('queue: severity first, then the oldest, out-of-hours marked, clean and info-only items left out', () => {
  const items: QueueItem[] = [
    { id: 'a', author: 'A', time: '2026-11-20T10:00:00Z', findings: [f('shouting', 'low')] },
    { id: 'b', author: 'B', time: '2026-11-20T12:00:00Z', findings: [f('threat', 'critical')] },
    { id: 'c', author: 'C', time: '2026-11-19T22:00:00Z', findings: [f('vulgarity', 'high'), f('out-of-hours', 'info')] },
    { id: 'd', author: 'D', time: '2026-11-18T10:00:00Z', findings: [f('vulgarity', 'high')] },
    { id: 'e', author: 'E', time: '2026-11-18T10:00:00Z', findings: [f('out-of-hours', 'info')] },
    { id: 'g', author: 'G', time: null, findings: [] },
  ];
  const q = buildQueue(items);
  expect(q.map((r) => r.id)).toEqual(['b', 'd', 'c', 'a']);
  expect(q.find((r) => r.id === 'c')!.outOfHours).toBe(true);
  expect(q.find((r) => r.id === 'd')!.outOfHours).toBe(false);
  expect(q[0].top).toBe('critical');
});
