import { describe, expect, test } from 'vitest';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import {
  CLEAR_ALL_CONFIRMATION,
  LOG_DB_VERSION,
  clearAll,
  countDay,
  createBatchWriter,
  forgetAuthor,
  handledStateFor,
  hashAuthor,
  listDay,
  listDays,
  listRange,
  openLogDb,
  purgeOlderThan,
  recordHandled,
  recordMany,
  buildHandledItem,
  putItems,
  countAll,
  logDbProvider,
} from './db';
import { HandledItemSchema } from './schema';
import { LogError } from './errors';
import { sampleInput } from './testing';

const SALT = 'test-salt';
const opts = (iso: string, moderator = 'mod-a') => ({ moderator, salt: SALT, now: new Date(iso) });

async function fresh() {
  return openLogDb(new IDBFactory());
}

describe('recordHandled', () => {
  test('stores a privacy-safe, valid record and awaits the commit', async () => {
    const db = await fresh();
    const item = await recordHandled(
      db,
      sampleInput({ text: 'Scrivetemi a mario.rossi@example.com o al 333 1234567, sono Maria Rossi', author: 'Maria Rossi' }),
      opts('2026-11-20T09:02:30Z'),
    );
    expect(HandledItemSchema.safeParse(item).success).toBe(true);
    expect(item.day).toBe('2026-11-20');
    expect(item.responseMs).toBe(150_000);
    expect(item.outOfHours).toBe(false); // 09:30 Rome on a Friday
    expect(item.excerpt).not.toContain('example.com');
    expect(item.excerpt).not.toContain('1234567');
    expect(item.excerpt).not.toMatch(/maria|rossi/i);
    expect(item.authorHash).toBe(await hashAuthor('Maria Rossi', SALT));
    expect(JSON.stringify(item)).not.toMatch(/Maria|Rossi/);
    expect(item).not.toHaveProperty('text');
    expect(item).not.toHaveProperty('author');
    // committed: a second connection sees it
    const stored = await listDay(db, '2026-11-20');
    expect(stored).toEqual([item]);
  });

  test('the Rome day differs from the UTC day around midnight', async () => {
    const db = await fresh();
    const item = await recordHandled(db, sampleInput(), opts('2026-11-20T23:30:00Z'));
    expect(item.day).toBe('2026-11-21');
    const summer = await recordHandled(db, sampleInput({ commentId: 'c-2' }), opts('2026-07-20T22:30:00Z'));
    expect(summer.day).toBe('2026-07-21');
  });

  test.each([
    ['comment on Saturday', '2026-11-21T10:00:00Z', true],
    ['comment at 08:59 Rome', '2026-11-20T07:59:00Z', true],
    ['comment at 15:59 Rome', '2026-11-20T14:59:00Z', false],
    ['comment at 16:00 Rome', '2026-11-20T15:00:00Z', true],
  ])('out of hours: %s', async (_n, commentTime, expected) => {
    const db = await fresh();
    const item = await recordHandled(db, sampleInput({ commentTime }), opts('2026-11-23T09:00:00Z'));
    expect(item.outOfHours).toBe(expected);
  });

  test('odd timestamps never lose the action: normalised when readable, unknown otherwise', async () => {
    const db = await fresh();
    const a = await recordHandled(db, sampleInput({ commentTime: '2026-11-20T06:15Z', shownAt: '2026-11-20T10:00:00+01:00' }), opts('2026-11-20T09:01:00Z'));
    expect(a.commentTime).toBe('2026-11-20T06:15:00.000Z');
    expect(a.shownAt).toBe('2026-11-20T09:00:00.000Z');
    expect(a.responseMs).toBe(60_000);
    const b = await recordHandled(db, sampleInput({ commentId: 'c-2', commentTime: 'ieri', shownAt: 'boh' }), opts('2026-11-20T09:01:00Z'));
    expect(b).toMatchObject({ commentTime: null, outOfHours: null, responseMs: null, shownAt: '2026-11-20T09:01:00.000Z' });
    expect(HandledItemSchema.safeParse(b).success).toBe(true);
  });

  test('invalid input is refused with a typed error and nothing is written', async () => {
    const db = await fresh();
    const bad = { ...sampleInput(), action: 'liked' } as unknown as Parameters<typeof recordHandled>[1];
    const err = await recordHandled(db, bad, opts('2026-11-20T10:00:00Z')).catch((e) => e);
    expect(err).toBeInstanceOf(LogError);
    expect(err.code).toBe('invalid');
    expect(err.userMessage.it).toMatch(/non validi/);
    expect(await countAll(db)).toBe(0);
  });
});

