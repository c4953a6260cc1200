// Shared by the engine benchmarks (scripts/bench/engine.ts, scripts/bench-libraries.ts and
// scripts/bench/instructions.ts): the seeded mixed corpus, the engine built as the extension ships it,
// the word list the libraries are given, and the timing helpers. (It lives outside scripts/bench/,
// whose every file `npm run bench` runs.)
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** What each corpus entry is (for the time-by-kind breakdown). */
export const KINDS = ['questions/complaints (templates)', 'abuse (templates)', 'QA4FAQ questions', 'PejorativITy tweets'] as const;

export interface BenchCorpus {
  corpus: string[];
  /** index in KINDS of each entry */
  kindOf: number[];
}

/**
 * `n` comments (seeded, the same every run): 70% questions and complaints and 10% abuse from templates,
 * 12% QA4FAQ questions and 8% PejorativITy tweets from the development data under `root`.
 */
export function benchCorpus(root: string, n: number): BenchCorpus {
  const corpus: string[] = [];
  const kindOf: number[] = [];
  let seed = 20261122;
  const rnd = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)];

  const TOPIC = ["l'assegno unico", 'il bonus nido', 'la NASpI', 'il congedo parentale', "l'ADI", 'la pensione', "l'ISEE", 'il bonus mamme', 'la graduatoria', 'il bando'];
  const MONTH = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'novembre'];
  const NAME = ['Maria', 'Giuseppe', 'Anna', 'Luca', 'Francesca', 'Antonio', 'Giulia', 'Marco', 'Sara', 'Paolo'];
  const T_QUESTION = [
    () => `Buongiorno, quando arriva ${pick(TOPIC)} di ${pick(MONTH)}?`,
    () => `Salve, ho fatto domanda per ${pick(TOPIC)} a ${pick(MONTH)} ma risulta ancora in istruttoria, cosa devo fare?`,
    () => `Come si calcola ${pick(TOPIC)} se il mio ISEE è di ${Math.floor(rnd() * 40000)} euro?`,
    () => `Qualcuno sa se ${pick(TOPIC)} spetta anche ai lavoratori stranieri con permesso di soggiorno?`,
    () => `@${pick(NAME)} ${pick(NAME)} anche a me è arrivato il pagamento ieri, controlla il fascicolo previdenziale`,
    () => `Grazie per le informazioni, molto utili! 👍`,
    () => `Ho chiamato il contact center 803 164 ma nessuno risponde da giorni. ${pick(TOPIC)} è fermo.`,
    () => `Mia figlia è nata a ${pick(MONTH)}, devo rifare la domanda per ${pick(TOPIC)} o si aggiorna da solo?`,
    () => `Vergogna! Servizio pessimo, siete lentissimi e ${pick(TOPIC)} non arriva mai.`,
    () => `INPS è una vergogna, aspetto da ${Math.floor(rnd() * 9) + 2} mesi.`,
    () => `Ma le analisi per l'invalidità valgono anche per l'ass. unico? Grazie`,
    () => `Hello, I am a foreign worker in Italy, how can I apply for ${pick(TOPIC)}? Thank you`,
    () => `Il mio codice fiscale è RSSMRA80A01H501U, potete controllare ${pick(TOPIC)}?`,
    () => `SCRIVETEMI IN PRIVATO PER AVERE ${pick(TOPIC).toUpperCase()} SUBITO, guadagni garantiti su whatsapp`,
    () => `Ho scritto una PEC il ${Math.floor(rnd() * 28) + 1}/${Math.floor(rnd() * 12) + 1} ma non ho avuto risposta. Quando arriva ${pick(TOPIC)}? Ho due figli piccoli e l'affitto da pagare, è una situazione molto difficile e nessuno ci aiuta, la sede di zona non risponde e sul sito non si capisce niente.`,
  ];
  const T_ABUSE = [
    () => `che merda di servizio, ${pick(TOPIC)} ancora niente`,
    () => `porco dio ${pick(MONTH)} è finito e ${pick(TOPIC)} non c'è`,
    () => `m e r d a di ente, vergognatevi`,
    () => `siete dei c4zz0ni, ridatemi ${pick(TOPIC)}`,
    () => `@${pick(NAME)} sei un idiota, non sai niente`,
    () => `gli operatori sono degli incapaci e dei fannulloni`,
    () => `odio gli stranieri, prendono ${pick(TOPIC)} al posto nostro`,
    () => `i rom sono feccia e dovrebbero essere cacciati`,
    () => `vi vengo a trovare in sede e vi spacco la faccia`,
    () => `se non arriva ${pick(TOPIC)} mi tolgo la vita, non ce la faccio più`,
    () => `vaffanculo a tutti, porcodio`,
    () => `STRONZIIIII`,
  ];

  function loadJsonl(file: string): string[] {
    try {
      return readFileSync(join(root, 'data', 'eval', 'dev', file), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { text: string }).text);
    } catch {
      return [];
    }
  }
  const realQuestions = loadJsonl('qa4faq-questions.jsonl');
  const realTweets = loadJsonl('pejorativity-dev.jsonl');

  for (let i = 0; i < n; i++) {
    const r = rnd();
    const k = r < 0.7 ? 0 : r < 0.8 ? 1 : r < 0.92 && realQuestions.length ? 2 : realTweets.length ? 3 : 0;
    corpus.push(k === 0 ? pick(T_QUESTION)() : k === 1 ? pick(T_ABUSE)() : k === 2 ? pick(realQuestions) : pick(realTweets));
    kindOf.push(k);
  }
  // The templates build each text by concatenation, which V8 keeps as a rope (a tree of pieces) until
  // something reads it. The comments the extension analyses reach the background worker in a message
  // (JSON), so they are flat strings: the corpus goes through the same serialisation. (Measured with
  // instruction counts, cachegrind: the analyzer needs 2.4% more instructions per comment on ropes.)
  corpus.splice(0, corpus.length, ...(JSON.parse(JSON.stringify(corpus)) as string[]));
  return { corpus, kindOf };
}

