// `npm run bench`: runs every benchmark in scripts/bench/ (engine, log, content script in Chromium) in turn.
// Each prints its own figures and the machine's; targets live here, never in timed tests.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('./bench/', import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();
console.log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
let failed = 0;
for (const f of files) {
  console.log(`\n=== ${f} ===`);
  const r = spawnSync('npx', ['tsx', '--expose-gc', `${dir}${f}`], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`${f} exited with ${r.status}`);
    failed++;
  }
}
process.exit(failed ? 1 : 0);
