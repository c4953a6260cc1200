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

/** All records of the moderation log, read in the service worker with the raw IndexedDB API. */
export async function readLog(worker: Worker): Promise<Record<string, unknown>[]> {
  return worker.evaluate(
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

/** The rule ids shown in a comment's open card. */
export async function cardRules(page: Page, commentId: string): Promise<string[]> {
  const host = page.locator(`galateo-comment[data-comment-id="${commentId}"]`);
  const badge = host.locator('.badge');
  if ((await badge.getAttribute('aria-expanded')) !== 'true') await badge.click();
  return host.locator('.finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule') ?? ''));
}
