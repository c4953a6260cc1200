// The rule registry: every netiquette rule, one file each (see DESIGN.md). Order = display order.
import type { RuleId } from '../types';
import type { Rule } from './rule';
import shouting from './shouting';
import personalData from './personal-data';

export const RULES: readonly Rule[] = [shouting, personalData] as readonly Rule[];

const BY_ID = new Map<RuleId, Rule>(RULES.map((r) => [r.id, r]));

export function ruleById(id: RuleId | string): Rule | undefined {
  return BY_ID.get(id as RuleId);
}
