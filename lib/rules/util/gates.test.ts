import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { setWordGates } from './words';
import personalCase from '../personal-case';
import personalData from '../personal-data';
import phishing from '../phishing';
import advertising from '../advertising';
import { defaultProfile } from '../../analyzer';
import { hostileCorpus } from '../../../tests/hostile/corpus';
import type { RuleContext } from '../rule';

// The word gates in front of personal-case, personal-data, phishing and advertising list, by hand,
// words that every match of their patterns contains. A pattern alternative added without its gate
// word would be skipped silently: with the gates off, every rule must find the same on real
// comments (the three dev files), the hostile corpus and every string of the four rules' tests.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const jsonl = (f: string) =>
  readFileSync(`${root}data/eval/dev/${f}`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);
const RULES = { 'personal-case': personalCase, 'personal-data': personalData, phishing, advertising };
const testStrings = Object.keys(RULES).flatMap((id) =>
  [...readFileSync(`${root}lib/rules/${id}.test.ts`, 'utf8').matchAll(/(['"`])((?:\\.|(?!\1).){6,400}?)\1/g)].map((m) => m[2]),
);
const TEXTS = [...jsonl('qa4faq-questions.jsonl'), ...jsonl('pejorativity-dev.jsonl'), ...jsonl('mhc-it-dev.jsonl'), ...hostileCorpus().map((c) => c.text), ...testStrings];
const ctx: RuleContext = { profile: defaultProfile(), now: new Date('2026-11-22T10:00:00+01:00'), thread: [], topics: [], lang: 'it' };

describe('word gates hide nothing', () => {
  afterAll(() => setWordGates(true));
  test.each(Object.entries(RULES))('%s finds the same with its gates off', (_id, rule) => {
    const settings = rule.settings.parse({});
    const run = () => TEXTS.map((text) => JSON.stringify(rule.detect({ id: 't', text }, ctx, settings as never)));
    setWordGates(true);
    const gated = run();
    setWordGates(false);
    const open = run();
    setWordGates(true);
    expect(TEXTS.length).toBeGreaterThan(3000);
    expect(gated.filter((g) => g !== '[]').length).toBeGreaterThan(0);
    for (let i = 0; i < TEXTS.length; i++) if (gated[i] !== open[i]) expect({ text: TEXTS[i], gated: gated[i] }).toEqual({ text: TEXTS[i], gated: open[i] });
  });
});
