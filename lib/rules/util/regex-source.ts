// Reading the words a regular expression's source names: the patterns of insult and hate are written
// as alternations of words, and their first and last words index them (a pattern is tried only where
// a token can start it, and only when a word it can end on follows). What both rules' parsers share.

/** Split a regex source at its top-level "|". */
export function splitTop(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cls = false;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (cls) cls = ch !== ']';
    else if (ch === '[') cls = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

/** For each ")" of a regex source, where its group opens (escapes and character classes skipped). */
export function groupOpenings(src: string): Map<number, number> {
  const open = new Map<number, number>();
  const stack: number[] = [];
  let cls = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (cls) cls = ch !== ']';
    else if (ch === '[') cls = true;
    else if (ch === '(') stack.push(i);
    else if (ch === ')') open.set(i, stack.pop()!);
  }
  return open;
}

/**
 * Whether what stands at `i` in `src` starts a word: nothing before it in the fragment, a space or a
 * group's opening before it, or before it a lookahead or a group whose alternatives all end with a
 * space ("(?:e |o )vacca"; when optional, itself at a word start: "(?:solo )?vacca", insult's FILL); not letters
 * glued to it.
 */
export function wordStartsAt(src: string, i: number, open: Map<number, number>): boolean {
  if (i === 0 || src[i - 1] === ' ' || src[i - 1] === '(' || src[i - 1] === '|') return true;
  // a quantifier ("?", "*", "{0,3}", lazy or not) after a group
  const q = /(?:\?|\*|\+|\{\d*,?\d*\})\??$/.exec(src.slice(0, i));
  const close = q ? i - q[0].length - 1 : i - 1;
  if (src[close] !== ')' || (close > 0 && src[close - 1] === '\\')) return false;
  const o = open.get(close)!;
  if (/^\(\?[=!]/.test(src.slice(o))) return !q && wordStartsAt(src, o, open);
  if (!src.startsWith('(?:', o) || !splitTop(src.slice(o + 3, close)).every((alt) => alt.endsWith(' '))) return false;
  // a group that may be skipped: what stands before it must end a word too
  return !q || wordStartsAt(src, o, open);
}

/** What `read` finds in each top-level alternative of `src`, together; null when it is unsure of one. */
export function wordsOfAlternatives<T>(src: string, read: (alternative: string) => T[] | null): T[] | null {
  const out: T[] = [];
  for (const alt of splitTop(src)) {
    const ws = read(alt);
    if (!ws) return null;
    out.push(...ws);
  }
  return out;
}

/** Where the group that opens at `src[0]` closes (escapes and character classes skipped), or -1. */
export function groupEnd(src: string): number {
  let depth = 0;
  let cls = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (cls) cls = ch !== ']';
    else if (ch === '[') cls = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The words a run of letters and letter classes spells: "d[oa]" → do, da. */
export function expandClasses(run: string): string[] {
  let words = [''];
  for (const part of run.match(/\[[a-z]+\]|[^[]/g) ?? []) {
    const opts = part.length > 1 ? part.slice(1, -1).split('') : [part];
    words = words.flatMap((w) => opts.map((o) => w + o));
  }
  return words;
}
