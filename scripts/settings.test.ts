import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const run = (...args: string[]) => {
  const r = spawnSync(tsx, ['scripts/settings.ts', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, GALATEO_LANG: 'en' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const dir = mkdtempSync(join(tmpdir(), 'galateo-settings-'));

describe('npm run settings', () => {
  const defaults = run('defaults');

  test('defaults prints the current document as JSON', () => {
    expect(defaults.code).toBe(0);
    const doc = JSON.parse(defaults.out);
    expect(doc.version).toBe(2);
    expect(Object.keys(doc.pages)).toContain('inps-per-la-famiglia');
  });

  test('validate: the defaults are ok', () => {
    const f = join(dir, 'defaults.json');
    writeFileSync(f, defaults.out);
    expect(run('validate', f)).toMatchObject({ code: 0, out: 'ok\n' });
  });

  test('validate: one line per problem, exit 1', () => {
    const doc = JSON.parse(defaults.out);
    doc.pages['inps-per-la-famiglia'].rules['off-topic'] = { enabled: 'no' };
    delete doc.campaign;
    const f = join(dir, 'broken.json');
    writeFileSync(f, JSON.stringify(doc));
    const r = run('validate', f);
    expect(r.code).toBe(1);
    expect(r.out.trim().split('\n')).toEqual([
      'campaign: required field is missing',
      'pages.inps-per-la-famiglia.rules.off-topic.enabled: expected true/false, found a text ("no")',
    ]);
  });

  test('validate: non-JSON and unreadable files exit 1 with a "$" problem', () => {
    const f = join(dir, 'not.json');
    writeFileSync(f, '{\n  "version": 2,\n  "x": ]\n}');
    const r = run('validate', f);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^\$: the file is not valid JSON .*line 3/);
    const missing = run('validate', join(dir, 'missing.json'));
    expect(missing.code).toBe(1);
    expect(missing.out).toMatch(/^\$: cannot read the file .*ENOENT/);
  });

  test('bad usage exits 2', () => {
    expect(run('frobnicate').code).toBe(2);
    expect(run('validate').code).toBe(2);
  });
});
