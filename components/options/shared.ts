// Shared bits of the options page: UI language, rule metadata from the registry, the edit callback type.
import { uiLang } from '../../lib/i18n';
import { RULE_IDS, type Lang, type Localized, type RuleId } from '../../lib/types';
import { RULES } from '../../lib/rules';
import type { Settings } from '../../lib/settings';

export type Apply = (change: (s: Settings) => Settings) => Promise<boolean>;

export interface SectionProps {
  s: Settings;
  apply: Apply;
  lang: Lang;
}

export const currentLang = (): Lang => uiLang();

/** Text in the UI language. */
export const tr = (l: Localized, lang: Lang): string => l[lang];
export const L = (it: string, en: string): Localized => ({ it, en });

type RuleLike = { id: RuleId; label: Localized; explanation?: Localized; settings?: { safeParse(v: unknown): { success: boolean; data?: unknown; error?: unknown } } };

const byId = new Map<string, RuleLike>((RULES as readonly RuleLike[]).map((r) => [r.id, r]));

/** Fallback labels for rules not yet in the registry. */
const FALLBACK: Record<RuleId, Localized> = {
  vulgarity: L('Volgarità', 'Vulgarity'),
  hate: L('Odio e razzismo', 'Hate'),
  threat: L('Minacce', 'Threats'),
  insult: L('Offese personali', 'Insults'),
  shouting: L('Maiuscolo', 'Shouting'),
  'old-post': L('Post vecchio', 'Old post'),
  'repeated-question': L('Domanda ripetuta', 'Repeated question'),
  advertising: L('Pubblicità', 'Advertising'),
  phishing: L('Truffe e phishing', 'Phishing'),
  'answering-for-us': L('Risponde al posto nostro', 'Answering for us'),
  'personal-data': L('Dati personali', 'Personal data'),
  'personal-case': L('Caso personale', 'Personal case'),
  'off-topic': L('Fuori tema', 'Off topic'),
  'out-of-hours': L('Fuori orario', 'Out of hours'),
  crisis: L('Crisi', 'Crisis'),
};

export const ruleIds = RULE_IDS;
export const ruleLabel = (id: RuleId, lang: Lang): string => (byId.get(id)?.label ?? FALLBACK[id])[lang];
export const ruleExplanation = (id: RuleId, lang: Lang): string | undefined => byId.get(id)?.explanation?.[lang];

/** A rule's full settings (defaults of its schema filled in) for the threshold editor; null if the rule has no schema yet. */
export function ruleSettingsWithDefaults(id: RuleId, stored: Record<string, unknown>): Record<string, unknown> | null {
  const schema = byId.get(id)?.settings;
  if (!schema) return null;
  const r = schema.safeParse(stored);
  return r.success ? (r.data as Record<string, unknown>) : null;
}

/** Does the rule's own schema accept these settings? */
export function ruleSettingsValid(id: RuleId, value: Record<string, unknown>): boolean {
  const schema = byId.get(id)?.settings;
  return schema ? schema.safeParse(value).success : true;
}

export const lines = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter(Boolean);
