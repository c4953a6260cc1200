// The per-installation salt of author hashes: random, created once by the background worker, never exported.
// One place for its storage key, read by the worker (to hash) and the dashboard (to "forget an author").

export const IDENTITY_KEY = 'galateo:identity';

type Area = { get(key: string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> };

/** The salt if it exists (null otherwise). */
export async function readSalt(area: Area): Promise<string | null> {
  const got = (await area.get(IDENTITY_KEY))[IDENTITY_KEY] as { salt?: unknown } | undefined;
  return typeof got?.salt === 'string' && got.salt ? got.salt : null;
}

/** The salt, created on first use. */
export async function ensureSalt(area: Area): Promise<string> {
  const existing = await readSalt(area);
  if (existing) return existing;
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const salt = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  await area.set({ [IDENTITY_KEY]: { salt } });
  return salt;
}
