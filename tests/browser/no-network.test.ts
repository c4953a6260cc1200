// Privacy by design: while a moderator works a thread, opens every extension page and exports,
// Galateo makes no network request at all (only the routed page and its own test editor are served).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildDemoPage, DEMO_URL } from '../../scripts/demo/thread';
import { DEMO_COMMENTS } from '../../scripts/demo/comments';
import { EXTENSION_DIR } from '../../scripts/demo/browser';
import { describeBrowser, openSession, type Session } from './support';

describeBrowser('no network', () => {
  let s: Session;
  const requests: string[] = [];
  beforeAll(async () => {
    s = await openSession({ [DEMO_URL]: buildDemoPage() });
    s.context.on('request', (r) => requests.push(r.url()));
  });
  afterAll(async () => {
    await s?.close();
  });

  test('working a thread, opening every extension page and exporting makes zero network requests', async () => {
    const page = await s.context.newPage();
    page.on('dialog', (d) => void d.dismiss());
    await page.goto(DEMO_URL);
    await page.locator('galateo-comment').nth(DEMO_COMMENTS.length - 1).waitFor({ timeout: 20_000 });
    const hosts = page.locator('galateo-comment');
    for (let i = 0; i < 4; i++) {
      const h = hosts.nth(i);
      await h.locator('.badge').click();
      const insert = h.locator('button[data-do="insert"]');
      if (await insert.count()) await insert.click();
      await h.locator('button[data-action="replied"]').click();
      await h.locator('.handled').waitFor();
    }
    for (const name of ['popup', 'sidepanel', 'options', 'dashboard']) {
      if (!existsSync(join(EXTENSION_DIR, `${name}.html`))) continue;
      const p = await s.context.newPage();
      await p.goto(`chrome-extension://${s.extensionId}/${name}.html`);
      await p.waitForTimeout(400);
      for (const b of await p.locator('button:has-text("CSV"), button:has-text("JSON")').all()) await b.click().catch(() => {});
      await p.waitForTimeout(200);
      await p.close();
    }
    const served = new Set([DEMO_URL, new URL('/__galateo_demo/lexical-editor.js', DEMO_URL).href]);
    // The browser's own favicon request for the host page is not Galateo's.
    const notOurs = (u: string) => new URL(u).pathname === '/favicon.ico';
    const network = requests.filter((u) => /^(https?|wss?):/.test(u) && !served.has(u.split('?')[0]) && !notOurs(u));
    expect(network).toEqual([]);
    expect(s.routes.aborted.filter((u) => !notOurs(u))).toEqual([]);
  });
});
