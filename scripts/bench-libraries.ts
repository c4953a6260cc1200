// The libraries' side of the engine bench, in a process of its own (scripts/bench/engine.ts forks it
// and drives it round by round): Galateo's vulgarity matcher alone, leo-profanity, obscenity and
// bad-words, given the same Italian word list on the same texts.
//
// Why a process of its own (measured, docs/benchmarks.md, twelfth session): V8 compiles a function's
// optimised code for the calls it has seen. In one process the analyzer and the "matcher alone" share
// the matcher's code (two instances of the same closures, called with and without the rules' word
// reader), and each pays for the other: cachegrind counted 13,557 instructions per comment for the
// matcher alone next to the analyzer against 9,963 in a process of its own, and 7.8% more for the
// analyzer next to a second matcher that runs. The extension's worker, with default settings, holds
// one matcher (the analyzer's); this process holds the other one, as a program that only wants a yes
// or no on vulgarity would.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { benchCorpus, libraryWords, onePass, throughput, timePerComment, type Timing } from './bench-shared';

/** What the parent asks, one message at a time (it waits for each answer). */
export type LibraryRequest =
  | { type: 'init'; lexiconsUrl: string; n: number; warmPasses: number }
  | { type: 'round'; engine: 'ours' | 'leo'; budgetMs: number }
  | { type: 'timed' }
  | { type: 'catches'; texts: string[] };
export type LibraryAnswer =
  | { type: 'ready'; words: number }
  | { type: 'round'; perSec: number }
  | { type: 'timed'; ours: Timing; leo: Timing; obscenity: Timing; badWords: Timing }
  | { type: 'catches'; engines: string[]; caught: boolean[][] }
  | { type: 'error'; message: string };

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..');

interface Engines {
  corpus: string[];
  fast: Record<'ours' | 'leo', (t: string) => boolean>;
  obscenity: (t: string) => boolean;
  badWords: (t: string) => boolean;
}
let engines: Engines | null = null;

async function init(lexiconsUrl: string, n: number, warmPasses: number): Promise<number> {
  const { corpus } = benchCorpus(root, n);
  const words = libraryWords(root);
  const { abuseMatcher } = (await import(lexiconsUrl)) as typeof import('../lib/lexicons/index');
  // the vulgarity matcher alone: yes/no like leo-profanity's check() (matcher.test has the same answer as find())
  const vulgarOnly = abuseMatcher({ categories: ['vulgar', 'blasphemy', 'slur'], minWeight: 0.5 });
  const leo = require('leo-profanity') as { clearList(): void; add(w: string[]): void; check(t: string): boolean };
  leo.clearList();
  leo.add(words);
  const { Filter: BadWords } = require('bad-words') as { Filter: new (o: { emptyList: boolean }) => { addWords(...w: string[]): void; isProfane(t: string): boolean } };
  const bad = new BadWords({ emptyList: true });
  bad.addWords(...words);
  const ob = require('obscenity') as typeof import('obscenity');
  const terms: { id: number; pattern: ReturnType<typeof ob.parseRawPattern> }[] = [];
  for (const [i, w] of words.entries()) {
    try {
      terms.push({ id: i, pattern: ob.parseRawPattern(w.replace(/[[\]()|?\\]/g, '')) });
    } catch {
      /* skip words obscenity cannot parse */
    }
  }
  const obscenity = new ob.RegExpMatcher({ blacklistedTerms: terms, ...ob.englishRecommendedTransformers });
  engines = {
    corpus,
    fast: { ours: (t) => vulgarOnly.test(t), leo: (t) => leo.check(t) },
    obscenity: (t) => obscenity.hasMatch(t),
    badWords: (t) => bad.isProfane(t),
  };
  // the same warm-up as the analyzer's (see engine.ts)
  for (let p = 0; p < warmPasses; p++) {
    onePass(engines.fast.ours, corpus);
    onePass(engines.fast.leo, corpus);
  }
  return words.length;
}

async function answer(req: LibraryRequest): Promise<LibraryAnswer> {
  if (req.type === 'init') return { type: 'ready', words: await init(req.lexiconsUrl, req.n, req.warmPasses) };
  if (!engines) throw new Error('not initialised');
  const { corpus, fast } = engines;
  switch (req.type) {
    case 'round':
      return { type: 'round', perSec: throughput(fast[req.engine], corpus, req.budgetMs) };
    case 'timed':
      return {
        type: 'timed',
        ours: timePerComment(fast.ours, corpus),
        leo: timePerComment(fast.leo, corpus),
        obscenity: timePerComment(engines.obscenity, corpus, 3000),
        badWords: timePerComment(engines.badWords, corpus, 3000),
      };
    case 'catches': {
      const list: [string, (t: string) => boolean][] = [
        ['Galateo', fast.ours],
        ['leo-profanity', fast.leo],
        ['obscenity', engines.obscenity],
        ['bad-words', engines.badWords],
      ];
      return { type: 'catches', engines: list.map(([name]) => name), caught: list.map(([, f]) => req.texts.map((t) => f(t))) };
    }
  }
}

process.on('message', (req: LibraryRequest) => {
  answer(req).then(
    (a) => process.send!(a),
    (e: unknown) => process.send!({ type: 'error', message: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies LibraryAnswer),
  );
});