describe('queries', () => {
  test('re-marking a comment keeps history, state is the latest, count is distinct', async () => {
    const db = await fresh();
    await recordHandled(db, sampleInput({ action: 'hidden' }), opts('2026-11-20T10:00:00Z'));
    await recordHandled(db, sampleInput({ action: 'deleted' }), opts('2026-11-20T10:05:00Z'));
    await recordHandled(db, sampleInput({ commentId: 'c-2', action: 'replied' }), opts('2026-11-20T10:06:00Z'));
    expect(await listDay(db, '2026-11-20')).toHaveLength(3);
    expect(await countDay(db, '2026-11-20')).toBe(2);
    const state = await handledStateFor(db, ['c-1', 'c-2', 'c-unknown']);
    expect(state).toEqual({
      'c-1': { action: 'deleted', handledAt: '2026-11-20T10:05:00.000Z' },
      'c-2': { action: 'replied', handledAt: '2026-11-20T10:06:00.000Z' },
    });
  });

  test('filters by page, rule and action; range is inclusive; days listed newest first', async () => {
    const db = await fresh();
    await recordHandled(db, sampleInput({ commentId: 'a' }), opts('2026-11-18T10:00:00Z'));
    await recordHandled(db, sampleInput({ commentId: 'b', pageId: 'other', findings: [{ rule: 'hate', severity: 'high' }] }), opts('2026-11-19T10:00:00Z'));
    await recordHandled(db, sampleInput({ commentId: 'c', action: 'dismissed' }), opts('2026-11-20T10:00:00Z'));
    await recordHandled(db, sampleInput({ commentId: 'd' }), opts('2026-11-21T10:00:00Z'));
    expect((await listRange(db, '2026-11-19', '2026-11-20')).map((i) => i.commentId)).toEqual(['b', 'c']);
    expect((await listRange(db, '2026-11-01', '2026-11-30', { pageId: 'other' })).map((i) => i.commentId)).toEqual(['b']);
    expect((await listRange(db, '2026-11-01', '2026-11-30', { rule: 'vulgarity' })).map((i) => i.commentId)).toEqual(['a', 'c', 'd']);
    expect((await listRange(db, '2026-11-01', '2026-11-30', { action: 'dismissed' })).map((i) => i.commentId)).toEqual(['c']);
    expect(await listDay(db, '2026-11-20', { action: 'hidden' })).toEqual([]);
    expect(await listDays(db)).toEqual(['2026-11-21', '2026-11-20', '2026-11-19', '2026-11-18']);
  });
});

describe('writes', () => {
  test('recordMany writes in one transaction; putItems is idempotent by key', async () => {
    const db = await fresh();
    const items = await recordMany(
      db,
      Array.from({ length: 50 }, (_, i) => sampleInput({ commentId: `c${i}` })),
      opts('2026-11-20T10:00:00Z'),
    );
    await putItems(db, items.slice(0, 10)); // a retried batch
    expect(await countAll(db)).toBe(50);
  });

  test('batch writer coalesces writes and resolves each after commit', async () => {
    const db = await fresh();
    const writer = createBatchWriter(db, { maxBatch: 7, maxDelayMs: 5 });
    const items = await Promise.all(
      Array.from({ length: 30 }, (_, i) => buildHandledItem(sampleInput({ commentId: `c${i}` }), opts('2026-11-20T10:00:00Z'))),
    );
    await Promise.all(items.map((it) => writer.write(it)));
    expect(writer.pending).toBe(0);
    expect(await countAll(db)).toBe(30);
  });
});

