// Redaction helpers: mask spans of the ORIGINAL text (evidence of findings, personal data).
import type { Span } from '../types';

/** Merge overlapping/adjacent spans, sorted. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const s = [...spans].filter((x) => x.end > x.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const x of s) {
    const last = out[out.length - 1];
    if (last && x.start <= last.end) last.end = Math.max(last.end, x.end);
    else out.push({ start: x.start, end: x.end });
  }
  return out;
}

/**
 * Replace every character of the spans with `mask` (default '•'), keeping whitespace and,
 * with `keepFirst`, the first letter ("m••••"). Length is preserved so other offsets stay valid.
 */
export function maskSpans(text: string, spans: readonly Span[], opts: { mask?: string; keepFirst?: boolean } = {}): string {
  const mask = opts.mask ?? '•';
  let out = '';
  let pos = 0;
  for (const sp of mergeSpans(spans)) {
    const start = Math.max(0, Math.min(text.length, sp.start));
    const end = Math.max(start, Math.min(text.length, sp.end));
    out += text.slice(pos, start);
    for (let i = start; i < end; i++) {
      const c = text[i];
      out += /\s/.test(c) || (opts.keepFirst && i === start) ? c : mask;
    }
    pos = end;
  }
  return out + text.slice(pos);
}

/** Replace each span with a label such as "[email]" (length changes; for exports, not for offsets). */
export function replaceSpans(text: string, spans: readonly (Span & { label?: string })[], fallback = '[…]'): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const sp of sorted) {
    if (sp.start < pos) continue;
    out += text.slice(pos, sp.start) + (sp.label ?? fallback);
    pos = sp.end;
  }
  return out + text.slice(pos);
}
