// Message handling of the background worker: validate, act on the log, answer with data or a UserError.
import browser from 'webextension-polyfill';
import { RequestSchema, type Response } from '../messages';
import { userError } from '../i18n';
import { openLogDb, recordHandled, handledStateFor, countDay, listDay } from '../log/db';
import { toCsv, toJson, exportFileName } from '../log/export';
import { romeDay } from '../log/time';
import type { LogDb } from '../log/db';
import { toUserError } from '../log/errors';

let dbPromise: Promise<LogDb> | null = null;
function db(): Promise<LogDb> {
  dbPromise ??= openLogDb().catch((e) => {
    dbPromise = null; // next request tries again
    throw e;
  });
  return dbPromise;
}

const IDENTITY_KEY = 'galateo:identity';
/** Per-installation salt for author hashes: random, created once, never leaves the browser. */
async function identity(): Promise<{ salt: string; moderator: string }> {
  const got = (await browser.storage.local.get(IDENTITY_KEY))[IDENTITY_KEY] as { salt?: string; moderator?: string } | undefined;
  if (got?.salt) return { salt: got.salt, moderator: got.moderator ?? '' };
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const salt = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  await browser.storage.local.set({ [IDENTITY_KEY]: { salt, moderator: '' } });
  return { salt, moderator: '' };
}

function failure(e: unknown): Response {
  return { ok: false, error: toUserError(e) };
}

export async function handleRequest(message: unknown): Promise<Response> {
  const parsed = RequestSchema.safeParse(message);
  if (!parsed.success) {
    return {
      ok: false,
      error: userError(
        'bad-request',
        `Richiesta non valida: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        `Invalid request: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      ),
    };
  }
  const req = parsed.data;
  try {
    switch (req.type) {
      case 'log/handled': {
        const { salt, moderator } = await identity();
        const now = new Date();
        const item = await recordHandled(await db(), req.input, { salt, moderator, now });
        return { ok: true, data: item };
      }
      case 'log/state':
        return { ok: true, data: await handledStateFor(await db(), req.commentIds) };
      case 'log/count':
        return { ok: true, data: await countDay(await db(), req.day ?? romeDay(new Date())) };
      case 'log/export': {
        const day = req.day ?? romeDay(new Date());
        const items = await listDay(await db(), day);
        const { moderator } = await identity();
        const content = req.format === 'csv' ? toCsv(items) : toJson(items, { moderator, from: day, to: day });
        return { ok: true, data: { filename: exportFileName(req.format, day), content, count: items.length } };
      }
      case 'log/flush':
        return { ok: true, data: null };
    }
  } catch (e) {
    return failure(e);
  }
}
