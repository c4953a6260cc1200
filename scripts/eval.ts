// npm run eval -- FILE... : scores labelled JSONL files (format of data/eval/README.md) with the analyzer.
// Per rule: recall on `true` labels, false-positive rate on `false` labels; per MHC functionality;
// `"hate": true` is met by a hate OR threat finding. `"hate": false` is judged on the hate rule only
// (a threat finding on "Voglio ucciderlo" is a correct threat, not hate); `"threat": false` judges threat.
// Options: --misses N  print up to N misclassified texts per rule (for error analysis)
//          --json      print the figures as JSON
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../lib/analyzer';
import { ruleById } from '../lib/rules/index';
import type { Rule, RuleContext } from '../lib/rules/rule';
import type { CommentInput, Finding, RuleId } from '../lib/types';
import vulgarity from '../lib/rules/vulgarity';
import hate from '../lib/rules/hate';
import threat from '../lib/rules/threat';
import insult from '../lib/rules/insult';
import crisis from '../lib/rules/crisis';

const MINE: Rule[] = [vulgarity, hate, threat, insult, crisis] as unknown as Rule[];

interface Row extends CommentInput {
  expect: Partial<Record<RuleId, boolean>>;
  functionality?: string;
  pejorative?: boolean;
}

const args = process.argv.slice(2);
let misses = 0;
let asJson = false;
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--misses') misses = Number(args[++i] ?? '5');
  else if (args[i] === '--json') asJson = true;
  else files.push(args[i]);
}
if (!files.length) {
  console.error('uso/usage: npm run eval -- FILE.jsonl [FILE...] [--misses N] [--json]');
  process.exit(2);
}

const analyzer = createAnalyzer();
// rules not (yet) in the registry run directly, with their default settings
const extra = MINE.filter((r) => !ruleById(r.id));

function findingsOf(row: Row): Finding[] {
  const a = analyzer.analyze(row, { now: new Date('2026-11-22T10:00:00+01:00') });
  const out = [...a.findings];
  if (extra.length) {
    const ctx: RuleContext = { profile: analyzer.profile, now: new Date('2026-11-22T10:00:00+01:00'), thread: [], topics: [], lang: 'it' };
    for (const r of extra) out.push(...r.detect(row, ctx, r.settings.parse({})));
  }
  return out;
}

type Tally = { tp: number; pos: number; fp: number; neg: number; missed: string[]; falsePos: string[] };
const tally = () => ({ tp: 0, pos: 0, fp: 0, neg: 0, missed: [], falsePos: [] }) as Tally;
const perFile: Record<string, { rules: Record<string, Tally>; funcs: Record<string, Tally>; n: number; ms: number }> = {};

for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`Impossibile leggere ${file} / cannot read ${file}: ${(e as Error).message}`);
    process.exit(2);
  }
  const rules: Record<string, Tally> = {};
  const funcs: Record<string, Tally> = {};
  let n = 0;
  const t0 = performance.now();
  for (const [lineNo, line] of text.split('\n').entries()) {
    if (!line.trim()) continue;
    let row: Row;
    try {
      row = JSON.parse(line) as Row;
      if (typeof row.text !== 'string' || typeof row.expect !== 'object') throw new Error('text/expect missing');
    } catch (e) {
      console.error(`${file}:${lineNo + 1}: riga non valida / invalid line: ${(e as Error).message}`);
      continue;
    }
    n++;
    const fired = new Set(findingsOf(row).map((f) => f.rule));
    const func = row.functionality ?? (row.pejorative !== undefined ? (row.pejorative ? 'pejorative' : 'non-pejorative') : 'all');
    for (const [rule, want] of Object.entries(row.expect) as [RuleId, boolean][]) {
      const got = rule === 'hate' && want ? fired.has('hate') || fired.has('threat') : fired.has(rule);
      const t = (rules[rule] ??= tally());
      if (want) {
        t.pos++;
        if (got) t.tp++;
        else t.missed.push(row.text);
      } else {
        t.neg++;
        if (got) {
          t.fp++;
          t.falsePos.push(row.text);
        }
      }
    }
    // one verdict per row: MHC on hate (hate or threat when hateful); PejorativITy on insult (pejorative)
    // or on any of insult/hate/vulgarity (non-pejorative); otherwise any expected-false rule firing is a false positive
    let funcJudged = true;
    let funcOk: boolean;
    let want: boolean;
    if (row.functionality !== undefined && 'hate' in row.expect) {
      want = row.expect.hate!;
      funcOk = want ? fired.has('hate') || fired.has('threat') : !fired.has('hate');
    } else if (row.pejorative !== undefined) {
      want = row.pejorative;
      funcOk = want ? fired.has('insult') : !(fired.has('insult') || fired.has('hate') || fired.has('vulgarity'));
    } else {
      want = Object.values(row.expect).some(Boolean);
      funcOk = (Object.entries(row.expect) as [RuleId, boolean][]).every(([r, w]) => w === fired.has(r));
      funcJudged = true;
    }
    if (funcJudged) {
      const f = (funcs[func] ??= tally());
      if (want) {
        f.pos++;
        if (funcOk) f.tp++;
        else f.missed.push(row.text);
      } else {
        f.neg++;
        if (!funcOk) {
          f.fp++;
          f.falsePos.push(row.text);
        }
      }
    }
  }
  perFile[file] = { rules, funcs, n, ms: performance.now() - t0 };
}

const pct = (a: number, b: number) => (b ? (a / b).toFixed(3) : '  -  ');
if (asJson) {
  const out: Record<string, unknown> = {};
  for (const [file, r] of Object.entries(perFile)) {
    const m = (t: Tally) => ({ recall: t.pos ? t.tp / t.pos : null, positives: t.pos, fpRate: t.neg ? t.fp / t.neg : null, negatives: t.neg });
    out[file] = {
      comments: r.n,
      rules: Object.fromEntries(Object.entries(r.rules).map(([k, t]) => [k, m(t)])),
      functionalities: Object.fromEntries(Object.entries(r.funcs).map(([k, t]) => [k, m(t)])),
    };
  }
  console.log(JSON.stringify(out, null, 2));
} else {
  for (const [file, r] of Object.entries(perFile)) {
    console.log(`\n== ${file}  (${r.n} comments, ${(r.n / (r.ms / 1000)).toFixed(0)} comments/s)`);
    console.log('rule                 recall (tp/pos)        false-positive rate (fp/neg)');
    for (const [rule, t] of Object.entries(r.rules).sort()) {
      console.log(`${rule.padEnd(20)} ${pct(t.tp, t.pos).padStart(6)} (${t.tp}/${t.pos})`.padEnd(44) + `${pct(t.fp, t.neg).padStart(6)} (${t.fp}/${t.neg})`);
    }
    {
      console.log('\nfunctionality        correct  (hateful: recall; non-hateful: false-positive rate)');
      for (const [f, t] of Object.entries(r.funcs).sort()) {
        const line = t.pos ? `recall ${pct(t.tp, t.pos)} (${t.tp}/${t.pos})` : `fp-rate ${pct(t.fp, t.neg)} (${t.fp}/${t.neg})`;
        console.log(`${f.padEnd(20)} ${line}`);
      }
    }
    if (misses) {
      for (const [rule, t] of Object.entries(r.rules)) {
        if (t.missed.length) console.log(`\n-- ${rule} missed:\n  ` + t.missed.slice(0, misses).join('\n  '));
        if (t.falsePos.length) console.log(`\n-- ${rule} false positives:\n  ` + t.falsePos.slice(0, misses).join('\n  '));
      }
    }
  }
}
