import { expect, test } from 'vitest';
import { buildHandledItem } from './db';
import { mergeExports, parseExport } from './merge';
import { toJson, toExportDoc } from './export';
import { buildReport } from './report';
import { sampleInput } from './testing';

const mk = (commentId: string, moderator: string, iso: string, action: 'hidden' | 'deleted' | 'replied' = 'hidden') =>
  buildHandledItem(sampleInput({ commentId, action }), { moderator, salt: 's', now: new Date(iso) });

test('two moderators, one exporting twice and overlapping: identical records count once', async () => {
  const a1 = await mk('c1', 'anna', '2026-11-20T09:00:00Z');
  const a2 = await mk('c2', 'anna', '2026-11-20T09:05:00Z');
  const b1 = await mk('c3', 'bruno', '2026-11-20T09:10:00Z');
  const b2 = await mk('c1', 'bruno', '2026-11-20T10:00:00Z', 'deleted'); // bruno re-marks anna's comment
  const anna = toExportDoc([a1, a2], { moderator: 'anna', from: '2026-11-20' });
  const annaAgain = toExportDoc([a1, a2], { moderator: 'anna', from: '2026-11-20' });
  const bruno = toExportDoc([b1, b2], { moderator: 'bruno', from: '2026-11-20' });
  const m = mergeExports([anna, bruno, annaAgain]);
  expect(m.items.map((i) => i.key)).toEqual([a1.key, a2.key, b1.key, b2.key]);
  expect(m.duplicates).toBe(2);
  expect(m.conflicts).toBe(0);
  expect(m.moderators).toEqual(['anna', 'bruno']);
  const r = buildReport(m.items);
  expect(r.comments).toBe(3);
  expect(r.records).toBe(4);
  expect(r.byAction.find((c) => c.key === 'deleted')!.count).toBe(1);
  expect(r.byAction.find((c) => c.key === 'hidden')!.count).toBe(2);
});

test('same key with different content is a conflict, first kept', async () => {
  const a = await mk('c1', 'anna', '2026-11-20T09:00:00Z');
  const m = mergeExports([
    toExportDoc([a], { moderator: 'anna' }),
    toExportDoc([{ ...a, action: 'deleted' }], { moderator: 'anna' }),
  ]);
  expect(m.items).toEqual([a]);
  expect(m.conflicts).toBe(1);
});

test.each([
  ['not JSON', '{oops', /not JSON/],
  ['another JSON', '{"hello": 1}', /not a Galateo log export/],
  ['future version', '{"format":"galateo-log","schemaVersion":99,"items":[]}', /unsupported schemaVersion 99/],
  [
    'bad record',
    JSON.stringify({ format: 'galateo-log', schemaVersion: 1, exportedAt: '2026-11-20T10:00:00Z', moderator: 'x', from: null, to: null, filter: {}, items: [{ key: 'k' }] }),
    /invalid at items\.0\./,
  ],
])('parseExport refuses %s with a reason', (_n, text, reason) => {
  const r = parseExport(text);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error).toMatch(reason);
});

test('parseExport accepts a real export (with BOM)', async () => {
  const a = await mk('c1', 'anna', '2026-11-20T09:00:00Z');
  const r = parseExport('\uFEFF' + toJson([a], { moderator: 'anna' }));
  expect(r.ok && r.doc.items[0]).toEqual(a);
});

test('an export whose excerpt is 140 emoji (280 UTF-16 units) still imports', async () => {
  const a = await buildHandledItem(sampleInput({ commentId: 'e', text: '😡'.repeat(300) }), { moderator: 'anna', salt: 's', now: new Date('2026-11-20T09:00:00Z') });
  expect([...a.excerpt]).toHaveLength(140);
  const r = parseExport(toJson([a], { moderator: 'anna' }));
  expect(r.ok).toBe(true);
});
