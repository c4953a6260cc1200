import { expect, test } from 'vitest';
import { ensureSalt, IDENTITY_KEY, readSalt } from './identity';

test('the salt is created once, random, and then stays the same', async () => {
  const data: Record<string, unknown> = {};
  const area = { get: async (k: string) => ({ [k]: data[k] }), set: async (v: Record<string, unknown>) => void Object.assign(data, v) };
  expect(await readSalt(area)).toBeNull();
  const a = await ensureSalt(area);
  expect(a).toMatch(/^[0-9a-f]{32}$/);
  expect(await ensureSalt(area)).toBe(a);
  expect(await readSalt(area)).toBe(a);
  data[IDENTITY_KEY] = { salt: 42 };
  expect(await readSalt(area)).toBeNull();
});
