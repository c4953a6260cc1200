// Runs the enabled rules of a page profile on one comment. Built once per profile (settings parsed,
// regexes compiled), then called for every comment the content script or the CLI sees.
import { mergeSpans } from './text/redact';
import type { Analysis, AnalyzerProfile, CommentInput, Finding, Lang, RuleId, Span } from './types';
import { severityRank } from './types';
import type { Rule, RuleContext } from './rules/rule';
import { RULES } from './rules/index';
import { detectTopics } from './topics';
import { guessLang } from './lang';
import { fold, phrasesRegExp } from './rules/util/fold';

/** A `now` that means "unknown": time-based rules (old-post without createdAt) then stay silent. */
export const UNKNOWN_NOW: Date = new Date(Number.NaN);

export interface AnalyzeOptions {
  /** Reference time; default: the current time. Pass UNKNOWN_NOW to forbid the wall clock. */
  now?: Date;
  /** Earlier comments of the same thread, in order. */
  thread?: readonly CommentInput[];
}

export interface Analyzer {
  analyze(comment: CommentInput, opts?: AnalyzeOptions): Analysis;
  /** The profile the analyzer was built from. */
  readonly profile: AnalyzerProfile;
}

/** All rules on with their defaults, no page (so off-topic never fires), Mon–Fri 9–16 Europe/Rome. */
export function defaultProfile(): AnalyzerProfile {
  return {
    pageId: null,
    enabledTopics: [],
    allTopics: [],
    rules: {},
    allowlist: [],
    lexiconAdditions: [],
    serviceHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '16:00', holidays: [], timeZone: 'Europe/Rome' },
    allowedDomains: [],
  };
}

interface ActiveRule {
  rule: Rule;
  /**
   * rule.detect, read once: the fifteen rule objects have fifteen shapes, so reading `rule.detect` for
   * each comment was a megamorphic property load before the (unavoidably megamorphic) call. Called
   * as a method of the ActiveRule: a rule's detect must not use `this` (see Rule.detect).
   */
  detect: Rule['detect'];
  id: RuleId;
  settings: { enabled: boolean } & Record<string, unknown>;
}

const EMPTY: readonly CommentInput[] = [];

/** RuleContext whose language guess (and, without a given `now`, the clock) is read only if a rule asks. */
class Context implements RuleContext {
  private guessed: Lang | undefined;
  private clock: Date | undefined;
  constructor(
    readonly profile: AnalyzerProfile,
    given: Date | undefined,
    readonly thread: readonly CommentInput[],
    readonly topics: readonly string[],
    private readonly text: string,
  ) {
    this.clock = given;
  }
  get now(): Date {
    return (this.clock ??= new Date());
  }
  get lang(): Lang {
    return (this.guessed ??= guessLang(this.text));
  }
}

export interface AnalyzerHooks {
  /** A rule threw on a comment: the other rules' findings are kept. Default: console.error once per rule. */
  onRuleError?(rule: RuleId, error: unknown, comment: CommentInput): void;
}

export function createAnalyzer(profile: AnalyzerProfile = defaultProfile(), hooks: AnalyzerHooks = {}): Analyzer {
  const reported = new Set<RuleId>();
  const onRuleError =
    hooks.onRuleError ??
    ((rule: RuleId, error: unknown) => {
      if (reported.has(rule)) return;
      reported.add(rule);
      console.error(`galateo: rule ${rule} failed / la regola ${rule} ha avuto un errore`, error);
    });
  const active: ActiveRule[] = [];
  for (const rule of RULES) {
    // a bad stored setting must not kill the analyzer: fall back to the rule's defaults
    const raw = profile.rules[rule.id as RuleId] ?? {};
    let parsed = rule.settings.safeParse(raw);
    if (!parsed.success) parsed = rule.settings.safeParse({});
    if (!parsed.success) continue;
    const settings = parsed.data as ActiveRule['settings'];
    if (!settings.enabled) continue;
    if (rule.id === 'off-topic' && !profile.pageId) continue;
    active.push({ rule, detect: rule.detect, id: rule.id, settings });
  }
  const allow = phrasesRegExp(profile.allowlist);
  const topics = profile.allTopics;

  function allowSpans(text: string): Span[] {
    if (!allow) return [];
    const f = fold(text);
    const out: Span[] = [];
    allow.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = allow.exec(f))) out.push({ start: m.index, end: m.index + m[0].length });
    return out;
  }

  return {
    profile,
    analyze(comment, opts) {
      const text = comment.text;
      const ctx = new Context(profile, opts?.now, opts?.thread ?? EMPTY, topics.length ? detectTopics(text, topics) : [], text);
      let findings: Finding[] = [];
      const len = text.length;
      for (let r = 0; r < active.length; r++) {
        const a = active[r];
        let out: readonly Finding[];
        try {
          out = a.detect(comment, ctx, a.settings);
        } catch (e) {
          // one broken rule must not hide what the others found
          onRuleError(a.id, e, comment);
          continue;
        }
        for (let i = 0; i < out.length; i++) {
          const f = out[i];
          // evidence must point inside the text (the UI highlights it): drop anything else; overlapping
          // spans are merged so the card quotes each passage once
          let ok = true;
          for (const e of f.evidence) if (!(e.start >= 0 && e.end > e.start && e.end <= len)) ok = false;
          const inside = ok ? f.evidence : f.evidence.filter((e) => e.start >= 0 && e.end > e.start && e.end <= len);
          const merged = inside.length > 1 ? mergeSpans(inside) : inside;
          findings.push(merged === f.evidence ? f : { ...f, evidence: merged });
        }
      }
      if (allow && findings.length) {
        const allowed = allowSpans(text);
        if (allowed.length) {
          const kept: Finding[] = [];
          for (const f of findings) {
            if (f.evidence.length === 0) {
              kept.push(f);
              continue;
            }
            const ev = f.evidence.filter((e) => !allowed.some((a) => a.start < e.end && a.end > e.start));
            if (ev.length) kept.push(ev.length === f.evidence.length ? f : { ...f, evidence: ev });
          }
          findings = kept;
        }
      }
      if (findings.length > 1) findings.sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
      return { id: comment.id, findings, topics: ctx.topics as string[] };
    },
  };
}
