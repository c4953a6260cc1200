// The moderation log database (IndexedDB through idb), owned by the background worker; extension
// pages (dashboard) open it too. Every write awaits its transaction's completion before resolving,
// so "saved" means committed. Async work (hashing) happens BEFORE a transaction opens: awaiting a
// non-IDB promise inside a transaction would let it auto-commit early.
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { EXPORT_SCHEMA_VERSION, HandledInputSchema, HandledItemSchema } from './schema';
import type { Action, HandledInput, HandledItem, LogFilter } from './schema';
import { LogError, isQuotaError } from './errors';
import { redactExcerpt } from './redact';
import { romeDay, isWithinServiceHours, addDays, DEFAULT_SERVICE_HOURS, type ServiceHours } from './time';
import type { RuleId } from '../types';

export const LOG_DB_NAME = 'galateo-log';
export const STORE = 'handled';
/** Default retention of records, in days (configurable in settings). */
export const DEFAULT_RETENTION_DAYS = 90;
/** The exact phrase `clearAll` requires; the dashboard asks the moderator to type it. */
export const CLEAR_ALL_CONFIRMATION = 'CANCELLA TUTTO';

export interface LogDbSchema extends DBSchema {
  handled: {
    key: string;
    value: HandledItem;
    indexes: {
      day: string;
      commentId: string;
      pageId: string;
      rule: string;
      action: string;
      handledAt: string;
      authorHash: string;
    };
  };
}

type UpgradeTx = IDBPTransaction<LogDbSchema, ['handled'], 'versionchange'>;
type Migration = (db: IDBPDatabase<LogDbSchema>, tx: UpgradeTx) => void | Promise<void>;

/**
 * Migrations, index i brings the database from version i to version i + 1.
 * Append only: never edit a released step. Each step is tested from every earlier version.
 */
export const MIGRATIONS: readonly Migration[] = [
  // v1: the store, keyed by the record's UUID; day and comment indexes.
  (db) => {
    const store = db.createObjectStore(STORE, { keyPath: 'key' });
    store.createIndex('day', 'day');
    store.createIndex('commentId', 'commentId');
  },
  // v2: page, rule (multiEntry over `rules`), action and handledAt indexes. v1 records had no
  // `rules` (derived from findings) and no `pageName`: backfill both.
  async (_db, tx) => {
    const store = tx.objectStore(STORE);
    store.createIndex('pageId', 'pageId');
    store.createIndex('rule', 'rules', { multiEntry: true });
    store.createIndex('action', 'action');
    store.createIndex('handledAt', 'handledAt');
    for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
      const v = cursor.value as HandledItem & { rules?: RuleId[]; pageName?: string | null };
      if (!Array.isArray(v.rules) || v.pageName === undefined) {
        await cursor.update({ ...v, rules: v.rules ?? uniqueRules(v.findings ?? []), pageName: v.pageName ?? null });
      }
    }
  },
  // v3: authorHash index, for "forget this author" (right to be forgotten).
  (_db, tx) => {
    tx.objectStore(STORE).createIndex('authorHash', 'authorHash');
  },
];
export const LOG_DB_VERSION = MIGRATIONS.length;

export interface LogDb {
  readonly idb: IDBPDatabase<LogDbSchema>;
  readonly name: string;
  /** True once closed (by `close()` or because a newer version asked for the database). */
  readonly closed: boolean;
  close(): void;
}

export interface OpenLogDbOptions {
  name?: string;
  /** Another connection (an old tab) keeps the database open at an older version. */
  onBlocked?: () => void;
  /** Give up with LogError('blocked') after this many ms of being blocked (default: keep waiting). */
  blockedTimeoutMs?: number;
  /** This connection was closed because a newer version of Galateo opened the database. */
  onVersionChange?: () => void;
  /** Open at an earlier version (tests of migrations only). */
  version?: number;
}

