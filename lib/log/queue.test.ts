import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { buildHandledItem, openLogDb, putItems, recordHandled, countAll, listDay } from './db';
import { createRetryQueue, memoryQueueStorage, storageAreaQueue } from './queue';
import { LogError, isQuotaError } from './errors';
import { sampleInput } from './testing';
import type { HandledItem } from './schema';

const opts = { moderator: 'm', salt: 's', now: new Date('2026-11-20T10:00:00Z') };
const items = (n: number) => Promise.all(Array.from({ length: n }, (_, i) => buildHandledItem(sampleInput({ commentId: `q${i}` }), opts)));

/** A LogDb whose object store refuses every put with a QuotaExceededError, as a full disk does. */
async function fullDisk() {
  const db = await openLogDb(new IDBFactory());
  const realTx = db.idb.transaction.bind(db.idb);
  (db.idb as { transaction: unknown }).transaction = (...args: Parameters<typeof realTx>) => {
    const tx = realTx(...args);
    tx.done.catch(() => undefined); // idb re-wraps this tx; putItems awaits the outer wrapper's promise
    const store = tx.store as unknown as { put: unknown };
    store.put = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    return tx;
  };
  return db;
}

test('storage full: typed quota error with the item; existing records untouched; queue keeps it; flush later stores it once', async () => {
  const factory = new IDBFactory();
  const good = await openLogDb(factory);
  await recordHandled(good, sampleInput({ commentId: 'existing' }), opts);
  const full = await fullDisk();
  await putItems(full, await items(1)).catch(() => undefined);

  const err = await recordHandled(full, sampleInput({ commentId: 'new' }), opts).catch((e) => e);
  expect(err).toBeInstanceOf(LogError);
  expect(err.code).toBe('quota');
  expect(isQuotaError(err.cause)).toBe(true);
  expect(err.userMessage.it).toMatch(/Spazio di archiviazione esaurito/);
  expect(err.userMessage.en).toMatch(/Storage is full/);
  expect(err.items.map((i: HandledItem) => i.commentId)).toEqual(['new']);
  expect(await countAll(full)).toBe(0); // nothing half-written

  const storage = memoryQueueStorage();
  const queue = createRetryQueue(storage);
  expect(await queue.add(err.items, err)).toBe(1);
  expect(await queue.add(err.items, err)).toBe(1); // de-duplicated
  const failed = await queue.flush((xs) => putItems(full, xs));
  expect(failed).toMatchObject({ written: 0, remaining: 1, error: { code: 'quota' } });
  expect((await queue.list())[0]!.attempts).toBe(1);

  const ok = await queue.flush((xs) => putItems(good, xs));
  expect(ok).toMatchObject({ written: 1, remaining: 0, error: null });
  expect(await queue.size()).toBe(0);
  expect((await listDay(good, '2026-11-20')).map((i) => i.commentId).sort()).toEqual(['existing', 'new']);
});

test('a flush interrupted after the commit (worker killed) does not duplicate on retry', async () => {
  const db = await openLogDb(new IDBFactory());
  const storage = memoryQueueStorage();
  const queue = createRetryQueue(storage);
  await queue.add(await items(3));
  // Simulate: the write committed but the worker died before the queue was saved empty.
  await putItems(db, (await queue.list()).map((q) => q.item));
  const r = await queue.flush((xs) => putItems(db, xs));
  expect(r.written).toBe(3);
  expect(await countAll(db)).toBe(3);
});

test('adds during a flush are not lost', async () => {
  const queue = createRetryQueue(memoryQueueStorage());
  const [a, b] = await items(2);
  await queue.add([a!]);
  let release!: () => void;
  const slow = new Promise<void>((r) => (release = r));
  const flushing = queue.flush(() => slow);
  const adding = queue.add([b!]);
  release();
  await flushing;
  await adding;
  expect((await queue.list()).map((q) => q.item.key)).toEqual([b!.key]);
});

test('corrupt stored entries are reported and dropped, valid ones kept', async () => {
  const [a] = await items(1);
  const storage = memoryQueueStorage();
  storage.data = [{ item: a!, queuedAt: 'x', attempts: 0, lastError: null }, { nonsense: true } as never];
  const queue = createRetryQueue(storage);
  const written: HandledItem[] = [];
  const r = await queue.flush(async (xs) => void written.push(...xs));
  expect(r).toMatchObject({ written: 1, invalid: 1 });
  expect(written.map((w) => w.key)).toEqual([a!.key]);
});

test('storageAreaQueue reads and writes one key of a storage area', async () => {
  const area: Record<string, unknown> = {};
  const storage = storageAreaQueue({
    get: async (k) => ({ [k]: area[k] }),
    set: async (v) => void Object.assign(area, v),
  });
  const queue = createRetryQueue(storage);
  await queue.add(await items(2));
  expect((area['galateo.log.retryQueue'] as unknown[]).length).toBe(2);
  expect(JSON.stringify(area)).not.toContain('Maria Rossi');
});
