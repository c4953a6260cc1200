// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { adaptDirectAnalysis, directProfile, NOT_IN_DIRECT } from './direct';
import { createAnalyzer, defaultProfile } from '../analyzer';
import type { Analysis } from '../types';

describe('rules adapted to private messages', () => {
  test('old-post, off-topic and answering-for-us are switched off; the rest stays as configured', () => {
    const p = directProfile(defaultProfile());
    for (const id of NOT_IN_DIRECT) expect(p.rules[id]?.enabled).toBe(false);
    expect(p.rules['crisis']?.enabled ?? true).not.toBe(false);
  });

  test('personal data becomes advice (low severity), abuse and crisis keep their severity', () => {
    const a: Analysis = {
      id: 'm1',
      topics: [],
      findings: [
        { rule: 'personal-data', severity: 'high', evidence: [{ start: 0, end: 3 }], reason: 'codice fiscale' },
        { rule: 'crisis', severity: 'critical', evidence: [], reason: 'r' },
        { rule: 'off-topic', severity: 'low', evidence: [], reason: 'r' },
      ],
    };
    const out = adaptDirectAnalysis(a);
    expect(out.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['personal-data', 'low'],
      ['crisis', 'critical'],
    ]);
    expect(out.findings[0].reason).toMatch(/canali sicuri/);
  });

  test('a real private message with a codice fiscale: personal-data found, public-only rules silent', () => {
    const analyzer = createAnalyzer(directProfile(defaultProfile()));
    const raw = analyzer.analyze({ id: 'm', text: 'Buongiorno, il mio codice fiscale è RSSMRA85T10A562S, mi dite quando pagano?', postCreatedAt: '2020-01-01T00:00:00Z', createdAt: '2026-11-20T10:00:00Z' });
    const out = adaptDirectAnalysis(raw);
    expect(out.findings.map((f) => f.rule)).toContain('personal-data');
    expect(out.findings.map((f) => f.rule)).not.toContain('old-post');
  });
});
