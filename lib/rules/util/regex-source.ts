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

/** A word a match's second word can be: that word, or (a stem) any word that begins with it. */
export interface SecondWord {
  word: string;
  stem: boolean;
}
/** A set of characters an edge reads: the characters themselves, or a wide class (see secondWords). */
type CharSet = string | 'word' | 'any' | 'space next';
/**
 * The words a match of `src` can have as its second word, and the first words after which it may have
 * none or any ("free": a match that is one word, "taci", or reads "[^ .]+" second); null when unsure
 * of the first word itself. Insult tries a pattern at a token only when the next token is one of the
 * words, or the token is a free first word. `src` reads as the canon does: " word word", the separators
 * ", " and ". " between words (not words themselves). A word read up to a "\w*", a wide class or the
 * match's end is a stem (a free first word too: a match may begin with any word it begins); lookarounds,
 * "^", "$" and "\b" read as nothing, but a lookahead that sees a space ends the word before it. So the
 * words found are a superset. Builds a small automaton of the source (groups, alternatives, classes,
 * escapes, quantifiers) and walks it up to the end of the second word.
 */
export function secondWords(src: string): { free: string[]; words: SecondWord[] } | null {
  // the automaton: per state, its empty moves and its moves on a character set
  const empty: number[][] = [];
  const moves: [CharSet, number][][] = [];
  const state = () => {
    moves.push([]);
    return empty.push([]) - 1;
  };
  let i = 0;
  // parsed and built together, from `from` to `to` (an atom is read again for each copy a quantifier makes)
  const alternatives = (from: number, to: number): void => {
    for (;;) {
      sequence(from, to);
      if (src[i] !== '|') return;
      i++;
    }
  };
  const sequence = (from: number, to: number): void => {
    let cur = from;
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const at = i;
      const copy = (a: number, b: number) => {
        i = at;
        atom(a, b);
      };
      atom(state(), state()); // read once to find its quantifier (this copy is left unreachable)
      const q = /^(?:([?*+])|\{(\d+)(,?)(\d*)\})\??/.exec(src.slice(i, i + 12));
      const after = i + (q ? q[0].length : 0);
      const min = !q ? 1 : q[1] ? (q[1] === '+' ? 1 : 0) : Number(q[2]);
      const max = !q ? 1 : q[1] ? (q[1] === '?' ? 1 : Infinity) : q[3] ? (q[4] ? Number(q[4]) : Infinity) : min;
      for (let n = 0; n < min; n++) {
        const next = state();
        copy(cur, next);
        cur = next;
      }
      if (max === Infinity) copy(cur, cur);
      for (let n = min; n < max && max !== Infinity; n++) {
        const next = state();
        copy(cur, next);
        empty[cur].push(next);
        cur = next;
      }
      i = after;
    }
    empty[cur].push(to);
  };
  const atom = (from: number, to: number): void => {
    const ch = src[i++];
    if (ch === '(') {
      const look = /^\?<?[=!]/.exec(src.slice(i, i + 3));
      if (look) {
        // a lookaround reads nothing; one that sees a space next ("(?= )", "(?= (?:, |$))") ends a word there
        const end = groupEnd(src.slice(i - 1)) + i;
        const body = src.slice(i + look[0].length, end - 1);
        if (look[0] === '?=' && splitTop(body).every((alt) => alt.startsWith(' '))) moves[from].push(['space next', to]);
        else empty[from].push(to);
        i = end;
        return;
      }
      if (src.startsWith('?:', i)) i += 2;
      alternatives(from, to);
      i++; // ")"
    } else if (ch === '[') {
      const end = src.indexOf(']', i + 1);
      const body = src.slice(i, end);
      i = end + 1;
      // letters as they are; a range or an escape reads some word character, a negated class anything
      if (body.startsWith('^') || /[ ,.]/.test(body)) moves[from].push(['any', to]);
      else if (/\\|-/.test(body)) moves[from].push(['word', to]);
      else moves[from].push([body, to]);
    } else if (ch === '\\') {
      const e = src[i++];
      if (e === 'p' || e === 'P') i = src.indexOf('}', i) + 1;
      if (e === 'b' || e === 'B') empty[from].push(to);
      else if (e === 'w' || e === 'd' || e === 'p') moves[from].push(['word', to]);
      else if (/[a-zA-Z]/.test(e)) moves[from].push(['any', to]);
      else moves[from].push([e, to]);
    } else if (ch === '^' || ch === '$') empty[from].push(to);
    else if (ch === '.') moves[from].push(['any', to]);
    else moves[from].push([ch, to]);
  };
  const start = state();
  const accept = state();
  alternatives(start, accept);
  // the walk, phase by phase: 0 before the leading space, 1 in the first word (`first`, a stem once it
  // ends with "*"), 2 where the second word starts (a separator may stand there), 3 in a separator,
  // 4 in the second word (`second`)
  const words = new Map<string, boolean>();
  const free = new Set<string>();
  let unsure = false;
  const seen = new Set<string>();
  const todo: [number, number, string, string][] = [[start, 0, '', '']];
  const add = (first: string, second: string, stem: boolean) => {
    if (!second) free.add(first.replace(/\*$/, ''));
    else if (!words.has(second) || (stem && !words.get(second))) words.set(second, stem);
  };
  while (todo.length && !unsure) {
    const [s, phase, first, second] = todo.pop()!;
    const key = `${s} ${phase} ${first} ${second}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (first.length > 40 || second.length > 40) unsure = true;
    if (s === accept) {
      // the match ends: in its first word, or with its second word begun (a stem)
      if (phase >= 2 || (phase === 1 && first)) add(first, phase === 4 ? second : '', true);
      else unsure = true;
      continue;
    }
    for (const t of empty[s]) todo.push([t, phase, first, second]);
    for (const [set, t] of moves[s]) {
      if (set === 'space next') {
        if (phase === 4) add(first, second, false);
        else todo.push([t, phase, first, second]);
      } else if (set === 'word' || set === 'any') {
        // a wide class: within the first word if it reads no space (a stem from there); the second word a stem
        if (phase === 1 && set === 'word' && first) todo.push([t, 1, first.endsWith('*') ? first : first + '*', '']);
        else if (phase === 2 || phase === 4) add(first, second, true);
        else unsure = true;
      } else {
        for (const c of set) {
          if (phase === 0) {
            if (c === ' ') todo.push([t, 1, '', '']);
            else unsure = true;
          } else if (phase === 1) {
            if (c === ' ' && first) todo.push([t, 2, first, '']);
            else if (!/[a-z0-9']/.test(c)) unsure = true;
            else todo.push([t, 1, first.endsWith('*') ? first : first + c, '']);
          } else if (phase === 2) {
            if (c === ',' || c === '.') todo.push([t, 3, first, '']);
            else if (c === ' ') unsure = true;
            else todo.push([t, 4, first, c]);
          } else if (phase === 3) {
            if (c === ' ') todo.push([t, 2, first, '']);
            else unsure = true;
          } else if (c === ' ') add(first, second, false);
          else if (/[a-z0-9']/.test(c)) todo.push([t, 4, first, second + c]);
          else add(first, second, true);
        }
      }
    }
  }
  return unsure ? null : { free: [...free], words: [...words].map(([word, stem]) => ({ word, stem })) };
}
