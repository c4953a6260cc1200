// Analysis work grows linearly with the comment: for every 100 KB case of the hostile corpus, analysing the
// whole text once must cost less than 6× analysing its ten tenths one after the other (the same characters):
// linear work gives ×1, quadratic work ×10. CPU time of this process (not wall-clock), best of 5 samples of
// at least ~20 ms each, so other processes on the machine do not count. No absolute time limit; the figures are printed for the report.
import os from 'node:os';
import { describe, expect, test } from 'vitest';
import { createAnalyzer } from '../../lib/analyzer';
import { defaultSettings, resolveAnalyzerProfile } from '../../lib/settings';
import type { CommentInput } from '../../lib/types';
import { hostileCorpus } from '../hostile/corpus';

const settings = defaultSettings();
const profile = resolveAnalyzerProfile(settings, Object.keys(settings.pages)[0]);
const analyzer = createAnalyzer(profile);
const now = new Date('2026-03-04T10:30:00Z');
const BIG = hostileCorpus().filter((c) => c.text.length >= 100_000);
const PARTS = 10;
const LIMIT = 6;

const comment = (id: string, text: string): CommentInput => ({ id, text, page: profile.pageId ?? undefined, createdAt: '2026-03-04T08:00:00Z', platform: 'facebook' });

/**
 * Best CPU milliseconds per call of f over `runs` samples. A sample repeats f until it has used about
 * 20 ms: a 2 ms figure moves by several times with one garbage collection or compilation (the
 * process's other threads count in its CPU time), which made a linear case read ×6 once.
 */
function cpuMs(f: () => void, runs = 5): number {
  const c0 = process.cpuUsage();
  f();
  const c1 = process.cpuUsage(c0);
  const reps = Math.max(1, Math.min(50, Math.ceil(20 / Math.max((c1.user + c1.system) / 1000, 0.1))));
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const c = process.cpuUsage();
    for (let k = 0; k < reps; k++) f();
    const d = process.cpuUsage(c);
    best = Math.min(best, (d.user + d.system) / 1000 / reps);
  }
  return best;
}

const rows: string[] = [];

describe('analysis work is linear in the comment length', () => {
  test.each(BIG.map((c) => [c.id, c.text] as const))('%s', (id, text) => {
    const step = Math.ceil(text.length / PARTS);
    const parts = Array.from({ length: PARTS }, (_, i) => text.slice(i * step, (i + 1) * step));
    // warm both paths: a long text can take code paths (and grow tables) a tenth does not
    analyzer.analyze(comment('warm', parts[0]), { now });
    analyzer.analyze(comment('warm', text), { now });
    const whole = cpuMs(() => analyzer.analyze(comment('whole', text), { now }));
    const pieces = Math.max(cpuMs(() => parts.forEach((p, i) => analyzer.analyze(comment(`p${i}`, p), { now }))), 0.1);
    const ratio = whole / pieces;
    const kb = text.length / 1024;
    rows.push(`${id.padEnd(21)} ${kb.toFixed(0).padStart(4)} K chars  ${whole.toFixed(0).padStart(4)} ms  ${(whole / kb).toFixed(2).padStart(5)} ms/K  whole/tenths ×${ratio.toFixed(1)}`);
    expect(ratio, `${id}: ${whole.toFixed(0)} ms whole vs ${pieces.toFixed(0)} ms in ten parts`).toBeLessThan(LIMIT);
  });

  test('figures', () => {
    expect(rows.length).toBe(BIG.length);
    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    console.log(`\nAnalysis of the 100 K-character hostile comments (CPU time, best of 5; ${cpu}, ${os.cpus().length} cores, node ${process.version}):\n${rows.join('\n')}\n`);
  });
});
