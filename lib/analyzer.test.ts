import { describe, expect, test } from 'vitest';
import { createAnalyzer, defaultProfile } from './analyzer';
import { RULE_IDS } from './types';

describe('analyzer', () => {
  test('findings are sorted by severity, highest first', () => {
    const a = createAnalyzer();
    const r = a.analyze({ id: '1', text: 'IL MIO CODICE FISCALE È RSSMRA85T10A562S, PAGATEMI SUBITO' });
    expect(r.id).toBe('1');
    const rules = r.findings.map((f) => f.rule);
    expect(rules).toContain('personal-data');
    expect(rules).toContain('shouting');
    expect(rules.indexOf('personal-data')).toBeLessThan(rules.indexOf('shouting'));
  });

  test('a disabled rule does not run', () => {
    const p = defaultProfile();
    p.rules = { 'personal-data': { enabled: false } };
    const r = createAnalyzer(p).analyze({ id: '1', text: 'il mio codice fiscale è RSSMRA85T10A562S' });
    expect(r.findings.map((f) => f.rule)).not.toContain('personal-data');
  });

  test('a rule setting that does not validate falls back to the defaults', () => {
    const p = defaultProfile();
    p.rules = { shouting: { minLetters: 'many' } };
    const r = createAnalyzer(p).analyze({ id: '1', text: 'NON RISPONDETE MAI A NESSUNO' });
    expect(r.findings.map((f) => f.rule)).toContain('shouting');
  });

  test('allowlist terms suppress the evidence covering them', () => {
    const p = defaultProfile();
    const text = 'scrivete a Piazza Garibaldi 3 oppure chiamate 3331234567';
    const before = createAnalyzer(p).analyze({ id: '1', text }).findings.find((f) => f.rule === 'personal-data')!;
    expect(before.evidence).toHaveLength(2);
    p.allowlist = ['piazza garibaldi'];
    const after = createAnalyzer(p).analyze({ id: '1', text }).findings.find((f) => f.rule === 'personal-data')!;
    expect(after.evidence.map((e) => text.slice(e.start, e.end))).toEqual(['3331234567']);
    p.allowlist = ['piazza garibaldi', '3331234567'];
    expect(createAnalyzer(p).analyze({ id: '1', text }).findings.map((f) => f.rule)).not.toContain('personal-data');
  });

  test('every finding names a known rule and has spans inside the text', () => {
    const text = 'CHIAMATEMI AL 3331234567 OPPURE SCRIVETE A MARIO.ROSSI@GMAIL.COM';
    const r = createAnalyzer().analyze({ id: 'x', text });
    expect(r.findings.length).toBeGreaterThan(0);
    for (const f of r.findings) {
      expect(RULE_IDS).toContain(f.rule);
      for (const e of f.evidence) {
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeLessThanOrEqual(text.length);
        expect(e.end).toBeGreaterThan(e.start);
      }
    }
  });

  test('a rule that throws loses nothing of the others, and is reported', async () => {
    const { RULES } = await import('./rules/index');
    const shouting = RULES.find((r) => r.id === 'shouting')!;
    const original = shouting.detect;
    const errors: string[] = [];
    try {
      (shouting as { detect: unknown }).detect = () => {
        throw new Error('boom');
      };
      const a = createAnalyzer(defaultProfile(), { onRuleError: (rule, e) => errors.push(`${rule}: ${(e as Error).message}`) });
      const r = a.analyze({ id: '1', text: 'IL MIO CODICE FISCALE È RSSMRA85T10A562S' });
      expect(r.findings.map((f) => f.rule)).toContain('personal-data');
      expect(errors).toEqual(['shouting: boom']);
    } finally {
      (shouting as { detect: unknown }).detect = original;
    }
  });

  test('any text (any Unicode, any length): no throw, spans inside the text, severity order', async () => {
    const fc = (await import('fast-check')).default;
    const { severityRank } = await import('./types');
    const { RULES } = await import('./rules/index');
    const errors: string[] = [];
    const a = createAnalyzer(defaultProfile(), { onRuleError: (rule, e) => errors.push(`${rule}: ${String(e)}`) });
    const ctx = { profile: a.profile, now: new Date('2025-02-15T10:00:00Z'), thread: [], topics: [], lang: 'it' as const };
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.constantFrom('RSSMRA85T10A562S', 'IT60X0542811101000000123456', '333 123 4567', 'via Roma 12', 'www.inps-bonus.com', 'NON HO RICEVUTO', 'mandami il PIN', ' ', '\n', 'è', '👍🏽', '\u200b'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const r = a.analyze({ id: 'p', text, isReply: true, createdAt: '2025-02-15T10:00:00Z' });
        for (let i = 1; i < r.findings.length; i++) {
          expect(severityRank(r.findings[i - 1].severity)).toBeGreaterThanOrEqual(severityRank(r.findings[i].severity));
        }
        expect(errors).toEqual([]);
        // every rule on its own (the analyzer would drop bad spans): evidence inside the text
        for (const rule of RULES) {
          for (const f of rule.detect({ id: 'p', text, isReply: true }, ctx, rule.settings.parse({}))) {
            expect(f.rule).toBe(rule.id);
            for (const e of f.evidence) {
              expect(e.start).toBeGreaterThanOrEqual(0);
              expect(e.end).toBeGreaterThan(e.start);
              expect(e.end).toBeLessThanOrEqual(text.length);
            }
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
