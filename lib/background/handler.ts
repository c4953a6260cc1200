// Message handling of the background worker: validate, act on the log, answer with data or a UserError.
// Every handled item is first kept in a durable queue (storage.local), then written to IndexedDB:
// if MV3 stops the worker mid-write, or the disk is full, the action is kept and written later.
import browser from 'webextension-polyfill';
import { RequestSchema, type Response } from '../messages';
import { userError } from '../i18n';
import { logDbProvider, buildHandledItem, putItems, handledStateFor, countDay, listDay, purgeOlderThan, type LogDb } from '../log/db';
import { toCsv, toJson, exportFileName } from '../log/export';
import { romeDay } from '../log/time';
import { toUserError } from '../log/errors';
import { createRetryQueue, storageAreaQueue } from '../log/queue';
import { ensureSalt } from '../log/identity';
import type { AnalysisService } from '../analysis/service';

// Reopens after a failed open or a connection closed by a newer version; an open blocked by an old tab
// gives a clear "blocked" error after 5 s instead of waiting for ever.
export const db: () => Promise<LogDb> = logDbProvider(undefined, { blockedTimeoutMs: 5000 });

export const retryQueue = createRetryQueue(storageAreaQueue(browser.storage.local as never));

/** Write everything waiting in the queue (at start-up, before each new write, on the alarm). */
export async function flushQueue() {
  return retryQueue.flush(async (items) => putItems(await db(), items));
}

/** Moderator name, service hours and retention from the settings document (defaults when absent). */
export interface BackgroundSettings {
  moderator: string;
  retentionDays: number;
  serviceHours?: Parameters<typeof buildHandledItem>[1]['serviceHours'];
}
let settingsSource: () => Promise<BackgroundSettings> = async () => ({ moderator: '', retentionDays: 90 });
export function useSettings(source: () => Promise<BackgroundSettings>) {
  settingsSource = source;
}

let analysis: AnalysisService | null = null;
/** The analysis service answering `analyze/*`, `dismissal/*` and `settings/allow-term` (set by the worker's main). */
export function useAnalysis(service: AnalysisService) {
  analysis = service;
}
const noAnalysis = (): Response => ({
  ok: false,
  error: userError('not-ready', 'Il servizio di analisi di Galateo non è pronto: ricarica la pagina.', 'Galateo’s analysis service is not ready: reload the page.'),
});

export async function purgeExpired(now = new Date()): Promise<number> {
  const { retentionDays } = await settingsSource();
  return purgeOlderThan(await db(), retentionDays, now);
}

export async function handleRequest(message: unknown): Promise<Response> {
  const parsed = RequestSchema.safeParse(message);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    return { ok: false, error: userError('bad-request', `Richiesta non valida: ${detail}`, `Invalid request: ${detail}`) };
  }
  const req = parsed.data;
  try {
    switch (req.type) {
      case 'log/handled': {
        const [salt, s] = await Promise.all([ensureSalt(browser.storage.local as never), settingsSource()]);
        const item = await buildHandledItem(req.input, { salt, moderator: s.moderator, serviceHours: s.serviceHours });
        // Write-ahead: durable first, then IndexedDB (the queue write is idempotent by key).
        await retryQueue.add([item]);
        const res = await flushQueue();
        if (res.error) return { ok: false, error: res.error };
        return { ok: true, data: item };
      }
      case 'log/state':
        return { ok: true, data: await handledStateFor(await db(), req.commentIds) };
      case 'log/count':
        return { ok: true, data: await countDay(await db(), req.day ?? romeDay(new Date())) };
      case 'log/export': {
        const day = req.day ?? romeDay(new Date());
        const items = await listDay(await db(), day);
        const { moderator } = await settingsSource();
        const content = req.format === 'csv' ? toCsv(items) : toJson(items, { moderator, from: day, to: day });
        return { ok: true, data: { filename: exportFileName(req.format, day), content, count: items.length } };
      }
      case 'log/flush': {
        const res = await flushQueue();
        return res.error ? { ok: false, error: res.error } : { ok: true, data: res };
      }
      case 'analyze/batch':
        return analysis ? { ok: true, data: await analysis.analyzeBatch(req) } : noAnalysis();
      case 'dismissal/record':
        return analysis ? { ok: true, data: await analysis.dismissal(req) } : noAnalysis();
      case 'settings/allow-term':
        return analysis ? { ok: true, data: await analysis.allowTerm(req) } : noAnalysis();
    }
  } catch (e) {
    return { ok: false, error: toUserError(e) };
  }
}