/**
 * Builds lib/ with Vite (bundled; names and syntax minified by esbuild, as in the extension's build —
 * library mode keeps the whitespace), in a child process so that Vite never enters the caller's heap.
 * Two entries, one build: the analyzer and the lexicons share their modules (and caches) as in the
 * worker. Returns the directory holding analyzer.js and lexicons.js (the caller removes it).
 */
export function buildEngine(root: string): string {
  const out = mkdtempSync(join(tmpdir(), 'galateo-bench-'));
  const config = {
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: out,
      emptyOutDir: true,
      lib: { entry: { analyzer: join(root, 'lib', 'analyzer.ts'), lexicons: join(root, 'lib', 'lexicons', 'index.ts') }, formats: ['es'] },
      minify: 'esbuild',
      reportCompressedSize: false,
    },
  };
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', `import { build } from 'vite'; await build(${JSON.stringify(config)});`], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`vite build of the engine failed (exit ${r.status})`);
  return out;
}

/**
 * The Italian word list the libraries are given (issue 3: "the same Italian word list"): the union of
 * data/lexicon-sources/, lower-cased, without the entries whose encoding is broken.
 */
export function libraryWords(root: string): string[] {
  const src = join(root, 'data', 'lexicon-sources');
  const lines = (f: string) =>
    readFileSync(join(src, f), 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean);
  return [
    ...new Set([
      ...lines('ldnoobw_v1_it.txt'),
      ...lines('ldnoobw_v2_it.txt'),
      ...lines('napolux_lista_badwords.txt'),
      ...[...readFileSync(join(src, 'italian-badwords-list_array.js'), 'utf8').matchAll(/"([^"]+)"/g)].map((m) => m[1].toLowerCase()),
    ]),
  ].filter((w) => !/[ãƒâ]/.test(w));
}

// ------------------------------------------------------------------ timing (engine.ts and bench-libraries.ts)
export interface Timing {
  perSec: number;
  p99us: number;
  n: number;
}
/** Comments/s and the per-comment 99th percentile, one timer per call (for the p99), within `budgetMs`. */
export function timePerComment(fn: (t: string) => unknown, texts: readonly string[], budgetMs = 4000): Timing {
  for (let i = 0; i < Math.min(200, texts.length); i++) fn(texts[i]); // warm-up
  const per: number[] = [];
  const t0 = performance.now();
  let n = 0;
  for (const t of texts) {
    const a = performance.now();
    fn(t);
    per.push(performance.now() - a);
    n++;
    if (n % 256 === 0 && performance.now() - t0 > budgetMs) break;
  }
  const total = performance.now() - t0;
  per.sort((x, y) => x - y);
  return { perSec: n / (total / 1000), p99us: per[Math.floor(per.length * 0.99)] * 1000, n };
}
/** Comments/s without per-call timers (less overhead): whole passes over `texts`, about `budgetMs`. */
export function throughput(fn: (t: string) => unknown, texts: readonly string[], budgetMs = 3000): number {
  let n = 0;
  const t0 = performance.now();
  outer: for (;;) {
    for (const t of texts) {
      fn(t);
      n++;
      if (n % 1024 === 0 && performance.now() - t0 > budgetMs) break outer;
    }
    if (performance.now() - t0 > budgetMs / 3) break;
  }
  return n / ((performance.now() - t0) / 1000);
}
/** One pass over `texts`: comments/s. */
export function onePass(fn: (t: string) => unknown, texts: readonly string[]): number {
  const t0 = performance.now();
  for (const t of texts) fn(t);
  return texts.length / ((performance.now() - t0) / 1000);
}
