#!/usr/bin/env node
// `npm test`: unit tests (vitest + happy-dom), then the built extension in real Chromium (browser tests).
// Ends with one plain line "N passed, N failed" counted from the runners' JSON reports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const CI = process.env.CI === 'true' || process.env.CI === '1';
const out = 'test-results';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: process.env }).status ?? 1;
const vitest = (config, json) =>
  run('npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${json}`]);

let passed = 0;
let failed = 0;
let skipped = 0;
const count = (json, label, status) => {
  if (!existsSync(json)) {
    console.error(`\n${label}: the runner wrote no report (exit code ${status}); counted as one failure.`);
    failed += 1;
    return;
  }
  const r = JSON.parse(readFileSync(json, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  // A suite that fails to load has no failed test but is a failure all the same.
  const brokenSuites = (r.testResults ?? []).filter((t) => t.status === 'failed' && (t.assertionResults ?? []).length === 0).length;
  failed += brokenSuites;
  if (status !== 0 && r.numFailedTests === 0 && brokenSuites === 0) {
    console.error(`\n${label}: runner exited with ${status} without a failed test; counted as one failure.`);
    failed += 1;
  }
};

// The type checker is a test too: a type error anywhere counts as one failure.
const typecheck = run('npx', ['tsc', '--noEmit']);
if (typecheck !== 0) {
  console.error('\nTypeScript: `tsc --noEmit` found errors (counted as one failure).');
  failed += 1;
} else passed += 1;

const unitStatus = vitest('vitest.config.ts', `${out}/unit.json`);
count(`${out}/unit.json`, 'unit tests', unitStatus);

const chromium = ['/usr/bin/chromium', process.env.CHROMIUM_PATH].find((p) => p && existsSync(p));
if (!chromium && !CI) {
  console.warn('\n' + '!'.repeat(78));
  console.warn('!! BROWSER TESTS SKIPPED: no Chromium found at /usr/bin/chromium.');
  console.warn('!! Install it with:  sudo apt-get install -y chromium   (or set CHROMIUM_PATH)');
  console.warn('!'.repeat(78) + '\n');
} else {
  if (!chromium) console.error('\nCI=true and no Chromium at /usr/bin/chromium: the browser tests cannot run (failure).');
  const buildStatus = run('npx', ['wxt', 'build']);
  if (buildStatus !== 0) {
    console.error('\nThe extension build failed: browser tests not run (failure).');
    failed += 1;
  } else {
    const browserStatus = vitest('vitest.browser.config.ts', `${out}/browser.json`);
    count(`${out}/browser.json`, 'browser tests', browserStatus);
  }
}

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
