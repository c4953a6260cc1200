// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import { createScheduler } from './scheduler';

afterEach(() => vi.unstubAllGlobals());

test('a slice run after its idle timeout (no idle time left) still gets a budget to make progress', async () => {
  let remaining: number[] = [];
  let resolve!: () => void;
  const done = new Promise<void>((r) => (resolve = r));
  // The browser calls back because the timeout expired: timeRemaining() is 0, didTimeout is true.
  window.requestIdleCallback = ((cb: IdleRequestCallback) => {
    setTimeout(() => cb({ didTimeout: true, timeRemaining: () => 0 } as IdleDeadline), 0);
    return 1;
  }) as typeof window.requestIdleCallback;
  const s = createScheduler({
    doc: document,
    ownAttr: 'data-galateo',
    scan(deadline) {
      remaining = [deadline.timeRemaining()];
      resolve();
      return false;
    },
  });
  await done;
  s.stop();
  expect(remaining[0]).toBeGreaterThan(0);
});

test('our own nodes never trigger a scan; page changes do', async () => {
  let scans = 0;
  window.requestIdleCallback = ((cb: IdleRequestCallback) => {
    setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 10 } as IdleDeadline), 0);
    return 1;
  }) as typeof window.requestIdleCallback;
  const s = createScheduler({ doc: document, ownAttr: 'data-galateo', scan: () => (scans++, false) });
  await new Promise((r) => setTimeout(r, 20));
  const first = scans;
  const own = document.createElement('galateo-comment');
  own.setAttribute('data-galateo', '');
  document.body.append(own);
  await new Promise((r) => setTimeout(r, 20));
  expect(scans).toBe(first);
  document.body.append(document.createElement('div'));
  await new Promise((r) => setTimeout(r, 20));
  expect(scans).toBe(first + 1);
  s.stop();
});
