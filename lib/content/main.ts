// Wires one platform's content script: settings -> runtime, popup/side-panel queries, single-page navigation.
import browser from 'webextension-polyfill';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlatformAdapter } from '../platforms/types';
import { startRuntime } from './runtime';
import { z } from 'zod';

const TabRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('content/status') }),
  z.object({ type: z.literal('content/flagged') }),
  z.object({ type: z.literal('content/scroll-to'), id: z.string() }),
]);
export type TabRequest = z.infer<typeof TabRequestSchema>;

export function startContent(ctx: ContentScriptContext, adapter: PlatformAdapter): void {
  const controller = new AbortController();
  ctx.onInvalidated(() => controller.abort());
  const runtime = startRuntime({ adapter, doc: document, signal: controller.signal });

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
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  controller.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
}
