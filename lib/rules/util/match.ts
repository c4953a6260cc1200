// Small helpers shared by the pattern rules.
import type { Span } from '../../types';

/** Every match of a global regex as a span (offsets into the string it ran on). */
export function spansOf(re: RegExp, s: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
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
