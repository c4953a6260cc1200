// Retry queue for records that could not be written (storage full, worker stopped mid-write, DB
// blocked). Pure logic: the storage is passed in (browser.storage.local in the worker, memory in
// tests). It holds already-redacted HandledItems, never comment text or author names. Writes are
// idempotent by key, so an item flushed twice (worker killed after commit, before dequeue) is
// stored once.
import { z } from 'zod';
import { HandledItemSchema, type HandledItem } from './schema';
import { toUserError } from './errors';
import type { UserError } from '../i18n';

export interface QueuedItem {
  item: HandledItem;
  queuedAt: string;
  attempts: number;
  lastError: string | null;
}

const QueuedItemSchema = z.object({
  item: HandledItemSchema,
  queuedAt: z.string(),
  attempts: z.number().int().nonnegative(),
  lastError: z.string().nullable(),
});

/** Where the queue lives. `load` may return anything (it is validated); `save` gets the whole queue. */
export interface QueueStorage {
  load(): Promise<unknown>;
  save(items: QueuedItem[]): Promise<void>;
}

export function memoryQueueStorage(initial: QueuedItem[] = []): QueueStorage & { data: QueuedItem[] } {
  const s = {
    data: structuredClone(initial),
    async load() {
      return structuredClone(s.data);
    },
    async save(items: QueuedItem[]) {
      s.data = structuredClone(items);
    },
  };
  return s;
}

/** A QueueStorage over a key of a browser.storage-like area (`get(key)` → `{[key]: value}`). */
export function storageAreaQueue(
  area: { get(key: string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> },
  key = 'galateo.log.retryQueue',
): QueueStorage {
  return {
    load: async () => (await area.get(key))[key],
    save: (items) => area.set({ [key]: items }),
  };
}

export interface FlushResult {
  written: number;
  remaining: number;
  /** Entries of the stored queue that failed validation (corrupt storage): reported and dropped. */
  invalid: number;
  error: UserError | null;
}

export function createRetryQueue(storage: QueueStorage) {
  // Serialise every operation: add() during a flush must not be overwritten by the flush's save.
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const p = chain.then(fn, fn);
    chain = p.catch(() => undefined);
    return p;
  };

  async function read(): Promise<{ items: QueuedItem[]; invalid: number }> {
    const raw = await storage.load();
    if (!Array.isArray(raw)) return { items: [], invalid: raw == null ? 0 : 1 };
    const items: QueuedItem[] = [];
    let invalid = 0;
    for (const r of raw) {
      const p = QueuedItemSchema.safeParse(r);
      if (p.success) items.push(p.data);
      else invalid++;
    }
    return { items, invalid };
  }

  return {
    /** Keep records for a later retry (de-duplicated by key). Returns the queue length. */
    add(items: readonly HandledItem[], reason: unknown = null, now = new Date()): Promise<number> {
      return serial(async () => {
        const { items: q } = await read();
        const have = new Set(q.map((e) => e.item.key));
        const lastError = reason == null ? null : toUserError(reason).code;
        for (const item of items) {
          if (have.has(item.key)) continue;
          have.add(item.key);
          q.push({ item, queuedAt: now.toISOString(), attempts: 0, lastError });
        }
        await storage.save(q);
        return q.length;
      });
    },

    list(): Promise<QueuedItem[]> {
      return serial(async () => (await read()).items);
    },

    size(): Promise<number> {
      return serial(async () => (await read()).items.length);
    },

    /**
     * Try to write everything queued with `write` (e.g. `(items) => putItems(db, items)`), in one
     * call. On success the queue is emptied of what was written; on failure nothing is removed
     * and attempts/lastError are updated.
     */
    flush(write: (items: HandledItem[]) => Promise<void>): Promise<FlushResult> {
      return serial(async () => {
        const { items: q, invalid } = await read();
        if (!q.length) {
          if (invalid) await storage.save([]);
          return { written: 0, remaining: 0, invalid, error: null };
        }
        try {
          await write(q.map((e) => e.item));
        } catch (e) {
          const err = toUserError(e);
          await storage.save(q.map((x) => ({ ...x, attempts: x.attempts + 1, lastError: err.code })));
          return { written: 0, remaining: q.length, invalid, error: err };
        }
        await storage.save([]);
        return { written: q.length, remaining: 0, invalid, error: null };
      });
    },
  };
}
export type RetryQueue = ReturnType<typeof createRetryQueue>;
