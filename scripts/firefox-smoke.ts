// Firefox smoke test: build the Firefox MV3 package, lint it with Mozilla's web-ext, load it into Firefox ESR
// over WebDriver BiDi (puppeteer-core) and check that the badges appear on a routed Facebook thread.
//   npx tsx scripts/firefox-smoke.ts [--no-build]      prints a JSON summary; exit 1 on failure
// What it cannot do (Firefox + puppeteer over BiDi): open extension pages (moz-extension:// tabs are not
// scriptable from BiDi here), read the extension's IndexedDB, or stop its background script; those paths are
// covered in Chromium (tests/browser/*). See docs/security.md.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { buildDemoPage, DEMO_URL } from './demo/thread';
import { DEMO_COMMENTS } from './demo/comments';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_DIR = fileURLToPath(new URL('../.output/firefox-mv3', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface LintMessage {
  code: string;
  file?: string;
  message: string;
}
export interface LintResult {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/**
 * `wxt build -b firefox` (about 20 s), then a private copy of the output: another build or `wxt zip` running
 * in the same tree at the same time empties .output/firefox-mv3 while it works. Returns the copy's directory.
 */
export function buildFirefox(): string {
  for (let attempt = 1; ; attempt++) {
    const r = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`wxt build -b firefox failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
    const copy = mkdtempSync(join(tmpdir(), 'galateo-firefox-build-'));
    cpSync(FIREFOX_DIR, copy, { recursive: true });
    if (existsSync(join(copy, 'manifest.json')) && existsSync(join(copy, 'content-scripts', 'facebook.js'))) return copy;
    rmSync(copy, { recursive: true, force: true });
    if (attempt >= 3) throw new Error(`${FIREFOX_DIR} stayed incomplete after ${attempt} builds (another build running?)`);
  }
}

/** Mozilla's linter on the built package (the checks addons.mozilla.org runs on upload). */
export function lintFirefox(dir = FIREFOX_DIR): LintResult {
  const r = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { cwd: ROOT, encoding: 'utf8' });
  const start = r.stdout.indexOf('{');
  if (start < 0) throw new Error(`web-ext lint printed no report (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  const report = JSON.parse(r.stdout.slice(start)) as Record<keyof LintResult, LintMessage[]>;
  const pick = (ms: LintMessage[]) => ms.map((m) => ({ code: m.code, file: m.file, message: m.message }));
  return { errors: pick(report.errors), warnings: pick(report.warnings), notices: pick(report.notices) };
}

export interface SmokeResult {
  extensionId: string;
  /** Comments on the routed page, and galateo-comment hosts that appeared. */
  comments: number;
  badges: number;
  /** Badges that show findings (count > 0). */
  flagged: number;
  /** Hosts whose shadow root is reachable and holds a .badge button. */
  shadowBadges: number;
  dialogs: string[];
  /** Requests that were not the routed page (aborted, never sent). */
  aborted: string[];
  msToBadges: number;
  /** "Replied" clicked in the first card reached the background (its "handled" mark came back), or the error shown. */
  handled: { ok: boolean; status: string | null };
}

/** Loads the built add-on in Firefox ESR and waits for one badge per comment of the demo thread. */
export async function firefoxSmoke(opts: { dir?: string; timeoutMs?: number } = {}): Promise<SmokeResult> {
  const dir = opts.dir ?? FIREFOX_DIR;
  if (!existsSync(FIREFOX_PATH)) throw new Error(`Firefox ESR not found at ${FIREFOX_PATH}: apt-get install -y firefox-esr (or set FIREFOX_PATH).`);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No Firefox build in ${dir}: run npx wxt build -b firefox.`);
  const profile = mkdtempSync(join(tmpdir(), 'galateo-firefox-'));
  const html = buildDemoPage();
  let browser: Browser | null = null;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      userDataDir: profile,
      extraPrefsFirefox: {
        // no background traffic of the browser itself: only what the page and the add-on do
        'network.dns.disabled': false,
        'app.update.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'extensions.getAddons.cache.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
        'intl.locale.requested': 'it-IT',
        'intl.accept_languages': 'it-IT, it',
      },
    });
    const extensionId = await browser.installExtension(dir);
    const page = await browser.newPage();
    const dialogs: string[] = [];
    const aborted: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const u = new URL(req.url());
      if (`${u.origin}${u.pathname}` === DEMO_URL) void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      else {
        aborted.push(req.url());
        void req.abort();
      }
    });
    const t0 = Date.now();
    await page.goto(DEMO_URL);
    await page.waitForFunction((n) => document.querySelectorAll('galateo-comment').length >= n, { timeout: opts.timeoutMs ?? 45_000, polling: 200 }, DEMO_COMMENTS.length);
    const msToBadges = Date.now() - t0;
    const seen = await page.evaluate(() => {
      const hosts = [...document.querySelectorAll('galateo-comment')];
      const badges = hosts.map((h) => h.shadowRoot?.querySelector('.badge') ?? null);
      return {
        badges: hosts.length,
        shadowBadges: badges.filter(Boolean).length,
        flagged: badges.filter((b) => Number(b?.querySelector('.count')?.textContent ?? 0) > 0).length,
        comments: document.querySelectorAll('[role=article]').length,
      };
    });
    // One action through runtime messaging to the background script (the log lives there), clicked
    // as a user would: the card ignores clicks a page script makes (isTrusted false).
    await (await page.waitForSelector('galateo-comment >>> .badge'))!.click();
    await (await page.waitForSelector('galateo-comment >>> button[data-action="replied"]'))!.click();
    const handled = await page
      .waitForFunction(() => !!document.querySelector('galateo-comment')!.shadowRoot!.querySelector('.handled, .status.error'), { timeout: 10_000, polling: 200 })
      .then(() => page.evaluate(() => {
        const root = document.querySelector('galateo-comment')!.shadowRoot!;
        return { ok: !!root.querySelector('.handled'), status: root.querySelector('.status')?.textContent ?? null };
      }))
      .catch(() => ({ ok: false, status: 'no answer within 10 s' }));
    return { extensionId, ...seen, dialogs, aborted, msToBadges, handled };
  } finally {
    await browser?.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const noBuild = process.argv.includes('--no-build');
  (async () => {
    const dir = noBuild ? FIREFOX_DIR : buildFirefox();
    const lint = lintFirefox(dir);
    const smoke = existsSync(FIREFOX_PATH) ? await firefoxSmoke({ dir }) : null;
    if (dir !== FIREFOX_DIR) rmSync(dir, { recursive: true, force: true });
    console.log(JSON.stringify({ lint: { errors: lint.errors, warnings: lint.warnings.map((w) => `${w.code} ${w.file ?? ''}`) }, smoke }, null, 2));
    const ok = lint.errors.length === 0 && (!smoke || (smoke.badges === smoke.comments && smoke.dialogs.length === 0));
    if (!smoke) console.error(`Firefox ESR not found at ${FIREFOX_PATH}: smoke test not run.`);
    process.exit(ok ? 0 : 1);
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
