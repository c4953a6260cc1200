// Spawns the real CLI (`tsx scripts/analyze.ts`) on small JSONL inputs: the contract of `npm run analyze`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { RULE_IDS, SEVERITIES } from '../lib/types';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'galateo-analyze-'));

function cli(args: string[], stdin?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/analyze.ts'), ...args], {
    cwd: root,
    input: stdin,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const lines = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code: r.status, lines, stderr: r.stderr };
}

function file(name: string, rows: (object | string)[]): string {
  const p = join(dir, name);
  writeFileSync(p, rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n');
  return p;
}

type Out = { id: string; findings: { rule: string; severity: string; evidence: { start: number; end: number }[]; reason: string }[]; topics: string[] };
const rules = (o: Record<string, unknown>) => (o as unknown as Out).findings.map((f) => f.rule);

describe('npm run analyze', () => {
  const rows = [
    { id: 'a1', text: 'Il mio codice fiscale è RSSMRA85T10A562S, quando mi pagano?', createdAt: '2025-02-11T09:30:00Z' },
    '',
    'this is not json',
    { id: 'a2', text: 'Quando aumentano le pensioni minime?', page: 'inps-per-la-famiglia' },
    { id: 'a3', text: 'Quando aumentano le pensioni minime?' },
    { id: 7, text: 'numeric id' },
    { id: 't1', author: 'Ada', thread: 'T', text: 'Quando pagano il bonus nido di marzo?' },
    { id: 'x1', author: 'Ada', thread: 'OTHER', text: 'Quando pagano il bonus nido di marzo?' },
    { id: 't2', author: 'Ada', thread: 'T', text: 'QUANDO pagano il bonus nido di marzo???' },
    { id: 'o1', text: 'ciao', postCreatedAt: '2025-01-01T10:00:00Z', createdAt: '2025-03-01T10:00:00Z' },
    { id: 'o2', text: 'ciao', postCreatedAt: '2025-01-01T10:00:00Z' },
    { id: 'bad-date', text: 'ciao', createdAt: 'ieri sera' },
  ];

  test('one output line per non-empty input line, in order, in the exact shape', () => {
    const { code, lines } = cli([file('mix.jsonl', rows)]);
    expect(code).toBe(0);
    expect(lines.map((l) => l.id)).toEqual(['a1', null, 'a2', 'a3', null, 't1', 'x1', 't2', 'o1', 'o2', 'bad-date']);
    for (const l of lines) {
      if ('error' in l) {
        expect(Object.keys(l).sort()).toEqual(['error', 'id']);
        expect(typeof l.error).toBe('string');
        continue;
      }
      expect(Object.keys(l).sort()).toEqual(['findings', 'id', 'topics']);
      for (const f of (l as unknown as Out).findings) {
        expect(Object.keys(f).sort()).toEqual(['evidence', 'reason', 'rule', 'severity']);
        expect(RULE_IDS).toContain(f.rule);
        expect(SEVERITIES).toContain(f.severity);
        for (const e of f.evidence) expect(Object.keys(e).sort()).toEqual(['end', 'start']);
      }
    }
  });

  test('findings, evidence, topics, threads and pages', () => {
    const { lines } = cli([file('mix2.jsonl', rows)]);
    const by = new Map(lines.filter((l) => !('error' in l)).map((l) => [l.id, l as unknown as Out]));
    const a1 = by.get('a1')!;
    const pd = a1.findings.find((f) => f.rule === 'personal-data')!;
    expect(rows[0] && (rows[0] as { text: string }).text.slice(pd.evidence[0].start, pd.evidence[0].end)).toBe('RSSMRA85T10A562S');
    expect(rules(a1)).toContain('personal-case');
    expect(rules(a1)).not.toContain('out-of-hours'); // Tuesday 10:30 in Rome
    expect(rules(by.get('a2')!)).toEqual(['off-topic']); // the line's page
    expect(by.get('a2')!.topics).toEqual(['pensioni']);
    expect(rules(by.get('a3')!)).not.toContain('off-topic'); // no page: off-topic never runs
    expect(rules(by.get('t1')!)).not.toContain('repeated-question');
    expect(rules(by.get('x1')!)).not.toContain('repeated-question'); // another thread
    expect(rules(by.get('t2')!)).toContain('repeated-question');
    expect(rules(by.get('o1')!)).toContain('old-post');
    expect(rules(by.get('o2')!)).not.toContain('old-post'); // no createdAt: no wall clock
  });

  test('--page applies to lines without their own page; a line\'s page wins', () => {
    const p = file('pages.jsonl', [
      { id: 'p1', text: 'Quando aumentano le pensioni minime?' },
      { id: 'p2', text: 'Quando aumentano le pensioni minime?', page: 'inps-credito-welfare' },
      { id: 'p3', text: 'Quando pagano l\'assegno unico?' },
    ]);
    const { lines } = cli(['--page', 'inps-per-la-famiglia', p]);
    const [p1, p2, p3] = lines as unknown as Out[];
    expect(rules(p1 as never)).toContain('off-topic');
    expect(p2.findings.find((f) => f.rule === 'off-topic')?.reason ?? '').toContain('inps-credito-welfare');
    expect(rules(p3 as never)).not.toContain('off-topic');
  });

  test('reads stdin when no file is given', () => {
    const { code, lines } = cli([], JSON.stringify({ id: 's1', text: 'scrivetemi a mario.rossi@gmail.com' }) + '\n');
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    expect(rules(lines[0])).toEqual(['personal-data']);
  });

  test('an unreadable file exits 2 with a message on stderr, in Italian and English', () => {
    const { code, lines, stderr } = cli([join(dir, 'does-not-exist.jsonl')]);
    expect(code).toBe(2);
    expect(lines).toEqual([]);
    expect(stderr).toMatch(/impossibile leggere/);
    expect(stderr).toMatch(/cannot read/);
  });

  test('an unknown --page is a clear error', () => {
    const { code, stderr } = cli(['--page', 'inps-nowhere', file('one.jsonl', [{ id: 'z', text: 'ciao' }])]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/inps-per-la-famiglia/);
  });
});
