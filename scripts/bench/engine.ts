// Engine benchmark (issue 3): analyzer throughput on a realistic mixed corpus, side by side in the
// same run with obscenity, bad-words and leo-profanity given the SAME Italian word list (the union
// of data/lexicon-sources/) on the SAME texts; the vulgarity matcher alone vs those libraries;
// what each catches on obfuscated variants and innocent look-alikes; memory per 10,000 comments
// and the loaded engine's heap. The analyzer runs here, as in the extension's background worker; the
// matcher alone and the libraries run in a process of their own (scripts/bench-libraries.ts, which says
// why), driven round by round from here. Targets (issue 3): full analysis ≥ 100,000 comments/s,
// matcher ≥ leo-profanity, loaded engine ≤ 10 MB. Figures depend on the machine: printed, never asserted.
// The engine measured is the one the extension ships: lib/ built by Vite (bundled, minified by esbuild),
// as `wxt build` builds the background worker. BENCH_FROM_SOURCE=1 measures the TypeScript sources as
// tsx runs them instead (slower: tsx keeps function names, and modules are not bundled).
// Run: npm run bench -- engine   (or npx tsx --expose-gc scripts/bench/engine.ts)
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fork } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { benchCorpus, buildEngine, KINDS, onePass, throughput, timePerComment } from '../bench-shared';
import type { LibraryAnswer, LibraryRequest } from '../bench-libraries';

const root = join(import.meta.dirname, '..', '..');
const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
};
const MB = (b: number) => `${(b / 2 ** 20).toFixed(2)} MB`;
const fmt = (n: number) => Math.round(n).toLocaleString('en');

console.log(`Machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}${gc ? '' : ' (run with --expose-gc for exact heap figures)'}`);

// ------------------------------------------------------------------ corpus (templates, seeded)
const N = Number(process.env.BENCH_ENGINE_COMMENTS ?? 20_000);
const { corpus, kindOf } = benchCorpus(root, N);
const avgLen = corpus.reduce((a, t) => a + t.length, 0) / corpus.length;
console.log(`Corpus: ${fmt(N)} comments from templates (70% questions/complaints, 10% abuse) + 12% QA4FAQ questions + 8% PejorativITy tweets; mean ${avgLen.toFixed(0)} chars`);

// ------------------------------------------------------------------ the libraries' process
// One request at a time, answered before the next: the two processes never run at once. If that
// process dies, the request fails with its exit code (the bench does not wait for an answer forever).
const libraries = fork(join(root, 'scripts', 'bench-libraries.ts'), { stdio: 'inherit' });
function ask<T extends LibraryAnswer['type']>(req: LibraryRequest, type: T): Promise<Extract<LibraryAnswer, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null, signal: string | null) => {
      libraries.off('message', onMessage);
      reject(new Error(`libraries' process exited (${signal ?? `code ${code}`}) before answering "${req.type}"`));
    };
    const onMessage = (a: LibraryAnswer) => {
      libraries.off('exit', onExit);
      if (a.type === type) resolve(a as Extract<LibraryAnswer, { type: T }>);
      else reject(new Error(`libraries' process: ${a.type === 'error' ? a.message : `unexpected answer ${a.type}`}`));
    };
    libraries.once('message', onMessage);
    libraries.once('exit', onExit);
    libraries.send(req);
  });
}

// ------------------------------------------------------------------ load engines (heap measured)
type Engine = [typeof import('../../lib/analyzer'), typeof import('../../lib/lexicons/index')];
const fromSource = process.env.BENCH_FROM_SOURCE === '1';
// The engine as the extension ships it (see buildEngine), loaded after the heap baseline. The libraries'
// process loads its matcher from the same build.
const out = fromSource ? null : buildEngine(root);
process.on('exit', () => out && rmSync(out, { recursive: true, force: true }));
const lexiconsUrl = pathToFileURL(out ? join(out, 'lexicons.js') : join(root, 'lib', 'lexicons', 'index.ts')).href;
const loadEngine = async (): Promise<Engine> =>
  out ? [await import(pathToFileURL(join(out, 'analyzer.js')).href), await import(lexiconsUrl)] : [await import('../../lib/analyzer'), await import('../../lib/lexicons/index')];
console.log(fromSource ? 'Engine: TypeScript sources run by tsx (BENCH_FROM_SOURCE=1)' : 'Engine: lib/ built by Vite (bundled, minified) as the extension ships it, in a child process; BENCH_FROM_SOURCE=1 runs the sources through tsx');
// the heap baseline is taken before the engine's modules load: their tables count as the engine's memory
const h0 = heap();
// the load, as a restarted background worker pays it: the modules (their tables and indexes are built
// at import) and a first analysis
const l0 = performance.now();
const engine = await loadEngine();
const [{ createAnalyzer }, { abuseMatcher }] = engine;
const analyzer = createAnalyzer();
const matcher = abuseMatcher();
analyzer.analyze({ id: 'warm', text: 'porco dio che merda, sei un idiota' });
const loadMs = performance.now() - l0;
const h1 = heap();

