// Instructions per comment of the full analysis, counted by valgrind's cachegrind: a figure that does
// not move with the other jobs on the machine, unlike the comments/s of engine.ts (on the shared 2-core
// machine of these sessions its passes moved between 46k and 110k/s within one run). Same corpus and
// same build as engine.ts. V8 runs with --single-threaded (no background compilation or GC threads) and
// --predictable (no timer-driven GC), so two runs of the same build agree to about 0.1%; the count
// is the difference between a process that analyses the corpus 6 times and one that does so 9 times,
// divided by 3 passes: the load, the first passes (lazy tables, JIT) and the process's start cancel out.
// Instructions are not time (cache misses are not in them): a change is worth keeping when the count
// and the comments/s agree. Skipped when valgrind is not installed (it is a developer's tool, not CI's).
// Run: npm run bench -- instructions   (about 3 minutes on 2 cores)
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { benchCorpus, buildEngine } from '../bench-shared';

const root = join(import.meta.dirname, '..', '..');
const N = Number(process.env.BENCH_ENGINE_COMMENTS ?? 20_000);
const FEW = 6;
const MORE = 9;

if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.log('valgrind is not installed: instruction counts skipped (apt install valgrind)');
  process.exit(0);
}

const out = buildEngine(root);
try {
  const { corpus } = benchCorpus(root, N);
  writeFileSync(join(out, 'corpus.json'), JSON.stringify(corpus));
  // the runner: the built analyzer over the corpus, `passes` times (argv[2])
  writeFileSync(
    join(out, 'run.mjs'),
    `import { readFileSync } from 'node:fs';
const { createAnalyzer } = await import(${JSON.stringify(pathToFileURL(join(out, 'analyzer.js')).href)});
const corpus = JSON.parse(readFileSync(${JSON.stringify(join(out, 'corpus.json'))}, 'utf8'));
const analyzer = createAnalyzer();
const passes = Number(process.argv[2]);
for (let p = 0; p < passes; p++) for (const text of corpus) analyzer.analyze({ id: 'x', text });
`,
  );
  const count = (passes: number): Promise<number> =>
    new Promise((resolve, reject) => {
      const args = ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, '--single-threaded', '--predictable', join(out, 'run.mjs'), String(passes)];
      const p = spawn('valgrind', args, { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      p.stderr.on('data', (d: Buffer) => (err += d.toString()));
      p.on('close', (code) => {
        const m = /I\s+refs:\s+([\d,]+)/.exec(err);
        if (code !== 0 || !m) reject(new Error(`valgrind (${passes} passes) exited with ${code}: ${err.slice(-500)}`));
        else resolve(Number(m[1].replace(/,/g, '')));
      });
    });
  const t0 = Date.now();
  // the two processes at once (one core each)
  const [few, more] = await Promise.all([count(FEW), count(MORE)]);
  const perComment = (more - few) / (MORE - FEW) / corpus.length;
  console.log(`Corpus: the engine bench's ${corpus.length.toLocaleString('en')} comments; engine: lib/ built by Vite as the extension ships it`);
  console.log(`Full analysis: ${Math.round(perComment).toLocaleString('en')} instructions per comment (passes ${FEW + 1}–${MORE}; ${few.toLocaleString('en')} and ${more.toLocaleString('en')} in all; ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
