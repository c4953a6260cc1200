// The hostile corpus as data (corpus.json) plus the expansion of its repeated entries.
// Used by the property tests (tests/property) and the browser test (tests/browser/hostile.test.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type HostileCategory = 'xss' | 'invisible' | 'bidi' | 'encoding' | 'mixed-script' | 'emoji' | 'edge' | 'size';

interface RawCase {
  id: string;
  category: HostileCategory;
  why: string;
  text?: string;
  repeat?: { unit: string; times: number; prefix?: string; suffix?: string };
}

export interface HostileCase {
  id: string;
  category: HostileCategory;
  why: string;
  text: string;
}

/** The global an XSS payload of the corpus tries to set in the page (must stay undefined). */
export const PWNED_FLAG = '__galateoPwned';

const FILE = fileURLToPath(new URL('./corpus.json', import.meta.url));

function expand(c: RawCase): HostileCase {
  if (c.text !== undefined) return { id: c.id, category: c.category, why: c.why, text: c.text };
  if (!c.repeat) throw new Error(`hostile corpus: case ${c.id} has neither text nor repeat`);
  const { unit, times, prefix = '', suffix = '' } = c.repeat;
  return { id: c.id, category: c.category, why: c.why, text: prefix + unit.repeat(times) + suffix };
}

let cached: HostileCase[] | null = null;
export function hostileCorpus(): HostileCase[] {
  cached ??= (JSON.parse(readFileSync(FILE, 'utf8')) as { cases: RawCase[] }).cases.map(expand);
  return cached;
}

/** Cases up to `maxLength` characters (the browser page carries the small ones plus a few big ones). */
export function smallCases(maxLength = 2000): HostileCase[] {
  return hostileCorpus().filter((c) => c.text.length <= maxLength);
}

/** Wraps inner HTML in `depth` nested elements (alternating span/div/b): deeply nested markup. */
export function nestedMarkup(depth: number, inner: string): string {
  const tags = ['div', 'span', 'b', 'i', 'section'];
  let open = '';
  let close = '';
  for (let i = 0; i < depth; i++) {
    const t = tags[i % tags.length];
    open += `<${t}>`;
    close = `</${t}>` + close;
  }
  return open + inner + close;
}