// ------------------------------------------------------------------ throughput
// Warm-up. The analyzer's first passes over the corpus are several times slower than the later ones:
// its lazy tables and per-word memos fill on the first (12-21k/s on this machine), and V8 goes on
// optimising its functions for several passes (trace-opt counted 56, 32, 12, 24 and 10 functions
// optimised in passes 2 to 6; the pace settles between the fourth and the seventh). Up to the ninth
// session the timed rounds were passes 2 to 6 and the p99 came from the first pass: they measured how far
// the JIT had got. Each fast engine now runs WARM_PASSES passes first, and the analyzer's passes are
// printed, the first one (cold) included: the browser restarts the background worker when it has been
// idle, and a restarted worker pays the first pass again.
const WARM_PASSES = 8;
/** The timed rounds: each fast engine's best of ROUNDS, interleaved, of about ROUND_MS each. */
const ROUNDS = 5;
const ROUND_MS = 600;
const analyzeFn = (t: string) => analyzer.analyze({ id: 'x', text: t });
const cold = onePass(analyzeFn, corpus);
const warmCurve = [cold];
for (let p = 1; p < WARM_PASSES; p++) warmCurve.push(onePass(analyzeFn, corpus));
// (the libraries' process builds the same corpus, and the same warm-up for the matcher and leo-profanity)
const { words } = await ask({ type: 'init', lexiconsUrl, n: N, warmPasses: WARM_PASSES }, 'ready');
console.log(`Word list given to the libraries: ${fmt(words)} entries (union of data/lexicon-sources)`);
console.log(`\nWarm-up: each fast engine runs the corpus ${WARM_PASSES} times before the timed rounds. The full analysis, pass by pass (comments/s):`);
console.log(`  ${warmCurve.map(fmt).join(' → ')}  (the first: lazy tables, memos and JIT compilation, paid again by a restarted worker)`);
console.log(`\nThroughput on the same texts (comments/s, best of ${ROUNDS} interleaved rounds for the three fast engines; p99 = per-comment 99th percentile):`);
const full = timePerComment(analyzeFn, corpus);
const timed = await ask({ type: 'timed' }, 'timed');
// the machine may be shared: interleave the fast engines and keep each one's best round
const rounds: Record<'full' | 'ours' | 'leo', number[]> = { full: [], ours: [], leo: [] };
for (let round = 0; round < ROUNDS; round++) {
  rounds.full.push(throughput(analyzeFn, corpus, ROUND_MS));
  rounds.ours.push((await ask({ type: 'round', engine: 'ours', budgetMs: ROUND_MS }, 'round')).perSec);
  rounds.leo.push((await ask({ type: 'round', engine: 'leo', budgetMs: ROUND_MS }, 'round')).perSec);
}
const [fullTp, mtTp, leoTp] = [rounds.full, rounds.ours, rounds.leo].map((r) => Math.max(...r));
const [mt, leoT, obT, badT] = [timed.ours, timed.leo, timed.obscenity, timed.badWords];
const rows: [string, number, number, number][] = [
  ['Galateo full analysis (15 rules)', fullTp, full.p99us, full.n],
  ['Galateo vulgarity matcher (test)', mtTp, mt.p99us, mt.n],
  ['leo-profanity 1.9 (word lookup)', leoTp, leoT.p99us, leoT.n],
  ['obscenity (RegExpMatcher)', obT.perSec, obT.p99us, obT.n],
  ['bad-words 4.1 (regex per word)', badT.perSec, badT.p99us, badT.n],
];
for (const [name, ps, p99, n] of rows) console.log(`  ${name.padEnd(36)} ${fmt(ps).padStart(10)} /s   p99 ${p99.toFixed(1).padStart(8)} µs   (${fmt(n)} timed)`);
// every round, so that a run on a busy machine shows itself (a round in which the machine was busy reads low)
console.log(`  the rounds, in order (comments/s):  full ${rounds.full.map(fmt).join(' ')}  ·  matcher ${rounds.ours.map(fmt).join(' ')}  ·  leo-profanity ${rounds.leo.map(fmt).join(' ')}`);
// where the full analysis spends its time: each kind of comment alone (best of 3 rounds)
const byKind = KINDS.map((name, k) => {
  const texts = corpus.filter((_, i) => kindOf[i] === k);
  let tp = 0;
  for (let round = 0; round < 3 && texts.length; round++) tp = Math.max(tp, throughput((t) => analyzer.analyze({ id: 'x', text: t }), texts, 400));
  return { name, n: texts.length, tp, chars: texts.reduce((a, t) => a + t.length, 0) / Math.max(1, texts.length) };
});
const totalTime = byKind.reduce((a, k) => a + (k.tp ? k.n / k.tp : 0), 0);
console.log('  full analysis by kind of comment (each kind alone; share of the corpus → share of the time):');
for (const k of byKind) if (k.n) console.log(`    ${k.name.padEnd(34)} ${fmt(k.tp).padStart(9)} /s   mean ${k.chars.toFixed(0).padStart(3)} chars   ${((100 * k.n) / N).toFixed(0).padStart(2)}% of comments → ${((100 * k.n) / k.tp / totalTime).toFixed(0).padStart(2)}% of the time`);
console.log('Ratios:');
console.log(`  full analysis / leo-profanity   ${(fullTp / leoTp).toFixed(2)}×   / obscenity ${(fullTp / obT.perSec).toFixed(1)}×   / bad-words ${(fullTp / badT.perSec).toFixed(0)}×`);
console.log(`  matcher alone / leo-profanity   ${(mtTp / leoTp).toFixed(2)}×   / obscenity ${(mtTp / obT.perSec).toFixed(1)}×   / bad-words ${(mtTp / badT.perSec).toFixed(0)}×`);
console.log(`  target: full analysis ≥ 100,000/s → ${fullTp >= 100_000 ? 'met' : 'NOT met'}; matcher ≥ leo-profanity → ${mtTp >= leoTp ? 'met' : 'NOT met'}`);

