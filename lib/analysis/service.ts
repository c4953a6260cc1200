// Analysis in the background worker: the content scripts send the comments they extracted, the worker
// resolves the page's profile from the settings pack, runs the analyzer and picks the reply suggestions.
// Keeping the engine, the lexicons and the settings pack here keeps the content script small and the
// host page's main thread free. Nothing leaves the browser: this runs in the extension's own worker.
import { createAnalyzer, type Analyzer } from '../analyzer';
import { ruleById } from '../rules';
import { detectPageProfile, isPagePaused, resolveAnalyzerProfile, type Settings } from '../settings';
import { suggestReplies, firstName } from '../templates';
import { adaptDirectAnalysis, directPersonalDataAdvice, directProfile } from '../content/direct';
import { allowOnPage, recordDismissal, termsOf, type DismissalStore } from './dismissals';
import type { CommentInput } from '../types';
import type {
  AllowTerm,
  AllowTermReply,
  AnalyzeBatch,
  AnalyzeBatchReply,
  AnalyzedComment,
  DismissalRecord,
  PageState,
  ReplySuggestionWire,
} from './protocol';

/** How many earlier comments of the thread a comment is compared with (repeated questions). */
export const THREAD_CONTEXT = 200;

export interface AnalysisServiceDeps {
  /** The current settings document (cached by the caller; called once per request). */
  settings(): Promise<Settings> | Settings;
  dismissals: DismissalStore;
  /** Apply a change to the stored settings; false when it could not be saved. */
  updateSettings(change: (s: Settings) => Settings): Promise<boolean>;
  now?: () => Date;
}

export function createAnalysisService(deps: AnalysisServiceDeps) {
  // Analyzers are built once per settings document, page profile and channel (regexes compiled once).
  let cacheFor: Settings | null = null;
  const analyzers = new Map<string, Analyzer>();
  const analyzerFor = (s: Settings, pageId: string | null, direct: boolean): Analyzer => {
    if (cacheFor !== s) {
      analyzers.clear();
      cacheFor = s;
    }
    const key = `${pageId ?? ''}\u0000${direct ? 'd' : 'c'}`;
    let a = analyzers.get(key);
    if (!a) {
      const profile = resolveAnalyzerProfile(s, pageId);
      a = createAnalyzer(direct ? directProfile(profile) : profile);
      analyzers.set(key, a);
    }
    return a;
  };

  function pageState(s: Settings, req: Pick<AnalyzeBatch, 'platform' | 'url' | 'page'>): PageState {
    const profile = detectPageProfile(s, {
      platform: req.platform,
      url: req.url,
      pageName: req.page?.name ?? null,
      pageId: req.page?.id ?? null,
    });
    const pageId = profile?.id ?? null;
    return { pageId, pageName: profile?.name ?? req.page?.name ?? null, paused: pageId ? isPagePaused(s, pageId) : false };
  }

  async function analyzeBatch(req: AnalyzeBatch): Promise<AnalyzeBatchReply> {
    const s = await deps.settings();
    const page = pageState(s, req);
    const reply: AnalyzeBatchReply = { page, results: [], ruleLabels: {}, topicLabels: {} };
    if (page.paused) return reply;
    const direct = req.channel === 'direct';
    const analyzer = analyzerFor(s, page.pageId, direct);
    const now = deps.now?.() ?? new Date();
    const inputs: CommentInput[] = req.thread.map((c) => ({ id: c.id, text: c.text, author: c.author, isReply: c.isReply }));
    for (const i of req.items) {
      const c = req.thread[i];
      if (!c) continue;
      const raw = analyzer.analyze(
        {
          id: c.id,
          text: c.text,
          author: c.author,
          platform: req.platform,
          page: page.pageId ?? undefined,
          createdAt: c.createdAt ?? undefined,
          postCreatedAt: req.page?.postTime ?? undefined,
          isReply: c.isReply,
          thread: req.page?.postId ?? undefined,
        },
        { now, thread: inputs.slice(Math.max(0, i - THREAD_CONTEXT), i) },
      );
      const analysis = direct ? adaptDirectAnalysis(raw) : raw;
      let suggestions: ReplySuggestionWire[] = suggestReplies(s, {
        pageId: page.pageId,
        platform: req.platform,
        authorName: c.author,
        findings: analysis.findings,
        topics: analysis.topics,
        lang: req.lang,
      }).map((x) => ({ templateId: x.templateId, text: x.text, reason: x.reason, kind: x.kind }));
      const has = (rule: string) => analysis.findings.some((f) => f.rule === rule);
      // In private, personal data gets advice first; crisis keeps only the escalation note.
      if (direct && has('personal-data') && !has('crisis')) suggestions = [directPersonalDataAdvice(firstName(c.author)), ...suggestions];
      const result: AnalyzedComment = { id: c.id, analysis, suggestions };
      reply.results.push(result);
      for (const f of analysis.findings) reply.ruleLabels[f.rule] ??= ruleById(f.rule)?.label[req.lang] ?? f.rule;
      for (const t of analysis.topics) reply.topicLabels[t] ??= s.topics[t]?.label[req.lang] ?? t;
    }
    return reply;
  }

  async function dismissal(req: DismissalRecord): Promise<{ term: string; count: number } | null> {
    const s = await deps.settings();
    return recordDismissal(deps.dismissals, req.pageId, termsOf(req.text, req.findings), resolveAnalyzerProfile(s, req.pageId).allowlist);
  }

  async function allowTerm(req: AllowTerm): Promise<AllowTermReply> {
    const ok = await deps.updateSettings((s) => allowOnPage(s, req.pageId, req.term)).catch(() => false);
    return ok
      ? { ok: true, message: { it: `«${req.term}» non sarà più segnalato su questa pagina.`, en: `“${req.term}” will no longer be flagged on this page.` } }
      : { ok: false, message: { it: 'Impostazioni non salvate: riprova dalle opzioni.', en: 'Settings not saved: try again from the options page.' } };
  }

  return { analyzeBatch, dismissal, allowTerm };
}

export type AnalysisService = ReturnType<typeof createAnalysisService>;
