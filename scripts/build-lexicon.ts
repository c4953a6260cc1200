// Builds lib/lexicons/generated/it-sources.json from the public word lists in data/lexicon-sources/.
// Run: npx tsx scripts/build-lexicon.ts  (output is committed; the extension never reads data/).
// Every entry gets a category and a weight by deliberate rules below; curated entries
// (lib/lexicons/curated.ts) always win at load time, the allowlist and SOURCE_NOISE are dropped here.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { termKey } from '../lib/text/matcher';
import { ALLOWLIST, SOURCE_NOISE } from '../lib/lexicons/curated';

const dir = join(import.meta.dirname, '..', 'data', 'lexicon-sources');
const out = join(import.meta.dirname, '..', 'lib', 'lexicons', 'generated', 'it-sources.json');
const compactOut = join(import.meta.dirname, '..', 'lib', 'lexicons', 'generated', 'it-compact.json');

const lines = (f: string) =>
  readFileSync(join(dir, f), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

const sources: Record<string, string[]> = {
  'ldnoobw-v1': lines('ldnoobw_v1_it.txt'),
  'ldnoobw-v2': lines('ldnoobw_v2_it.txt'),
  napolux: lines('napolux_lista_badwords.txt'),
  'italian-badwords-list': [...readFileSync(join(dir, 'italian-badwords-list_array.js'), 'utf8').matchAll(/"([^"]+)"/g)].map((m) => m[1]),
};

const drop = new Set([...ALLOWLIST, ...SOURCE_NOISE].map(termKey));
const DEITY = /(dio|iddio|madonn|cristo|gesu|padreterno|allah|ges[uù]cristo)/;
/** Words that hold the letters of a deity's name without naming it. */
const NO_DEITY = /idiot/;
const DEITY_ALONE = /^(dio|iddio|madonna|cristo|gesu|gesucristo|padreterno|signore|maronna|oddio|diomio|madonnina|madonnasanta)$/;
const SLUR = /(negr[oaie]|negrone|froc|culatton|ricchion|recchion|mongol|handicapp|terron|checc[ah]|giude|arrus|busone|bucaiol)/;
const VULGAR = /(cazz|merd|stronz|coglion|minchi|fancul|fott|puttan|troi[aei]|mignott|zoccol|bocchin|pompin|sborr|incul|segaiol|leccacul|^fig[ah]|^fighe|^fic[ah]|^cul[oi]$|fregn|sorca|bastard|pirla|cagar|cacar|scopa(re|ta)|chiava(re|ta)|tromba(re|ta)|sticchio|nerchia|mortacci)/;

type Out = { t: string; c: 'vulgar' | 'blasphemy' | 'slur'; w: number; s: string[] };
const byKey = new Map<string, Out>();
let dropped = 0;
for (const [name, list] of Object.entries(sources)) {
  for (const raw of list) {
    if (/[ãƒâ]/.test(raw) || raw.length > 40) {
      dropped++;
      continue;
    }
    const term = raw.toLowerCase().replace(/\s+/g, ' ').replace(/[.]$/, '');
    const k = termKey(term);
    if (!k || drop.has(k) || drop.has(termKey(term.replace(/^(sei|che|ti) /, '')))) {
      dropped++;
      continue;
    }
    const prev = byKey.get(k);
    if (prev) {
      if (!prev.s.includes(name)) prev.s.push(name);
      continue;
    }
    byKey.set(k, { t: term, c: 'vulgar', w: 0, s: [name] });
  }
}
for (const [k, o] of byKey) {
  // "dio" inside "idiota" names no deity (the lists had "idiota" and "sei un idiota" as blasphemy)
  if (DEITY.test(k) && !DEITY_ALONE.test(k) && !NO_DEITY.test(k)) {
    o.c = 'blasphemy';
    o.w = 0.9;
  } else if (SLUR.test(k)) {
    o.c = 'slur';
    o.w = 0.9;
  } else if (VULGAR.test(k)) {
    o.w = 0.9;
  } else {
    // not recognised by any stem: kept, below the default threshold (0.5), stronger when lists agree
    o.w = o.s.length >= 2 ? 0.45 : 0.3;
  }
}
const entries = [...byKey.values()].sort((a, b) => a.t.localeCompare(b.t));
writeFileSync(out, JSON.stringify(entries).replace(/\},\{/g, '},\n{') + '\n');
// What the extension ships: the same entries without their provenance, grouped by category and weight
// ("vulgar" → "0.9" → "term|term|…"), a fraction of the size in the content script.
const compact: Record<string, Record<string, string[]>> = {};
for (const e of entries) ((compact[e.c] ??= {})[String(e.w)] ??= []).push(e.t);
const packed = Object.fromEntries(Object.entries(compact).map(([c, byW]) => [c, Object.fromEntries(Object.entries(byW).map(([w, ts]) => [w, ts.join('|')]))]));
writeFileSync(compactOut, JSON.stringify(packed, null, 1) + '\n');
const count = (p: (o: Out) => boolean) => entries.filter(p).length;
console.log(
  `wrote ${entries.length} entries (dropped ${dropped}): blasphemy ${count((o) => o.c === 'blasphemy')}, slur ${count((o) => o.c === 'slur')}, ` +
    `vulgar>=0.5 ${count((o) => o.c === 'vulgar' && o.w >= 0.5)}, below threshold ${count((o) => o.w < 0.5)}`,
);
