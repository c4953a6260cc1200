import { expect, test } from 'vitest';
import { runReportCli } from './cli';
import { buildHandledItem } from './db';
import { toJson } from './export';
import { parseCsv } from './csv';
import { sampleInput } from './testing';

async function files() {
  const a = await buildHandledItem(sampleInput({ commentId: 'c1' }), { moderator: 'anna', salt: 's', now: new Date('2026-11-20T09:00:00Z') });
  const b = await buildHandledItem(sampleInput({ commentId: 'c2', action: 'dismissed' }), { moderator: 'bruno', salt: 's', now: new Date('2026-11-20T10:00:00Z') });
  return {
    'anna.json': toJson([a], { moderator: 'anna' }),
    'anna-copy.json': toJson([a], { moderator: 'anna' }),
    'bruno.json': toJson([b], { moderator: 'bruno' }),
    'broken.json': '{"format":"galateo-log"',
    'other.json': '{"items": []}',
  } as Record<string, string>;
}

async function run(args: string[]) {
  const fs = await files();
  let out = '';
  let err = '';
  const code = await runReportCli(args, {
    readFile: async (p) => {
      if (!(p in fs)) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      return fs[p]!;
    },
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
  });
  return { code, out, err };
}

test('bad files are named with a reason, the others still count', async () => {
  const r = await run(['--format', 'json', 'anna.json', 'broken.json', 'bruno.json', 'missing.json', 'other.json', 'anna-copy.json']);
  expect(r.code).toBe(0);
  expect(r.err).toMatch(/broken\.json: .*not JSON/);
  expect(r.err).toMatch(/missing\.json: .*ENOENT/);
  expect(r.err).toMatch(/other\.json: .*not a Galateo log export/);
  const out = JSON.parse(r.out);
  expect(out.files).toEqual(['anna.json', 'bruno.json', 'anna-copy.json']);
  expect(out.duplicates).toBe(1);
  expect(out.report.comments).toBe(2);
  expect(out.report.moderators).toEqual(['anna', 'bruno']);
});

test('CSV by default, delimiter configurable', async () => {
  const r = await run(['anna.json', 'bruno.json']);
  expect(r.code).toBe(0);
  expect(parseCsv(r.out, ';').find((x) => x[0] === 'summary' && x[1] === 'comments')?.[3]).toBe('2');
  const t = await run(['--delimiter', 'tab', 'anna.json']);
  expect(parseCsv(t.out, '\t')[0]).toEqual(['section', 'key', 'label', 'value']);
});

test.each([
  [['broken.json', 'missing.json'], /nessun file utilizzabile/],
  [[], /no input file/],
  [['--format', 'xml', 'anna.json'], /must be csv or json/],
  [['--bogus', 'anna.json'], /unknown option/],
])('exit 1: %j', async (args, message) => {
  const r = await run(args);
  expect(r.code).toBe(1);
  expect(r.err).toMatch(message);
  expect(r.out).toBe('');
});
