// Reading the words a regular expression's source names: the patterns of insult and hate are written
// as alternations of words, and their first and last words index them (a pattern is tried only where
// a token can start it, and only when a word it can end on follows). What both rules' parsers share,
// and how many words a match can span (spaceBounds, read by insult).

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
  for (const [close, open] of groupOpenings(src)) if (open === 0) return close;
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

/**
 * Bounds on the spaces a match of `src` holds less the commas and full stops it may read: [least, most
 * spaces]. In the canon every token and every separator (", ", ". ") follows one space, so a match that
 * starts at the space before token k and ends on a word ends on a token between k + least - 1 and
 * k + most - 1: insult then tries a pattern that needs two words ("stronza , vacca") only when a word it
 * ends on stands that far away. Reads the regex syntax the patterns use: groups, lookarounds, classes,
 * escapes and quantifiers.
 */
export function spaceBounds(src: string): [number, number] {
  let i = 0;
  // the weight range of one character: a space +1, a comma or full stop -1 (for the least), others 0
  const weight = (space: boolean, stop: boolean): [number, number] => [stop ? -1 : space ? 1 : 0, space ? 1 : 0];
  const escape = (ch: string): [number, number] => {
    if (ch === 'w' || ch === 'd' || ch === 'b' || ch === 'B') return [0, 0];
    if (ch === 's') return [0, 1];
    if (ch === 'S' || ch === 'W' || ch === 'D') return weight(ch === 'W' || ch === 'D', true);
    if (ch === 'p' || ch === 'P') {
      i = src.indexOf('}', i) + 1; // a Unicode property: letters, marks (never a space, a comma or a stop)
      return ch === 'p' ? [0, 0] : [-1, 1];
    }
    return weight(ch === ' ', ch === '.' || ch === ',');
  };
  const cls = (): [number, number] => {
    const negated = src[i] === '^';
    if (negated) i++;
    let space = false;
    let comma = false;
    let stop = false;
    let other = false;
    for (; src[i] !== ']'; i++) {
      let ch = src[i];
      if (ch === '\\') ch = '\\' + src[++i];
      if (src[i + 1] === '-' && src[i + 2] !== ']') other = true; // a range: anything, to be safe
      if (ch === ' ' || ch === '\\s') space = true;
      else if (ch === ',') comma = true;
      else if (ch === '.') stop = true;
      else if (ch !== '\\w' && ch !== '\\d' && (ch.length === 2 || !/[a-z'0-9]/.test(ch))) other = true;
    }
    i++;
    if (other) return [-1, 1];
    return negated ? weight(!space, !comma || !stop) : weight(space, comma || stop);
  };
  const alternatives = (): [number, number] => {
    let lo = Infinity;
    let hi = -Infinity;
    for (;;) {
      const [a, b] = sequence();
      lo = Math.min(lo, a);
      hi = Math.max(hi, b);
      if (src[i] !== '|') return [lo, hi];
      i++;
    }
  };
  const sequence = (): [number, number] => {
    let lo = 0;
    let hi = 0;
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const ch = src[i++];
      let w: [number, number];
      if (ch === '(') {
        const look = /^\?<?[=!]/.exec(src.slice(i, i + 3));
        if (look) i += look[0].length;
        else if (src.startsWith('?:', i)) i += 2;
        w = alternatives();
        i++; // ")"
        if (look) w = [0, 0]; // reads without taking
      } else if (ch === '[') w = cls();
      else if (ch === '\\') w = escape(src[i++]);
      else if (ch === '.') w = [-1, 1];
      else if (ch === '^' || ch === '$') w = [0, 0];
      else w = weight(ch === ' ', ch === ',');
      const q = /^(?:([?*+])|\{(\d+)(,?)(\d*)\})\??/.exec(src.slice(i, i + 12));
      if (q) {
        i += q[0].length;
        const min = q[1] ? (q[1] === '+' ? 1 : 0) : Number(q[2]);
        const max = q[1] ? (q[1] === '?' ? 1 : Infinity) : q[3] ? (q[4] ? Number(q[4]) : Infinity) : min;
        w = [w[0] >= 0 ? w[0] * min : max === Infinity ? -Infinity : w[0] * max, w[1] <= 0 ? w[1] * min : max === Infinity ? Infinity : w[1] * max];
      }
      lo += w[0];
      hi += w[1];
    }
    return [lo, hi];
  };
  return alternatives();
}
