// Shared setup of the browser tests: the built extension in Debian's Chromium, pages served by routing.
import { describe } from 'vitest';
import { findChromium, launchWithExtension, type Launched } from '../../scripts/demo/browser';
import { routePages, type Routes } from '../../scripts/demo/serve';
import type { Page, Worker } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CI = process.env.CI === 'true' || process.env.CI === '1';
export const hasChromium = !!findChromium();
if (!hasChromium && !CI) {
  console.warn('\n!!! Browser tests SKIPPED: no Chromium at /usr/bin/chromium. Install it with `sudo apt-get install -y chromium`.\n');
}
/** describe() when a browser is available (always under CI=true, where a missing browser then fails loudly). */
export const describeBrowser = hasChromium || CI ? describe : describe.skip;

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/dom/${name}`, import.meta.url)), 'utf8');
}

export interface Session extends Launched {
  routes: Routes;
}

export async function openSession(pages: Record<string, string>, locale = 'it-IT'): Promise<Session> {
  const app = await launchWithExtension({ headless: true, locale });
  const routes = await routePages(app.context, pages);
  return { ...app, routes };
}

/** All records of the moderation log, read with the raw IndexedDB API in the worker or an extension page. */
export async function readLog(where: Worker | Page): Promise<Record<string, unknown>[]> {
  return (where as Page).evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const req = indexedDB.open('galateo-log');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('handled')) return resolve([]);
          const all = db.transaction('handled').objectStore('handled').getAll();
          all.onsuccess = () => {
            resolve(all.result as Record<string, unknown>[]);
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** Stop the extension's service worker as MV3 does when idle; resolves once it is stopped. */
export async function stopServiceWorker(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const status = new Map<string, string>();
  let onUpdate: () => void = () => {};
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) if (v.scriptURL.startsWith('chrome-extension://')) status.set(v.versionId, v.runningStatus);
    onUpdate();
  });
  await cdp.send('ServiceWorker.enable');
  const wait = (pred: () => boolean) =>
    new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`service worker state: ${[...status.values()]}`)), 10_000);
      onUpdate = () => pred() && (clearTimeout(t), resolve());
      onUpdate();
    });
  await wait(() => status.size > 0);
  for (const id of status.keys()) await cdp.send('ServiceWorker.stopWorker', { versionId: id });
  await wait(() => [...status.values()].every((s) => s === 'stopped'));
  await cdp.detach();
}

/** The rule ids shown in a comment's open card. */
export async function cardRules(page: Page, commentId: string): Promise<string[]> {
  const host = page.locator(`galateo-comment[data-comment-id="${commentId}"]`);
  const badge = host.locator('.badge');
  if ((await badge.getAttribute('aria-expanded')) !== 'true') await badge.click();
  return host.locator('.finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule') ?? ''));
}
