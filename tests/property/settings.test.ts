// A malicious or broken settings file: any text, and the real default document with random values put at random
// places (wrong types, deleted fields, future versions, huge strings, markup). Parsing never throws; a refusal lists
// problems with a path and a message in Italian and English; an accepted document re-validates and every page
// profile it defines gives an analyzer that runs on hostile text without a rule failing.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createAnalyzer } from '../../lib/analyzer';
import { defaultSettings, resolveAnalyzerProfile } from '../../lib/settings';
import { parseSettings, parseSettingsText, type ParseResult } from '../../lib/settings/parse';
import { hostileCorpus } from '../hostile/corpus';
import { RUNS } from './arbitraries';

const DEFAULT_JSON = JSON.stringify(defaultSettings());
const HOSTILE = hostileCorpus().filter((c) => c.text.length < 3000);

/** Every path (object keys and array indexes) of a JSON document. */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      const p = [...at, Array.isArray(v) ? Number(k) : k];
      out.push(p);
      paths(x, p, out);
    }
  }
  return out;
}
const PATHS = paths(JSON.parse(DEFAULT_JSON));
const DELETE = Symbol('delete');

function mutate(doc: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  let o = doc as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (value === DELETE) {
    if (Array.isArray(o)) o.splice(Number(last), 1);
    else delete o[last];
  } else o[last] = value;
}

function checkResult(r: ParseResult): void {
  if (r.ok) return;
  expect(r.problems.length).toBeGreaterThan(0);
  for (const p of r.problems) {
    expect(typeof p.path).toBe('string');
    expect(p.message.it.trim().length, JSON.stringify(p)).toBeGreaterThan(0);
    expect(p.message.en.trim().length, JSON.stringify(p)).toBeGreaterThan(0);
  }
}

const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(...HOSTILE.map((c) => c.text)),
  fc.constantFrom(-1, 0, 1e308, -1e308, 2 ** 53, 0.5, 999999, '', '   ', '__proto__', 'constructor', null, true, [], {}),
  fc.constant(DELETE),
);

describe('settings import never throws and explains every refusal in both languages', () => {
  test('the default document has many places to break (the mutation test is not trivial)', () => {
    expect(PATHS.length).toBeGreaterThan(200);
    expect(parseSettingsText(DEFAULT_JSON).ok).toBe(true);
  });

  test('any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.json(), fc.constantFrom(...HOSTILE.map((c) => c.text))), (text) => checkResult(parseSettingsText(text))),
      { numRuns: RUNS },
    );
  });

  test('the real document with random values at random places: refused with problems, or accepted and usable', () => {
    const pageText = fc.constantFrom(...HOSTILE.map((c) => c.text));
    const seen = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: PATHS.length - 1 }), hostileValue), { minLength: 1, maxLength: 4 }), pageText, (edits, text) => {
        const doc = JSON.parse(DEFAULT_JSON) as Record<string, unknown>;
        for (const [i, v] of edits) {
          try {
            mutate(doc, PATHS[i], v);
          } catch {
            // an earlier edit removed or replaced the parent: this edit has nothing to change
          }
        }
        const r = parseSettings(JSON.parse(JSON.stringify(doc)));
        checkResult(r);
        seen[r.ok ? 'accepted' : 'refused']++;
        if (!r.ok) return;
        expect(parseSettings(JSON.parse(JSON.stringify(r.settings))).ok).toBe(true);
        for (const pageId of [null, ...Object.keys(r.settings.pages)]) {
          const errors: string[] = [];
          const a = createAnalyzer(resolveAnalyzerProfile(r.settings, pageId), { onRuleError: (rule, e) => errors.push(`${rule}: ${String(e)}`) });
          a.analyze({ id: 'x', text, page: pageId ?? undefined, createdAt: '2026-03-04T08:00:00Z' }, { now: new Date('2026-03-04T10:00:00Z') });
          expect(errors).toEqual([]);
        }
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
    // both branches really ran (a mutation test that only ever refuses would prove little)
    expect(seen.accepted).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
    console.log(`settings mutations: ${seen.accepted} accepted, ${seen.refused} refused`);
  });

  test('a future version is refused with "update the extension", never half-read', () => {
    const doc = JSON.parse(DEFAULT_JSON);
    doc.version = (doc.version as number) + 1;
    const r = parseSettings(doc);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].message.en).toMatch(/update the extension/);
  });
});
