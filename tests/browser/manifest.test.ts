// The built manifest asks only for what is used, and every permission/host is explained in README's table.
import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const manifestPath = `${root}.output/chrome-mv3/manifest.json`;
const readme = readFileSync(`${root}README.md`, 'utf8');
const permissionsTable = readme.slice(readme.indexOf('## Permissions'), readme.indexOf('\n## ', readme.indexOf('## Permissions') + 5));

describe('built Chrome manifest', () => {
  test('content scripts stay small: the engine, zod classic and the settings pack live in the worker', () => {
    for (const c of JSON.parse(readFileSync(manifestPath, 'utf8')).content_scripts as { js: string[] }[]) {
      for (const js of c.js) {
        const code = readFileSync(`${root}.output/chrome-mv3/${js}`, 'utf8');
        expect(code.length, js).toBeLessThanOrEqual(150 * 1024);
        // markers of what must not be bundled: the rules' texts, the default pack, zod's classic API
        // (zod/mini, used by the adapters' selector data, is fine)
        expect(code.includes('La netiquette INPS non accetta'), `${js}: rules bundled`).toBe(false);
        expect(code.includes('inps-per-la-famiglia'), `${js}: settings pack bundled`).toBe(false);
        expect(code.includes('"ZodObject"'), `${js}: classic zod bundled`).toBe(false);
      }
    }
    // the markers are real: the worker's bundle has all three
    const chunks = readdirSync(`${root}.output/chrome-mv3/chunks`).map((f) => readFileSync(`${root}.output/chrome-mv3/chunks/${f}`, 'utf8'));
    const worker = [readFileSync(`${root}.output/chrome-mv3/background.js`, 'utf8'), ...chunks].join('\n');
    for (const marker of ['La netiquette INPS non accetta', 'inps-per-la-famiglia', '"ZodObject"']) expect(worker.includes(marker), marker).toBe(true);
  });

  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

  test('is MV3 and injects only into Facebook and Instagram', () => {
    expect(manifest.manifest_version).toBe(3);
    const matches = (manifest.content_scripts ?? []).flatMap((c: { matches: string[] }) => c.matches);
    expect(matches.sort()).toEqual(['https://www.facebook.com/*', 'https://www.instagram.com/*']);
    expect(manifest.host_permissions ?? []).toEqual([]);
  });

  test('every permission and content-script host has a line in README explaining why', () => {
    const asked = [
      ...(manifest.permissions ?? []),
      ...(manifest.optional_permissions ?? []),
      ...(manifest.host_permissions ?? []),
      ...(manifest.content_scripts ?? []).flatMap((c: { matches: string[] }) => c.matches),
    ];
    const unexplained = asked.filter((p: string) => !permissionsTable.includes(`\`${p}\``));
    expect(unexplained).toEqual([]);
  });

  test('strict CSP: no remote code, no eval, no network from extension pages', () => {
    const csp: string = manifest.content_security_policy?.extension_pages ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
    expect(csp).toContain("connect-src 'none'");
  });

  test('no bundled script uses eval or new Function, or names a remote script', () => {
    const dir = `${root}.output/chrome-mv3`;
    const files = [
      'background.js',
      'content-scripts/facebook.js',
      'content-scripts/instagram.js',
    ].filter((f) => existsSync(`${dir}/${f}`));
    expect(files.length).toBe(3);
    for (const f of files) {
      const code = readFileSync(`${dir}/${f}`, 'utf8');
      expect(code, f).not.toMatch(/\beval\(|new Function\(/);
      expect(code, f).not.toMatch(/<script[^>]+src=["']https?:/);
    }
  });
});