// ------------------------------------------------------------------ what each one catches
const CATCH: [string, string][] = [
  ['plain', 'che merda'],
  ['upper case', 'CHE MERDA'],
  ['accents', 'mèrda'],
  ['repeated letters', 'merdaaaaa'],
  ['l33t', 'm3rd4'],
  ['l33t symbols', 'c@zz0'],
  ['spaced letters', 'm e r d a'],
  ['dotted letters', 'm.e.r.d.a'],
  ['homoglyph (Cyrillic)', 'меrdа'],
  ['fullwidth', 'ｍｅｒｄａ'],
  ['zero-width inside', 'mer\u200Bda'],
  ['joined blasphemy', 'porcodio'],
  ['split blasphemy', 'porco dio'],
  ['l33t blasphemy', 'porco d1o'],
  ['split l33t blasphemy', 'porc0 d1o'],
  ['reversed blasphemy', 'dio cane'],
];
const INNOCENT = ['la regina', 'posso venire domani', 'che fico', "l'uccello", 'la cazzuola', 'battere il record', 'Dio ti benedica', 'Madonna mia', 'il porco', 'il cesso è rotto', "l'assegno unico", 'le analisi', 'ass. unico', 'pesce fresco', 'il finocchio al forno'];
// asked of the libraries' process, where the four live
const asked = [...CATCH.map(([, t]) => t), ...INNOCENT];
const caught = await ask({ type: 'catches', texts: asked }, 'catches');
libraries.disconnect();
const engines = caught.engines.map((name, e) => [name, (t: string) => caught.caught[e][asked.indexOf(t)]] as const);
console.log('\nCatches (obfuscated variants) and false alarms (innocent look-alikes):');
console.log(`  ${'variant'.padEnd(24)}${engines.map(([n]) => n.padStart(14)).join('')}`);
for (const [label, text] of CATCH) console.log(`  ${label.padEnd(24)}${engines.map(([, f]) => (f(text) ? '✓' : '·').padStart(14)).join('')}`);
console.log(`  ${'caught (of 16)'.padEnd(24)}${engines.map(([, f]) => String(CATCH.filter(([, t]) => f(t)).length).padStart(14)).join('')}`);
console.log(`  ${`false alarms (of ${INNOCENT.length})`.padEnd(24)}${engines.map(([, f]) => String(INNOCENT.filter((t) => f(t)).length).padStart(14)).join('')}`);

// ------------------------------------------------------------------ memory
const m0 = heap();
const kept: unknown[] = [];
for (let i = 0; i < 10_000; i++) kept.push(analyzer.analyze({ id: String(i), text: corpus[i % corpus.length] }));
const m1 = heap();
console.log('\nMemory:');
console.log(`  loaded engine (analyzer + lexicons + matcher, after warm-up): ${MB(h1 - h0)}  (target ≤ 10 MB → ${h1 - h0 <= 10 * 2 ** 20 ? 'met' : 'NOT met'})`);
console.log(`  engine load (import of the built modules and a first analysis): ${loadMs.toFixed(0)} ms`);
console.log(`  10,000 analyses kept in memory: ${MB(m1 - m0)} (${((m1 - m0) / 10_000).toFixed(0)} B per comment)`);
console.log(`  whole process heap now: ${MB(process.memoryUsage().heapUsed)}`);
void kept.length;
