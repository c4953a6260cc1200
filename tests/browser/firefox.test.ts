// Firefox: the MV3 build passes Mozilla's `web-ext lint` with no errors, and Firefox ESR (puppeteer-core over
// WebDriver BiDi) shows one badge per comment of the routed demo thread, in shadow roots, with no dialog and no
// request leaving the page, and one "handled" action goes through runtime messaging to the background.
// Without /usr/bin/firefox-esr the Firefox part is skipped with a loud warning (under CI=true it fails instead).
import { existsSync } from 'node:fs';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildFirefox, firefoxSmoke, FIREFOX_PATH, lintFirefox, type LintResult } from '../../scripts/firefox-smoke';
import { DEMO_URL } from '../../scripts/demo/thread';

const CI = process.env.CI === 'true' || process.env.CI === '1';
const hasFirefox = existsSync(FIREFOX_PATH);
if (!hasFirefox && !CI) {
  console.warn(`\n!!! Firefox smoke test SKIPPED: no Firefox ESR at ${FIREFOX_PATH}. Install it with \`sudo apt-get install -y firefox-esr\`.\n`);
}
const describeFirefox = hasFirefox || CI ? describe : describe.skip;

describe('Firefox build', () => {
  let lint: LintResult;
  let dir = '';
  beforeAll(() => {
    dir = buildFirefox();
    lint = lintFirefox(dir);
  }, 240_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('web-ext lint: no errors', () => {
    if (lint.warnings.length) console.log(`web-ext lint warnings:\n${lint.warnings.map((w) => `  ${w.code} ${w.file ?? ''}: ${w.message}`).join('\n')}`);
    expect(lint.errors).toEqual([]);
  });

  test('the only unsafe-assignment warnings are in bundles (Preact\'s own innerHTML branch), never in a file we wrote', () => {
    const unsafe = lint.warnings.filter((w) => w.code.startsWith('UNSAFE'));
    for (const w of unsafe) expect(w.file ?? '').toMatch(/^(content-scripts|chunks)\//);
  });

  describeFirefox('in Firefox ESR', () => {
    test('badges on a routed Facebook thread, a handled action reaches the background, nothing leaves the page', async () => {
      const r = await firefoxSmoke({ dir });
      console.log(`Firefox ESR: ${r.badges} badges for ${r.comments} comments in ${r.msToBadges} ms; handled: ${JSON.stringify(r.handled)}`);
      expect(r.comments).toBeGreaterThan(10);
      expect(r.badges).toBe(r.comments);
      expect(r.shadowBadges).toBe(r.comments);
      expect(r.flagged).toBeGreaterThan(0);
      expect(r.dialogs).toEqual([]);
      expect(r.handled).toEqual({ ok: true, status: expect.stringMatching(/Gestito|Handled/) });
      // Only the page's own sub-resources were asked for (and aborted); never another host, never by the add-on.
      const origin = new URL(DEMO_URL).origin;
      const foreign = r.aborted.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
      expect(foreign).toEqual([]);
    }, 120_000);
  });
});
