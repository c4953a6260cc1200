// Wires one platform's content script: the runtime, the background worker (analysis, log, settings),
// popup/side-panel queries, single-page navigation. No zod, no engine, no settings pack here: the worker
// has them (lib/analysis/service.ts) and validates every message.
import browser from 'webextension-polyfill';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlatformAdapter } from '../platforms/types';
import { startRuntime } from './runtime';
import { send } from '../send';
import { SETTINGS_KEY } from '../settings/key';
import type { Action, Localized } from '../types';
import { LIMITS, type AllowTermReply, type AnalyzeBatchReply } from '../analysis/protocol';
import { sanitizeForDiagnostic } from './diagnostic';

export type TabRequest =
  | { type: 'content/status' }
  | { type: 'content/flagged' }
  | { type: 'content/scroll-to'; id: string }
  | { type: 'content/navigate'; direction: 1 | -1 }
  | { type: 'content/diagnostic' };

/** Messages from the popup, the side panel and the worker's commands; anything else is ignored. */
export function parseTabRequest(m: unknown): TabRequest | null {
  if (!m || typeof m !== 'object') return null;
  const r = m as Record<string, unknown>;
  switch (r.type) {
    case 'content/status':
    case 'content/flagged':
    case 'content/diagnostic':
      return { type: r.type };
    case 'content/scroll-to':
      return typeof r.id === 'string' ? { type: r.type, id: r.id } : null;
    case 'content/navigate':
      return r.direction === 1 || r.direction === -1 ? { type: r.type, direction: r.direction } : null;
    default:
      return null;
  }
}

export function startContent(ctx: ContentScriptContext, adapter: PlatformAdapter): void {
  const controller = new AbortController();
  ctx.onInvalidated(() => controller.abort());

  const runtime = startRuntime({
    adapter,
    doc: document,
    signal: controller.signal,
    analyze: (req) => send<AnalyzeBatchReply>({ type: 'analyze/batch', ...req }),
    logHandled: (input) => send({ type: 'log/handled', input }),
    async handledState(ids) {
      const res = await send<Record<string, { action: Action; handledAt: string }>>({ type: 'log/state', commentIds: ids });
      return res.ok ? res.data : null;
    },
    async onDismissed(pageId, text, analysis) {
      const res = await send<{ term: string; count: number } | null>({ type: 'dismissal/record', pageId, text: text.slice(0, LIMITS.text), findings: analysis.findings });
      return res.ok ? res.data : null;
    },
    async allowTerm(pageId, term) {
      const res = await send<AllowTermReply>({ type: 'settings/allow-term', pageId, term });
      return res.ok ? res.data : { ok: false, message: res.error.message as Localized };
    },
  });

  // Every settings change (options page, popup, another tab) applies at once: everything is analysed again.
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) runtime.settingsChanged();
  };
  browser.storage.onChanged.addListener(onStorage);
  controller.signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onStorage));

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
    const req = parseTabRequest(message);
    if (!req) return undefined;
    switch (req.type) {
      case 'content/status':
        return Promise.resolve(runtime.status());
      case 'content/flagged':
        return Promise.resolve(runtime.flagged());
      case 'content/scroll-to':
        return Promise.resolve(runtime.scrollTo(req.id));
      case 'content/navigate':
        return Promise.resolve(runtime.navigate(req.direction));
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
