// Topic detection: accent/case-insensitive keyword and phrase matching on word boundaries.
// One combined regex per topic list, compiled once and cached (the list comes from the settings).
import type { Span, TopicDef } from './types';
import { boundedRegExp, fold, trieSource } from './rules/util/fold';

interface Compiled {
  re: RegExp | null;
  /** folded keyword -> indexes of the topics that list it */
  owners: Map<string, number[]>;
  topics: readonly TopicDef[];
}

const cache = new WeakMap<readonly TopicDef[], Compiled>();

function compile(topics: readonly TopicDef[]): Compiled {
  const owners = new Map<string, number[]>();
  topics.forEach((t, i) => {
    for (const k of [...t.keywords]) {
      const key = normKey(k);
      if (!key) continue;
      const list = owners.get(key) ?? [];
      if (!list.includes(i)) list.push(i);
      owners.set(key, list);
    }
  });
  const keys = [...owners.keys()].sort((a, b) => b.length - a.length);
  const re = keys.length ? boundedRegExp([trieSource(keys)], 'g', keys.every((k) => /^[a-z0-9]/.test(k))) : null;
  return { re, owners, topics };
}

function normKey(s: string): string {
  return fold(s.trim()).replace(/\s+/g, ' ').replace(/'\s*/g, "'");
}

function compiled(topics: readonly TopicDef[]): Compiled {
  let c = cache.get(topics);
  if (!c) {
    c = compile(topics);
    cache.set(topics, c);
  }
  return c;
}

export interface TopicMatch {
  id: string;
  spans: Span[];
}

/** Topics whose keywords occur in `text`, in the order of `topics`, each with its evidence spans. */
export function detectTopicMatches(text: string, topics: readonly TopicDef[]): TopicMatch[] {
  const c = compiled(topics);
  if (!c.re) return [];
  const f = fold(text);
  const found = new Map<number, Span[]>();
  c.re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = c.re.exec(f))) {
    const owners = c.owners.get(m[0]) ?? c.owners.get(normKey(m[0]));
    if (!owners) continue;
    for (const i of owners) {
      const spans = found.get(i) ?? [];
      spans.push({ start: m.index, end: m.index + m[0].length });
      found.set(i, spans);
    }
  }
  return [...found.keys()].sort((a, b) => a - b).map((i) => ({ id: c.topics[i].id, spans: found.get(i)! }));
}

/** Ids of the topics whose keywords occur in `text` (order of `topics`). Runs on every comment: no spans. */
export function detectTopics(text: string, topics: readonly TopicDef[]): string[] {
  const c = compiled(topics);
  if (!c.re) return [];
  const f = fold(text);
  c.re.lastIndex = 0;
  let m = c.re.exec(f);
  if (!m) return [];
  let hit: number[] | null = null;
  for (; m; m = c.re.exec(f)) {
    const owners = c.owners.get(m[0]) ?? c.owners.get(normKey(m[0]));
    if (!owners) continue;
    if (!hit) hit = owners.slice();
    else for (const i of owners) if (!hit.includes(i)) hit.push(i);
  }
  if (!hit) return [];
  if (hit.length > 1) hit.sort((a, b) => a - b);
  return hit.map((i) => c.topics[i].id);
}
