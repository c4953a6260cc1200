// Every rule, called directly and through the analyzer, on any text and any comment metadata:
// no throw, findings well-formed, every evidence span a non-empty range inside the ORIGINAL text.
// Called directly because the analyzer drops bad evidence and swallows a throwing rule (it reports it
// through onRuleError, which here fails the test): both would hide a rule's bug.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createAnalyzer, defaultProfile } from '../../lib/analyzer';
import { RULES } from '../../lib/rules';
import type { RuleContext } from '../../lib/rules/rule';
import { guessLang } from '../../lib/lang';
import { detectTopics } from '../../lib/topics';
import { defaultSettings, resolveAnalyzerProfile } from '../../lib/settings';
import { RULE_IDS, SEVERITIES, type AnalyzerProfile, type CommentInput, type Finding } from '../../lib/types';
import { hostileCorpus } from '../hostile/corpus';
import { commentText, RUNS } from './arbitraries';

const settings = defaultSettings();
const PAGE_ID = Object.keys(settings.pages)[0];
const PROFILES: [string, AnalyzerProfile][] = [
  ['default profile (no page)', defaultProfile()],
  [`page profile ${PAGE_ID}`, resolveAnalyzerProfile(settings, PAGE_ID)],
];

const isoOrJunk = fc.oneof(
  fc.date({ min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('', 'not a date', '2026-13-45T99:99:99Z', '0000-00-00', '∞', '2026-02-30T10:00:00+25:00'),
);

const commentArb: fc.Arbitrary<CommentInput> = fc.record(
  {
    id: fc.string({ maxLength: 20 }),
    text: commentText,
    author: commentText,
    page: fc.constantFrom(PAGE_ID, 'unknown-page', ''),
    platform: fc.constantFrom('facebook' as const, 'instagram' as const),
    createdAt: isoOrJunk,
    postCreatedAt: isoOrJunk,
    thread: fc.string({ maxLength: 10 }),
    isReply: fc.boolean(),
    parentText: commentText,
    authorIsPage: fc.boolean(),
  },
  { requiredKeys: ['id', 'text'] },
);

const threadArb = fc.array(commentArb, { maxLength: 6 });
const nowArb = fc.oneof(
  fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }),
  fc.constant(new Date(Number.NaN)),
);

function checkFindings(text: string, findings: readonly Finding[], expectedRule?: string): void {
  for (const f of findings) {
    if (expectedRule) expect(f.rule).toBe(expectedRule);
    expect(RULE_IDS).toContain(f.rule);
    expect(SEVERITIES).toContain(f.severity);
    expect(typeof f.reason).toBe('string');
    for (const e of f.evidence) {
      const ok = Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start < e.end && e.end <= text.length;
      expect(ok, `${f.rule} evidence ${JSON.stringify(e)} outside a text of length ${text.length}: ${JSON.stringify(text.slice(0, 120))}`).toBe(true);
    }
  }
}

function context(profile: AnalyzerProfile, c: CommentInput, now: Date, thread: readonly CommentInput[]): RuleContext {
  return { profile, now, thread, topics: detectTopics(c.text, profile.allTopics), lang: guessLang(c.text) };
}

describe.each(PROFILES)('%s', (_name, profile) => {
  test('the page profile is real (topics and rules come from the default pack)', () => {
    if (profile.pageId) expect(profile.allTopics.length).toBeGreaterThan(5);
  });

  test.each(RULES.map((r) => [r.id, r] as const))('rule %s, called directly: no throw, evidence inside the text', (_id, rule) => {
    const parsed = rule.settings.safeParse(profile.rules[rule.id] ?? {});
    expect(parsed.success).toBe(true);
    const s = { ...(parsed.data as { enabled: boolean }), enabled: true };
    fc.assert(
      fc.property(commentArb, nowArb, threadArb, (c, now, thread) => {
        checkFindings(c.text, rule.detect(c, context(profile, c, now, thread), s), rule.id);
      }),
      { numRuns: RUNS },
    );
  });

  test('through the analyzer: no rule throws, findings sorted by severity, topics are known ids', () => {
    const errors: string[] = [];
    const analyzer = createAnalyzer(profile, { onRuleError: (rule, e) => errors.push(`${rule}: ${String(e)}`) });
    const topicIds = new Set(profile.allTopics.map((t) => t.id));
    fc.assert(
      fc.property(commentArb, nowArb, threadArb, (c, now, thread) => {
        const a = analyzer.analyze(c, { now, thread });
        expect(a.id).toBe(c.id);
        checkFindings(c.text, a.findings);
        for (let i = 1; i < a.findings.length; i++)
          expect(SEVERITIES.indexOf(a.findings[i - 1].severity)).toBeGreaterThanOrEqual(SEVERITIES.indexOf(a.findings[i].severity));
        for (const t of a.topics) expect(topicIds.has(t)).toBe(true);
        expect(errors).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the whole hostile corpus (100 KB cases included) through every rule', () => {
  const profile = resolveAnalyzerProfile(settings, PAGE_ID);
  const now = new Date('2026-03-04T10:30:00Z');
  const corpus = hostileCorpus();
  const thread = corpus.filter((c) => c.text.length < 300).map((c, i) => ({ id: `t${i}`, text: c.text, author: `Autore ${i % 3}` }));

  test.each(corpus.map((c) => [c.id, c] as const))('%s', (_id, hc) => {
    const c: CommentInput = { id: hc.id, text: hc.text, author: 'Mario Rossi', page: PAGE_ID, platform: 'facebook', createdAt: '2026-03-04T08:00:00Z', isReply: true, parentText: thread[0].text };
    const ctx = context(profile, c, now, thread);
    for (const rule of RULES) {
      const parsed = rule.settings.safeParse(profile.rules[rule.id] ?? {});
      checkFindings(hc.text, rule.detect(c, ctx, { ...(parsed.data as { enabled: boolean }), enabled: true }), rule.id);
    }
    const errors: unknown[] = [];
    const a = createAnalyzer(profile, { onRuleError: (_r, e) => errors.push(e) }).analyze(c, { now, thread });
    checkFindings(hc.text, a.findings);
    expect(errors).toEqual([]);
  });

  test('the corpus is not ignored: its abusive, personal-data and shouting cases are flagged', () => {
    const analyzer = createAnalyzer(profile);
    const rulesOf = (id: string) => {
      const text = corpus.find((c) => c.id === id)!.text;
      return analyzer.analyze({ id, text, page: PAGE_ID }, { now }).findings.map((f) => f.rule);
    };
    expect(rulesOf('zw-split-vulgar')).toContain('vulgarity');
    expect(rulesOf('fullwidth')).toEqual(expect.arrayContaining(['insult']));
    expect(rulesOf('mixed-hebrew-numbers')).toContain('personal-data');
    expect(rulesOf('prose-100kb')).toEqual(expect.arrayContaining(['vulgarity', 'personal-data']));
  });
});
