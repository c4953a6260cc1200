import { describe, expect, test } from 'vitest';
import { defaultSettings, exportSettings } from './index';
import { parseSettingsStrict, parseSettingsTextStrict, ruleSettingsProblems } from './rule-check';
import { RULES } from '../rules';

describe("per-rule settings checked by the rules' own schemas", () => {
  test('the default pack passes', () => {
    expect(ruleSettingsProblems(defaultSettings())).toEqual([]);
    expect(parseSettingsTextStrict(exportSettings(defaultSettings())).ok).toBe(true);
  });

  // Pick a real numeric threshold of a registered rule, so the test follows the registry.
  const withNumber = RULES.map((r) => {
    const full = r.settings.safeParse({ enabled: true });
    const entry = full.success ? Object.entries(full.data as Record<string, unknown>).find(([k, v]) => k !== 'enabled' && typeof v === 'number') : undefined;
    return entry ? { id: r.id, key: entry[0] } : null;
  }).find(Boolean)!;

  test('a wrong type for a threshold is refused with its path', () => {
    expect(withNumber).toBeTruthy();
    const d = JSON.parse(exportSettings(defaultSettings()));
    d.pages['inps-giovani'].rules[withNumber.id] = { enabled: true, [withNumber.key]: 'tanto' };
    const r = parseSettingsStrict(d);
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual([`pages.inps-giovani.rules.${withNumber.id}.${withNumber.key}`]);
  });

  test('a misspelt threshold is named, with the valid ones', () => {
    const d = JSON.parse(exportSettings(defaultSettings()));
    d.defaultRules.shouting = { enabled: true, minLeters: 5 };
    const r = parseSettingsStrict(d);
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(['defaultRules.shouting.minLeters']);
    expect(r.ok ? '' : r.problems[0].message.en).toContain('minLetters');
  });

  test('one import lists structural and threshold problems together', () => {
    const d = JSON.parse(exportSettings(defaultSettings()));
    d.serviceHours.end = '25:00';
    d.defaultRules.shouting = { enabled: true, minLeters: 5 };
    const r = parseSettingsTextStrict(JSON.stringify(d));
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(['serviceHours.end', 'defaultRules.shouting.minLeters']);
    const bare = parseSettingsTextStrict('{"version": 2}');
    expect(bare.ok ? [] : bare.problems.map((p) => p.path)).toContain('pages');
  });
});