/** Open (creating or upgrading) the log database. `factory` defaults to the global indexedDB. */
export function openLogDb(factory?: IDBFactory, opts: OpenLogDbOptions = {}): Promise<LogDb> {
  const f = factory ?? globalThis.indexedDB;
  const name = opts.name ?? LOG_DB_NAME;
  const version = opts.version ?? LOG_DB_VERSION;
  if (!f) return Promise.reject(new Error('IndexedDB is not available'));
  return new Promise<LogDb>((resolve, reject) => {
    const request = f.open(name, version);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let gaveUp = false;
    request.onupgradeneeded = (event) => {
      const db = wrap(request.result) as IDBPDatabase<LogDbSchema>;
      const tx = wrap(request.transaction!) as unknown as UpgradeTx;
      runMigrations(db, tx, event.oldVersion, event.newVersion ?? version).catch((e) => {
        // Abort the upgrade: the database stays at its old version with all its records.
        try {
          tx.abort();
        } catch {
          /* already finished */
        }
        reject(e);
      });
    };
    request.onblocked = () => {
      opts.onBlocked?.();
      if (opts.blockedTimeoutMs !== undefined && !timer) {
        timer = setTimeout(() => {
          gaveUp = true;
          reject(new LogError('blocked'));
        }, opts.blockedTimeoutMs);
      }
    };
    request.onerror = () => {
      if (timer) clearTimeout(timer);
      reject(request.error ?? new Error('open failed'));
    };
    request.onsuccess = () => {
      if (timer) clearTimeout(timer);
      const raw = request.result;
      if (gaveUp) {
        raw.close();
        return;
      }
      let closed = false;
      const handle: LogDb = {
        idb: wrap(raw) as IDBPDatabase<LogDbSchema>,
        name,
        get closed() {
          return closed;
        },
        close() {
          closed = true;
          raw.close();
        },
      };
      // A newer Galateo (after an update) wants to upgrade: step aside instead of blocking it.
      raw.onversionchange = () => {
        handle.close();
        opts.onVersionChange?.();
      };
      raw.onclose = () => {
        closed = true;
      };
      resolve(handle);
    };
  });
}

/**
 * A lazily opened, self-healing connection for long-lived callers (the background worker): the
 * database is opened on first use, and opened again if the connection was closed (versionchange,
 * browser closing it) or the last attempt failed.
 */
export function logDbProvider(factory?: IDBFactory, opts: OpenLogDbOptions = {}): () => Promise<LogDb> {
  let current: Promise<LogDb> | null = null;
  return async () => {
    if (current) {
      const db = await current.catch(() => null);
      if (db && !db.closed) return db;
    }
    current = openLogDb(factory, opts);
    return current;
  };
}

