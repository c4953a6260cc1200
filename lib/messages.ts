// The typed protocol between content scripts / extension pages and the background worker.
// Every message is validated with zod on arrival; an unknown or malformed message is refused with a clear error.
import { z } from 'zod';
import browser from 'webextension-polyfill';
import { DayStringSchema as DaySchema, HandledInputSchema } from './log/schema';
import type { UserError } from './i18n';

export const RequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('log/handled'), input: HandledInputSchema }),
  z.object({ type: z.literal('log/state'), commentIds: z.array(z.string()).max(5000) }),
  z.object({ type: z.literal('log/count'), day: DaySchema.optional() }),
  z.object({ type: z.literal('log/export'), day: DaySchema.optional(), format: z.enum(['csv', 'json']) }),
  z.object({ type: z.literal('log/flush') }),
]);
export type Request = z.infer<typeof RequestSchema>;

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
