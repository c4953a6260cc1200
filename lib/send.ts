// Sending a request to the background worker from a content script or an extension page.
// Types only from the protocol: no zod here, the worker validates (lib/messages.ts).
import browser from 'webextension-polyfill';
import type { UserError } from './i18n';
import type { Request } from './messages';

export type Response =
  | { ok: true; data: unknown }
  | { ok: false; error: UserError };

/** Send a request to the background worker; never throws, failures come back as UserError. */
export async function send<T = unknown>(req: Request): Promise<{ ok: true; data: T } | { ok: false; error: UserError }> {
  try {
    const res = (await browser.runtime.sendMessage(req)) as Response | undefined;
    if (!res) {
      return {
        ok: false,
        error: {
          code: 'no-response',
          message: {
            it: 'Il servizio di Galateo non ha risposto. Riprova; se persiste, ricarica la pagina.',
            en: 'Galateo’s background service did not answer. Try again; if it persists, reload the page.',
          },
        },
      };
    }
    return res as { ok: true; data: T } | { ok: false; error: UserError };
  } catch (e) {
    return {
      ok: false,
      error: {
        code: 'send-failed',
        message: {
          it: `Impossibile contattare il servizio di Galateo (${String((e as Error)?.message ?? e)}). Ricarica la pagina e riprova.`,
          en: `Could not reach Galateo’s background service (${String((e as Error)?.message ?? e)}). Reload the page and try again.`,
        },
      },
    };
  }
}
