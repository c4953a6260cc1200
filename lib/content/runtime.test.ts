// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://www.facebook.com/galateo.fixture/posts/pfbid0fixture2025" }
// The content runtime on a real fixture with the real worker-side service in-process: batching, drawing,
// pause, a failing worker. (The same path runs in Chromium in tests/browser/.)
import { afterEach, describe, expect, test, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startRuntime, type BatchRequest } from './runtime';
import { facebookAdapter } from '../platforms/facebook';
import { createAnalysisService } from '../analysis/service';
import { defaultSettings, type Settings } from '../settings';
import { assignPage, setPagePaused } from '../settings/profile';
import type { AnalyzeBatchReply } from '../analysis/protocol';
import { RequestSchema } from '../messages';

const html = readFileSync(join(import.meta.dirname, '../../tests/fixtures/dom/facebook-post-loggedout-en-2025.html'), 'utf8');

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
  document.body.innerHTML = '';
});

function setup(opts: { fail?: () => boolean; settings?: () => Settings; edit?: (doc: Document) => void } = {}) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  opts.edit?.(document);
  const settings = opts.settings ?? (() => defaultSettings());
  const svc = createAnalysisService({ settings, dismissals: { load: async () => undefined, save: async () => {} }, updateSettings: async () => true });
  const requests: BatchRequest[] = [];
  const runtime = startRuntime({
    adapter: facebookAdapter,
    doc: document,
    async analyze(req) {
      requests.push(req);
      if (opts.fail?.()) return { ok: false, error: { message: { it: 'servizio fermo', en: 'service stopped' } } };
      // what the worker does first: validate the request
      const valid = RequestSchema.safeParse({ type: 'analyze/batch', ...req });
      if (!valid.success || valid.data.type !== 'analyze/batch') return { ok: false, error: { message: { it: 'richiesta non valida', en: 'invalid request' } } };
      return { ok: true, data: (await svc.analyzeBatch(valid.data)) as AnalyzeBatchReply };
    },
    logHandled: async () => ({ ok: true }),
    handledState: async () => ({}),
  });
  stop = runtime.stop;
  const hosts = () => document.querySelectorAll('galateo-comment').length;
  return { runtime, requests, hosts };
}

describe('content runtime', () => {
  test('every comment is sent once, with its text, and gets a badge', async () => {
    const { runtime, requests, hosts } = setup();
    await vi.waitFor(() => expect(hosts()).toBe(10), { timeout: 5000 });
    const sent = requests.flatMap((r) => r.items.map((i) => r.thread[i].id));
    expect(new Set(sent).size).toBe(10);
    expect(sent.length).toBe(10);
    for (const r of requests) expect(r.items.length).toBeLessThanOrEqual(100);
    expect(runtime.status()).toMatchObject({ platform: 'facebook', comments: 10, analysisError: null });
    // A later scan with nothing new sends nothing.
    const before = requests.length;
    runtime.rescan();
    await new Promise((r) => setTimeout(r, 400));
    expect(requests.length).toBe(before);
  });

  test('a paused page loses its badges; the pause is lifted and they come back', async () => {
    let s = defaultSettings();
    const { runtime, hosts } = setup({ settings: () => s });
    await vi.waitFor(() => expect(hosts()).toBe(10), { timeout: 5000 });
    // The fixture's page is no profile of the pack: assign it the way the popup's picker does, then pause it.
    const page = runtime.status().page!;
    s = setPagePaused(assignPage(s, 'inps-per-la-famiglia', page), 'inps-per-la-famiglia', true);
    runtime.settingsChanged();
    await vi.waitFor(() => expect(hosts()).toBe(0), { timeout: 5000 });
    expect(runtime.status()).toMatchObject({ paused: true, pageId: 'inps-per-la-famiglia', comments: 0 });
    s = setPagePaused(s, 'inps-per-la-famiglia', false);
    runtime.settingsChanged();
    await vi.waitFor(() => expect(hosts()).toBe(10), { timeout: 5000 });
  });

  test('an absurdly long comment is cut to the worker\'s limit, not refused with its whole batch', async () => {
    const { requests, hosts } = setup({
      edit: (doc) => {
        const text = facebookAdapter.findComments(doc)[0].textElement!;
        text.textContent = 'che merda '.repeat(30_000); // 300,000 characters
      },
    });
    // (20,000 highlighted words in happy-dom take ~5 s on a loaded 2-core machine: this test is about
    // the cut, not about speed, which lives in the benchmarks)
    await vi.waitFor(() => expect(hosts()).toBe(10), { timeout: 25_000 });
    const longest = Math.max(...requests.flatMap((r) => r.thread.map((c) => c.text.length)));
    expect(longest).toBe(200_000);
  }, 30_000);

  test('a worker that cannot answer is reported in the status, and Galateo retries by itself', async () => {
    let down = true;
    const { runtime, hosts } = setup({ fail: () => down });
    await vi.waitFor(() => expect(runtime.status().analysisError?.en).toBe('service stopped'), { timeout: 5000 });
    expect(hosts()).toBe(0);
    down = false;
    await vi.waitFor(() => expect(hosts()).toBe(10), { timeout: 8000 });
    expect(runtime.status().analysisError).toBeNull();
  });
});
