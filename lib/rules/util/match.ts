// Small helpers shared by the pattern rules.
import type { Span } from '../../types';

/** Every match of a global regex as a span (offsets into the string it ran on), added to `out`. */
export function spansOf(re: RegExp, s: string, out: Span[] = []): Span[] {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

// unionSpans' next match of each part (start, end), kept across its calls to spare an array per call
const nextStart: number[] = [];
const nextEnd: number[] = [];

/**
 * The spans that the global regex `\b(?:A|B|C…)W` finds in `s`, found through smaller global regexes
 * `parts` (the first `n` of the array) that each hold some of its alternatives, in its order, with the same \b and W around them
 * (a part whose alternatives cannot match `s` may be left out). The whole regex takes, at the leftmost
 * place where one of its alternatives matches, the first alternative in its order that matches there,
 * then goes on from that match's end: here the leftmost place is the least start of the parts' next
 * matches, and when several parts start there the full regex, sticky (`whole`), picks the match. A
 * part is searched again only when a match ended past the start of its next one. No empty matches.
 */
export function unionSpans(parts: readonly RegExp[], n: number, whole: RegExp, s: string, out: Span[]): void {
  if (n === 1) {
    spansOf(parts[0], s, out);
    return;
  }
  for (let k = 0; k < n; k++) nextStart[k] = -1;
  let pos = 0;
  for (;;) {
    let first = -1;
    let start = Infinity;
    let tie = false;
    for (let k = 0; k < n; k++) {
      if (nextStart[k] < pos) {
        const re = parts[k];
        re.lastIndex = pos;
        const m = re.exec(s);
        nextStart[k] = m ? m.index : Infinity;
        nextEnd[k] = m ? m.index + m[0].length : Infinity;
      }
      if (nextStart[k] < start) {
        start = nextStart[k];
        first = k;
        tie = false;
      } else if (nextStart[k] === start && start !== Infinity) tie = true;
    }
    if (first < 0) return;
    let end = nextEnd[first];
    if (tie) {
      whole.lastIndex = start;
      end = start + whole.exec(s)![0].length;
    }
    out.push({ start, end });
    pos = end;
  }
}

const NEG_RE = /\b(?:non|mai|nessuno|ne|never|not|don't|do not|dont)(?![a-z])/;

/** True when a negation ("non", "mai", "never"…) sits in the few words before `start`. */
export function negatedBefore(f: string, start: number, window = 25): boolean {
  const before = f.slice(Math.max(0, start - window), start);
  return NEG_RE.test(before);
}

/** Bounds of the sentence around `pos` (split on . ! ? and new lines). */
export function sentenceAt(s: string, pos: number): Span {
  let start = pos;
  while (start > 0 && !/[.!?\n]/.test(s[start - 1])) start--;
  let end = pos;
  while (end < s.length && !/[.!?\n]/.test(s[end])) end++;
  if (end < s.length) end++; // keep the terminator: callers check for '?'
  return { start, end };
}

/** Sorted, de-duplicated spans (overlaps merged). */
export function mergeSpans(spans: Span[]): Span[] {
  if (spans.length < 2) return spans;
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [{ ...sorted[0] }];
  for (let i = 1; i < sorted.length; i++) {
    const last = out[out.length - 1];
    if (sorted[i].start <= last.end) last.end = Math.max(last.end, sorted[i].end);
    else out.push({ ...sorted[i] });
  }
  return out;
}
