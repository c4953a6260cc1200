// Wires one platform's content script: settings -> runtime, popup/side-panel queries, single-page navigation.
import browser from 'webextension-polyfill';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { z } from 'zod';
import type { PlatformAdapter } from '../platforms/types';
import { startRuntime, type ResolvedPage } from './runtime';
import { defaultSettings, detectPageProfile, isPagePaused, resolveAnalyzerProfile, type Settings } from '../settings';
import { loadSettings, updateSettings, watchSettings } from '../settings/storage';
import { allowOnPage, recordDismissal, termsOf, type DismissalStore } from './dismissals';
import { suggestReplies } from '../templates';
import { uiLang } from '../i18n';
import { sanitizeForDiagnostic } from './diagnostic';

const DISMISSALS_KEY = 'galateo:dismissals';
const dismissalStore: DismissalStore = {
  load: async () => (await browser.storage.local.get(DISMISSALS_KEY))[DISMISSALS_KEY],
  save: (v) => browser.storage.local.set({ [DISMISSALS_KEY]: v }),
};

const TabRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('content/status') }),
  z.object({ type: z.literal('content/flagged') }),
  z.object({ type: z.literal('content/scroll-to'), id: z.string() }),
  z.object({ type: z.literal('content/navigate'), direction: z.union([z.literal(1), z.literal(-1)]) }),
  z.object({ type: z.literal('content/diagnostic') }),
]);
export type TabRequest = z.infer<typeof TabRequestSchema>;

export function startContent(ctx: ContentScriptContext, adapter: PlatformAdapter): void {
  const controller = new AbortController();
  ctx.onInvalidated(() => controller.abort());
  const lang = uiLang();
  let settings: Settings = defaultSettings();
  let cache: { settings: Settings; key: string; value: ResolvedPage } | null = null;

  const runtime = startRuntime({
    adapter,
    doc: document,
    signal: controller.signal,
    resolve(page): ResolvedPage {
      // Cached per settings document and page: every full scan asks again.
      const key = `${location.href}\u0000${page?.name ?? ''}\u0000${page?.id ?? ''}`;
      if (cache && cache.settings === settings && cache.key === key) return cache.value;
      const profile = detectPageProfile(settings, {
        platform: adapter.platform,
        url: location.href,
        pageName: page?.name ?? null,
        pageId: page?.id ?? null,
      });
      const pageId = profile?.id ?? null;
      const value: ResolvedPage = {
        pageId,
        pageName: profile?.name ?? page?.name ?? null,
        profile: resolveAnalyzerProfile(settings, pageId),
        paused: pageId ? isPagePaused(settings, pageId) : false,
      };
      cache = { settings, key, value };
      return value;
    },
    suggest: (pageId, c, a) =>
      suggestReplies(settings, { pageId, platform: adapter.platform, authorName: c.author, findings: a.findings, topics: a.topics, lang }),
    topicLabel: (id) => settings.topics[id]?.label[lang] ?? id,
    onDismissed: (pageId, text, analysis) =>
      recordDismissal(dismissalStore, pageId, termsOf(text, analysis.findings), resolveAnalyzerProfile(settings, pageId).allowlist),
    async allowTerm(pageId, term) {
      const res = await updateSettings((s) => allowOnPage(s, pageId, term));
      return res.ok
        ? { ok: true, message: { it: `«${term}» non sarà più segnalato su questa pagina.`, en: `“${term}” will no longer be flagged on this page.` } }
        : { ok: false, message: { it: 'Impostazioni non salvate: riprova dalle opzioni.', en: 'Settings not saved: try again from the options page.' } };
    },
  });

  // The stored settings replace the defaults as soon as they are read, and every later change applies at once.
  void loadSettings().then((r) => {
    settings = r.settings;
    runtime.rescan();
  });
  const unwatch = watchSettings((s) => {
    settings = s;
    runtime.rescan();
  });
  controller.signal.addEventListener('abort', unwatch);

  // Alt+Shift+J / K move between flagged comments (the same keys are also extension `commands`, configurable
  // in the browser; when the browser handles them the page never sees the keystroke, so nothing runs twice).
  ctx.addEventListener(
    document,
    'keydown',
    (ev: KeyboardEvent) => {
      if (!ev.altKey || !ev.shiftKey || ev.ctrlKey || ev.metaKey) return;
      const k = ev.code === 'KeyJ' ? 1 : ev.code === 'KeyK' ? -1 : 0;
      if (!k) return;
      ev.preventDefault();
      runtime.navigate(k);
    },
    { capture: true },
  );

  // Single-page navigation: the page (and its profile) may have changed.
  ctx.addEventListener(window, 'wxt:locationchange', () => runtime.rescan());

  const onMessage = (message: unknown) => {
    const req = TabRequestSchema.safeParse(message);
    if (!req.success) return undefined;
    switch (req.data.type) {
      case 'content/status':
        return Promise.resolve(runtime.status());
      case 'content/flagged':
        return Promise.resolve(runtime.flagged());
      case 'content/scroll-to':
        return Promise.resolve(runtime.scrollTo(req.data.id));
      case 'content/navigate':
        return Promise.resolve(runtime.navigate(req.data.direction));
      case 'content/diagnostic': {
        const names = adapter.findComments(document).map((c) => c.author);
        const st = runtime.status();
        if (st.page?.name) names.push(st.page.name);
        const html = `<!doctype html>\n<!-- Galateo diagnostic page: ${adapter.platform}, ${new Date().toISOString()}, ${st.comments} comments extracted, unrecognised=${st.unrecognised}. Personal content replaced. -->\n<html>${sanitizeForDiagnostic(document.body, names)}</html>`;
        return Promise.resolve({ filename: `galateo-diagnostic_${adapter.platform}_${new Date().toISOString().slice(0, 10)}.html`, html });
      }
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  controller.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
}
