// The rule registry: every netiquette rule, one file each (see DESIGN.md). RULES follows RULE_IDS order.
import { RULE_IDS, type RuleId } from '../types';
import type { Rule } from './rule';
import vulgarity from './vulgarity';
import hate from './hate';
import threat from './threat';
import insult from './insult';
import crisis from './crisis';
import shouting from './shouting';
import oldPost from './old-post';
import repeatedQuestion from './repeated-question';
import advertising from './advertising';
import phishing from './phishing';
import answeringForUs from './answering-for-us';
import personalData from './personal-data';
import personalCase from './personal-case';
import offTopic from './off-topic';
import outOfHours from './out-of-hours';

const ALL = [
  vulgarity,
  hate,
  threat,
  insult,
  shouting,
  oldPost,
  repeatedQuestion,
  advertising,
  phishing,
  answeringForUs,
  personalData,
  personalCase,
  offTopic,
  outOfHours,
  crisis,
] as readonly Rule[];

export const RULES: readonly Rule[] = [...ALL].sort((a, b) => RULE_IDS.indexOf(a.id) - RULE_IDS.indexOf(b.id));

const BY_ID = new Map<RuleId, Rule>(RULES.map((r) => [r.id, r]));

export function ruleById(id: RuleId | string): Rule | undefined {
  return BY_ID.get(id as RuleId);
}
