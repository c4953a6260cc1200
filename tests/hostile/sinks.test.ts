// Comment text is hostile input: no source file of the extension may hand a string to an HTML or code sink.
// (The built bundles contain Preact's own dangerouslySetInnerHTML branch, which `web-ext lint` reports as a
// warning; this test proves our code never takes it.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIRS = ['lib', 'components', 'entrypoints'];

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (/\.(ts|tsx|js|html)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(p);
  }
  return out;
}

const SINKS: [string, RegExp][] = [
  ['innerHTML/outerHTML assignment', /\.(?:inner|outer)HTML\s*(?:\+?=)(?!=)/],
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\.write(?:ln)?\s*\(/],
  ['createContextualFragment', /createContextualFragment/],
  ['eval', /(?<![\w.])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['string timer', /set(?:Timeout|Interval)\s*\(\s*['"`]/],
  ['srcdoc', /\.srcdoc\s*=/],
];

test('the scan sees the extension sources', () => {
  const files = DIRS.flatMap((d) => sources(join(ROOT, d)));
  expect(files.length).toBeGreaterThan(50);
  expect(files.some((f) => f.endsWith('CommentUi.tsx'))).toBe(true);
});

test.each(SINKS)('no %s in lib/, components/, entrypoints/', (_name, re) => {
  const hits = DIRS.flatMap((d) => sources(join(ROOT, d)))
    .flatMap((f) => readFileSync(f, 'utf8').split('\n').map((line, i) => ({ f, i, line })))
    .filter(({ line }) => re.test(line) && !/^\s*(\/\/|\*)/.test(line))
    .map(({ f, i, line }) => `${f.slice(ROOT.length)}:${i + 1}: ${line.trim()}`);
  expect(hits).toEqual([]);
});

test('the sink patterns do catch what they are for', () => {
  const samples = ['el.innerHTML = text', 'el.outerHTML += x', '<div dangerouslySetInnerHTML={{ __html: t }} />', 'eval(code)', "setTimeout('x()', 1)", 'new Function("a", b)'];
  for (const s of samples) expect(SINKS.some(([, re]) => re.test(s)), s).toBe(true);
  expect(SINKS.some(([, re]) => re.test('if (a.innerHTML === b)'))).toBe(false);
});
