// Per-rule settings checked against each rule's own zod schema (lib/rules), so a hand-edited or imported
// document with a bad threshold is refused with its path ("pages.x.rules.shouting.minUpperRatio") instead
// of the analyzer silently falling back to the rule's defaults.
import type { z } from 'zod';
import { RULES } from '../rules';
import type { RuleId } from '../types';
import { parseSettings, parseSettingsText, type ParseResult } from './parse';
import { zodProblems, type Problem } from './problems';
import { SETTINGS_VERSION, type RuleSettings, type Settings } from './schema';

const SCHEMAS = new Map<RuleId, z.ZodType>(RULES.map((r) => [r.id, r.settings as z.ZodType]));

function check(path: (string | number)[], rule: RuleId, value: RuleSettings, out: Problem[]): void {
  const schema = SCHEMAS.get(rule);
  if (!schema) return;
  const r = schema.safeParse(value, { reportInput: true });
  if (!r.success) {
    for (const p of zodProblems(r.error)) out.push({ ...p, path: p.path === '$' ? path.join('.') : `${path.join('.')}.${p.path}` });
  }
  // z.object strips unknown keys: a misspelt threshold would be ignored without a word, so name it.
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  if (shape) {
    for (const key of Object.keys(value)) {
      if (!(key in shape))
        out.push({
          path: [...path, key].join('.'),
          message: {
            it: `impostazione sconosciuta per la regola "${rule}" (valide: ${Object.keys(shape).join(', ')})`,
            en: `unknown setting for the rule "${rule}" (valid: ${Object.keys(shape).join(', ')})`,
          },
        });
    }
  }
}

/** Problems of the per-rule settings (defaults and every page), with their JSON paths. */
export function ruleSettingsProblems(s: Settings): Problem[] {
  const out: Problem[] = [];
  for (const [rule, v] of Object.entries(s.defaultRules) as [RuleId, RuleSettings][]) check(['defaultRules', rule], rule, v, out);
  for (const [pid, page] of Object.entries(s.pages))
    for (const [rule, v] of Object.entries(page.rules) as [RuleId, RuleSettings][]) check(['pages', pid, 'rules', rule], rule, v, out);
  return out;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The same checks on a current-version document that failed elsewhere, so one import lists every problem. */
function rawRuleProblems(json: unknown): Problem[] {
  if (!isObj(json) || json.version !== SETTINGS_VERSION) return [];
  const out: Problem[] = [];
  const each = (rules: unknown, path: string[]) => {
    if (!isObj(rules)) return;
    for (const [rule, v] of Object.entries(rules))
      if (SCHEMAS.has(rule as RuleId) && isObj(v) && typeof v.enabled === 'boolean') check([...path, rule], rule as RuleId, v as RuleSettings, out);
  };
  each(json.defaultRules, ['defaultRules']);
  if (isObj(json.pages)) for (const [pid, page] of Object.entries(json.pages)) if (isObj(page)) each(page.rules, ['pages', pid, 'rules']);
  return out;
}

function strict(r: ParseResult, json: unknown): ParseResult {
  if (!r.ok) {
    const seen = new Set(r.problems.map((p) => p.path));
    const extra = rawRuleProblems(json).filter((p) => !seen.has(p.path));
    return extra.length ? { ok: false, problems: [...r.problems, ...extra] } : r;
  }
  const problems = ruleSettingsProblems(r.settings);
  return problems.length ? { ok: false, problems } : r;
}

/** parseSettings plus the rules' own checks: for import, save and the command line. */
export const parseSettingsStrict = (json: unknown): ParseResult => strict(parseSettings(json), json);
export function parseSettingsTextStrict(text: string): ParseResult {
  const r = parseSettingsText(text);
  if (r.ok) return strict(r, null);
  let json: unknown = null;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // a syntax error: nothing more to check
  }
  return strict(r, json);
}