describe('privacy operations', () => {
  test('purgeOlderThan keeps the last N days and refuses nonsense', async () => {
    const db = await fresh();
    await recordHandled(db, sampleInput({ commentId: 'old' }), opts('2026-08-01T10:00:00Z'));
    await recordHandled(db, sampleInput({ commentId: 'edge' }), opts('2026-08-22T10:00:00Z'));
    await recordHandled(db, sampleInput({ commentId: 'new' }), opts('2026-11-19T10:00:00Z'));
    for (const bad of [0, -1, Number.NaN, 1.5]) {
      await expect(purgeOlderThan(db, bad, new Date('2026-11-20T10:00:00Z'))).rejects.toMatchObject({ code: 'invalid' });
    }
    expect(await countAll(db)).toBe(3);
    // 90 days before 2026-11-20 is 2026-08-22: kept; 2026-08-01 purged.
    expect(await purgeOlderThan(db, 90, new Date('2026-11-20T10:00:00Z'))).toBe(1);
    expect((await listRange(db, '2026-01-01', '2026-12-31')).map((i) => i.commentId)).toEqual(['edge', 'new']);
  });

  test('forgetAuthor removes only that author (any casing/spacing of the name)', async () => {
    const db = await fresh();
    await recordHandled(db, sampleInput({ commentId: 'a', author: 'Maria Rossi' }), opts('2026-11-20T10:00:00Z'));
    await recordHandled(db, sampleInput({ commentId: 'b', author: 'Luca Bianchi' }), opts('2026-11-20T10:00:00Z'));
    await recordHandled(db, sampleInput({ commentId: 'c', author: 'maria  rossi' }), opts('2026-11-20T10:00:00Z'));
    await recordHandled(db, sampleInput({ commentId: 'd', author: null }), opts('2026-11-20T10:00:00Z'));
    expect(await forgetAuthor(db, ' MARIA ROSSI ', SALT)).toBe(2);
    expect((await listDay(db, '2026-11-20')).map((i) => i.commentId).sort()).toEqual(['b', 'd']);
    expect(await forgetAuthor(db, 'Maria Rossi', 'another-salt')).toBe(0);
    await expect(forgetAuthor(db, '  ', SALT)).rejects.toMatchObject({ code: 'invalid' });
  });

  test('clearAll needs the exact confirmation phrase', async () => {
    const db = await fresh();
    await recordHandled(db, sampleInput(), opts('2026-11-20T10:00:00Z'));
    for (const token of ['', 'yes', 'cancella tutto', `${CLEAR_ALL_CONFIRMATION} `]) {
      await expect(clearAll(db, token)).rejects.toMatchObject({ code: 'confirm' });
    }
    expect(await countAll(db)).toBe(1);
    expect(await clearAll(db, CLEAR_ALL_CONFIRMATION)).toBe(1);
    expect(await countAll(db)).toBe(0);
  });
});

describe('connections', () => {
  test('an old connection closes itself on versionchange and later calls say "closed"', async () => {
    const factory = new IDBFactory();
    let notified = false;
    const old = await openLogDb(factory, { version: LOG_DB_VERSION - 1, onVersionChange: () => (notified = true) });
    const db = await openLogDb(factory);
    expect(notified).toBe(true);
    expect(old.closed).toBe(true);
    await expect(listDay(old, '2026-11-20')).rejects.toMatchObject({ code: 'closed' });
    expect(await listDay(db, '2026-11-20')).toEqual([]);
  });

  test('logDbProvider opens once, reuses, and reopens a closed connection', async () => {
    const get = logDbProvider(new IDBFactory());
    const a = await get();
    expect(await get()).toBe(a);
    a.close();
    const b = await get();
    expect(b).not.toBe(a);
    expect(b.closed).toBe(false);
    expect(await countAll(b)).toBe(0);
  });

  test('an upgrade blocked by a connection that does not close surfaces "blocked"', async () => {
    const factory = new IDBFactory();
    // A raw connection at v1 that ignores versionchange (an old tab of an old Galateo).
    const raw = await new Promise<IDBDatabase>((res, rej) => {
      const r = factory.open('galateo-log', 1);
      r.onupgradeneeded = () => r.result.createObjectStore('handled', { keyPath: 'key' });
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    let blocked = 0;
    const err = await openLogDb(factory, { onBlocked: () => blocked++, blockedTimeoutMs: 50 }).catch((e) => e);
    expect(blocked).toBe(1);
    expect(err).toBeInstanceOf(LogError);
    expect(err.code).toBe('blocked');
    raw.close();
  });
});