async function runMigrations(db: IDBPDatabase<LogDbSchema>, tx: UpgradeTx, from: number, to: number): Promise<void> {
  // A database created empty by someone else (e.g. `indexedDB.open('galateo-log')` without a
  // version, as a test probe does) has a version but no store: build it from scratch.
  if (from > 0 && !db.objectStoreNames.contains(STORE)) from = 0;
  for (let v = from; v < to; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from version ${v}`);
    await step(db, tx);
  }
}

function live(db: LogDb): IDBPDatabase<LogDbSchema> {
  if (db.closed) throw new LogError('closed');
  return db.idb;
}

export function uniqueRules(findings: readonly { rule: RuleId }[]): RuleId[] {
  return [...new Set(findings.map((f) => f.rule))];
}

// ---------------------------------------------------------------- building a record

export interface RecordOptions {
  moderator: string;
  /** Secret salt of this installation/team for author hashes (never exported). */
  salt: string;
  now?: Date;
  /** Whether the comment arrived out of hours; computed from commentTime and serviceHours if omitted. */
  outOfHours?: boolean;
  serviceHours?: ServiceHours;
}

/** Normalise an author's display name so the same person hashes the same way. */
export function normaliseAuthor(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Hex SHA-256 of salt + NUL + normalised name (Web Crypto: worker, pages and Node 20). */
export async function hashAuthor(name: string, salt: string): Promise<string> {
  const data = new TextEncoder().encode(`${salt}\u0000${normaliseAuthor(name)}`);
  const digest = await globalThis.crypto.subtle.digest('SHA-256', data);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Validate the input and turn it into the privacy-safe stored record (no DB access). */
export async function buildHandledItem(input: HandledInput, opts: RecordOptions): Promise<HandledItem> {
  const parsed = HandledInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LogError('invalid', `${issue?.path.join('.') || 'input'}: ${issue?.message ?? 'invalid'}`);
  }
  const inp = parsed.data;
  const now = opts.now ?? new Date();
  const shown = Date.parse(inp.shownAt);
  const shownOk = Number.isFinite(shown);
  const responseMs = shownOk ? Math.max(0, Math.round(now.getTime() - shown)) : null;
  const commentMs = inp.commentTime ? Date.parse(inp.commentTime) : Number.NaN;
  const commentTime = Number.isFinite(commentMs) ? new Date(commentMs).toISOString() : null;
  const outOfHours =
    opts.outOfHours ??
    (commentTime ? !isWithinServiceHours(new Date(commentTime), opts.serviceHours ?? DEFAULT_SERVICE_HOURS) : null);
  const author = inp.author?.trim() ? inp.author : null;
  return {
    key: globalThis.crypto.randomUUID(),
    platform: inp.platform,
    channel: inp.channel,
    pageId: inp.pageId,
    pageName: inp.pageName ?? null,
    postId: inp.postId,
    commentId: inp.commentId,
    permalink: inp.permalink,
    findings: inp.findings.map((f) => ({ rule: f.rule, severity: f.severity })),
    rules: uniqueRules(inp.findings),
    topic: inp.topic,
    action: inp.action,
    templateId: inp.templateId,
    commentTime,
    shownAt: shownOk ? new Date(shown).toISOString() : now.toISOString(),
    handledAt: now.toISOString(),
    responseMs,
    outOfHours,
    moderator: opts.moderator,
    excerpt: redactExcerpt(inp.text, { author }),
    authorHash: author ? await hashAuthor(author, opts.salt) : null,
    day: romeDay(now),
  };
}

// ---------------------------------------------------------------- writing

/**
 * Write records in ONE transaction and resolve when it has committed. `put` by key, so writing the
 * same record twice (a retried queue item) never duplicates it. Storage full → LogError('quota')
 * carrying the items (nothing already stored is touched: the transaction is all-or-nothing).
 */
export async function putItems(db: LogDb, items: readonly HandledItem[]): Promise<void> {
  if (!items.length) return;
  const idb = live(db);
  let tx;
  try {
    tx = idb.transaction(STORE, 'readwrite');
  } catch (e) {
    throw new LogError(db.closed ? 'closed' : 'write-failed', String((e as Error)?.message ?? e), [...items], e);
  }
  const store = tx.store;
  try {
    await Promise.all([...items.map((it) => store.put(it)), tx.done]);
  } catch (e) {
    try {
      tx.abort();
    } catch {
      /* already aborted */
    }
    const err = tx.error ?? e;
    if (isQuotaError(err) || isQuotaError(e)) throw new LogError('quota', undefined, [...items], err);
    throw new LogError('write-failed', String((err as Error)?.message ?? err), [...items], err);
  }
}

/** Record one moderator action: validate, redact, hash, write, await commit. Returns the stored record. */
export async function recordHandled(db: LogDb, input: HandledInput, opts: RecordOptions): Promise<HandledItem> {
  const item = await buildHandledItem(input, opts);
  await putItems(db, [item]);
  return item;
}

/** Record several actions in one transaction (bulk, e.g. a burst of actions or an import). */
export async function recordMany(db: LogDb, inputs: readonly HandledInput[], opts: RecordOptions): Promise<HandledItem[]> {
  const items = await Promise.all(inputs.map((i) => buildHandledItem(i, opts)));
  await putItems(db, items);
  return items;
}

/**
 * Coalesces writes arriving close together into one transaction (under load one commit per batch
 * instead of one per action). Each `write` resolves when ITS batch has committed.
 */
export function createBatchWriter(db: LogDb, opts: { maxBatch?: number; maxDelayMs?: number } = {}) {
  const maxBatch = opts.maxBatch ?? 500;
  const maxDelayMs = opts.maxDelayMs ?? 0;
  let pending: { item: HandledItem; resolve: () => void; reject: (e: unknown) => void }[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> = Promise.resolve();

  const flush = (): Promise<void> => {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    const batch = pending;
    pending = [];
    if (!batch.length) return inFlight;
    inFlight = inFlight.then(() =>
      putItems(
        db,
        batch.map((b) => b.item),
      ).then(
        () => batch.forEach((b) => b.resolve()),
        (e) => batch.forEach((b) => b.reject(e)),
      ),
    );
    return inFlight;
  };

  return {
    write(item: HandledItem): Promise<void> {
      const p = new Promise<void>((resolve, reject) => pending.push({ item, resolve, reject }));
      if (pending.length >= maxBatch) void flush();
      else if (!timer) timer = setTimeout(() => void flush(), maxDelayMs);
      return p;
    },
    flush,
    get pending(): number {
      return pending.length;
    },
  };
}

// ---------------------------------------------------------------- reading

export function matchesFilter(item: HandledItem, filter?: LogFilter): boolean {
  if (!filter) return true;
  if (filter.pageId && item.pageId !== filter.pageId) return false;
  if (filter.action && item.action !== filter.action) return false;
  if (filter.rule && !item.rules.includes(filter.rule as RuleId)) return false;
  return true;
}

const byHandledAt = (a: HandledItem, b: HandledItem): number =>
  a.handledAt < b.handledAt ? -1 : a.handledAt > b.handledAt ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

/** All records of a day (Europe/Rome), oldest first, optionally filtered. */
export async function listDay(db: LogDb, day: string, filter?: LogFilter): Promise<HandledItem[]> {
  const items = await live(db).getAllFromIndex(STORE, 'day', day);
  return items.filter((i) => matchesFilter(i, filter)).sort(byHandledAt);
}

/** All records from day `from` to day `to` inclusive, oldest first, optionally filtered. */
export async function listRange(db: LogDb, from: string, to: string, filter?: LogFilter): Promise<HandledItem[]> {
  if (from > to) [from, to] = [to, from];
  const items = await live(db).getAllFromIndex(STORE, 'day', keyRange().bound(from, to));
  return items.filter((i) => matchesFilter(i, filter)).sort(byHandledAt);
}

// idb (and so this module) needs the IndexedDB classes as globals: present in the browser; in Node
// tests and the bench, `import 'fake-indexeddb/auto'` installs them (a fresh IDBFactory per test still works).
function keyRange(): typeof IDBKeyRange {
  const kr = (globalThis as { IDBKeyRange?: typeof IDBKeyRange }).IDBKeyRange;
  if (!kr) throw new Error('IDBKeyRange is not available');
  return kr;
}

/** The days that have records, newest first (for the dashboard's day picker). */
export async function listDays(db: LogDb): Promise<string[]> {
  const tx = live(db).transaction(STORE);
  const days: string[] = [];
  for (let c = await tx.store.index('day').openKeyCursor(null, 'prevunique'); c; c = await c.continue()) {
    days.push(c.key);
  }
  await tx.done;
  return days;
}

/** Latest action per comment id (to keep handled comments marked after a reload). */
export async function handledStateFor(
  db: LogDb,
  commentIds: string[],
): Promise<Record<string, { action: Action; handledAt: string }>> {
  const ids = [...new Set(commentIds.filter((c) => typeof c === 'string' && c))];
  const out: Record<string, { action: Action; handledAt: string }> = {};
  if (!ids.length) return out;
  const tx = live(db).transaction(STORE);
  const index = tx.store.index('commentId');
  const lists = await Promise.all(ids.map((id) => index.getAll(id)));
  await tx.done;
  ids.forEach((id, i) => {
    const items = lists[i]!;
    if (!items.length) return;
    const latest = items.reduce((a, b) => (byHandledAt(a, b) >= 0 ? a : b));
    out[id] = { action: latest.action, handledAt: latest.handledAt };
  });
  return out;
}

/** Number of distinct comments handled on a day (re-marking a comment does not count twice). */
export async function countDay(db: LogDb, day: string): Promise<number> {
  const items = await live(db).getAllFromIndex(STORE, 'day', day);
  return new Set(items.map((i) => `${i.platform}:${i.commentId}`)).size;
}

/** Total number of records (all days). */
export async function countAll(db: LogDb): Promise<number> {
  return live(db).count(STORE);
}

/** Read every record, validating each: bad/corrupt records are reported, not thrown. */
export async function checkAll(db: LogDb): Promise<{ valid: number; invalid: { key: string; reason: string }[] }> {
  const all = await live(db).getAll(STORE);
  const invalid: { key: string; reason: string }[] = [];
  for (const it of all) {
    const r = HandledItemSchema.safeParse(it);
    if (!r.success) invalid.push({ key: String((it as { key?: unknown }).key), reason: r.error.issues[0]?.message ?? '' });
  }
  return { valid: all.length - invalid.length, invalid };
}

// ---------------------------------------------------------------- privacy operations

/**
 * Delete records whose day is more than `days` days before `now`'s day (Europe/Rome).
 * `days` must be a whole number ≥ 1: a 0 or a NaN from a broken setting never wipes the log.
 */
export async function purgeOlderThan(db: LogDb, days: number, now: Date = new Date()): Promise<number> {
  if (!Number.isInteger(days) || days < 1 || days > 36_500) {
    throw new LogError('invalid', `retention must be a whole number of days ≥ 1, got ${String(days)}`);
  }
  const cutoff = addDays(romeDay(now), -days); // records ON the cutoff day are kept
  const tx = live(db).transaction(STORE, 'readwrite');
  let n = 0;
  const range = keyRange().upperBound(cutoff, true);
  for (let c = await tx.store.index('day').openCursor(range); c; c = await c.continue()) {
    await c.delete();
    n++;
  }
  await tx.done;
  return n;
}

/** Right to be forgotten: delete every record of this author (matched by salted hash). */
export async function forgetAuthor(db: LogDb, authorName: string, salt: string): Promise<number> {
  if (!authorName || !authorName.trim()) throw new LogError('invalid', 'author name is empty');
  const hash = await hashAuthor(authorName, salt);
  const tx = live(db).transaction(STORE, 'readwrite');
  const keys = await tx.store.index('authorHash').getAllKeys(hash);
  await Promise.all([...keys.map((k) => tx.store.delete(k)), tx.done]);
  return keys.length;
}

/** Delete every record. Runs only with the exact confirmation phrase CLEAR_ALL_CONFIRMATION. */
export async function clearAll(db: LogDb, confirmToken: string): Promise<number> {
  if (confirmToken !== CLEAR_ALL_CONFIRMATION) throw new LogError('confirm');
  const tx = live(db).transaction(STORE, 'readwrite');
  const n = await tx.store.count();
  await Promise.all([tx.store.clear(), tx.done]);
  return n;
}

export { EXPORT_SCHEMA_VERSION };
