// Upgrades from every earlier schema version to the current one, with records written in the
// shape that version stored. A new migration must add its own row to OLD_SHAPES.
import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { LOG_DB_VERSION, MIGRATIONS, openLogDb, listDay, handledStateFor, forgetAuthor, hashAuthor } from './db';
import { HandledItemSchema, type HandledItem } from './schema';

const SALT = 's';

async function fullItem(n: number): Promise<HandledItem> {
  return {
    key: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    platform: 'facebook',
    channel: 'comment',
    pageId: 'inps-famiglia',
    pageName: 'INPS per la Famiglia',
    postId: 'p1',
    commentId: `c${n}`,
    permalink: null,
    findings: [
      { rule: 'hate', severity: 'high' },
      { rule: 'insult', severity: 'medium' },
      { rule: 'hate', severity: 'medium' },
    ],
    rules: ['hate', 'insult'],
    topic: null,
    action: 'hidden',
    templateId: null,
    commentTime: '2026-11-20T08:00:00.000Z',
    shownAt: '2026-11-20T08:10:00.000Z',
    handledAt: '2026-11-20T08:11:00.000Z',
    responseMs: 60_000,
    outOfHours: true,
    moderator: 'mod-a',
    excerpt: 'testo [***]',
    authorHash: await hashAuthor('Anna Verdi', SALT),
    day: '2026-11-20',
  };
}

/** What a record looked like when the database was at version v (index v-1). */
const OLD_SHAPES: Record<number, (it: HandledItem) => Record<string, unknown>> = {
  1: ({ rules: _r, pageName: _p, ...rest }) => rest,
  2: (it) => ({ ...it }),
};

test('every earlier version has a record shape in this test', () => {
  for (let v = 1; v < LOG_DB_VERSION; v++) expect(OLD_SHAPES[v], `shape for v${v}`).toBeTypeOf('function');
  expect(MIGRATIONS.length).toBe(LOG_DB_VERSION);
});

describe.each(Array.from({ length: LOG_DB_VERSION - 1 }, (_, i) => i + 1))('upgrade from v%i', (from) => {
  test('keeps every record, backfills fields, creates all indexes', async () => {
    const factory = new IDBFactory();
    const old = await openLogDb(factory, { version: from });
    const originals = await Promise.all([1, 2, 3].map(fullItem));
    const tx = old.idb.transaction('handled', 'readwrite');
    for (const it of originals) await tx.store.put(OLD_SHAPES[from]!(it) as unknown as HandledItem);
    await tx.done;
    old.close();

    const db = await openLogDb(factory);
    expect(db.idb.version).toBe(LOG_DB_VERSION);
    expect([...db.idb.transaction('handled').store.indexNames].sort()).toEqual(
      ['action', 'authorHash', 'commentId', 'day', 'handledAt', 'pageId', 'rule'].sort(),
    );
    const items = await listDay(db, '2026-11-20');
    expect(items).toHaveLength(3);
    for (const it of items) expect(HandledItemSchema.safeParse(it).success).toBe(true);
    expect(items.map((i) => i.rules)).toEqual([['hate', 'insult'], ['hate', 'insult'], ['hate', 'insult']]);
    expect(await db.idb.countFromIndex('handled', 'rule', 'insult')).toBe(3);
    expect(await db.idb.countFromIndex('handled', 'action', 'hidden')).toBe(3);
    expect(Object.keys(await handledStateFor(db, ['c1', 'c2', 'c3']))).toHaveLength(3);
    expect(await forgetAuthor(db, 'Anna Verdi', SALT)).toBe(3);
    db.close();
  });
});

test('opening an already current database changes nothing', async () => {
  const factory = new IDBFactory();
  const a = await openLogDb(factory);
  await a.idb.put('handled', await fullItem(9));
  a.close();
  const b = await openLogDb(factory);
  expect(await b.idb.count('handled')).toBe(1);
});

test('a database created empty at version 1 by a probe (no store) is built from scratch', async () => {
  const factory = new IDBFactory();
  await new Promise<void>((res, rej) => {
    const r = factory.open('galateo-log');
    r.onsuccess = () => {
      r.result.close();
      res();
    };
    r.onerror = () => rej(r.error);
  });
  const db = await openLogDb(factory);
  await db.idb.put('handled', await fullItem(1));
  expect(await db.idb.countFromIndex('handled', 'authorHash', (await fullItem(1)).authorHash!)).toBe(1);
});
