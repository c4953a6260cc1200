// Evidence highlighting in the host page without touching its text nodes: the CSS Custom Highlight API
// paints Ranges; we only register ranges. The page-level ::highlight() rules are in highlight.css, injected by
// the browser from the manifest before the page is built: adopting them here, once the page exists, cost a
// style recalculation of the whole page (any new ::highlight() rule invalidates every element in Chromium).
import type { Span } from '../types';
import { rangeForSpan, serializeText } from '../platforms/text';

const HIGHLIGHT_NAME = 'galateo-evidence';
const FOCUS_NAME = 'galateo-evidence-focus';

type HighlightRegistry = Map<string, unknown> & { set(name: string, h: unknown): unknown };
interface HighlightCtor {
  new (...ranges: Range[]): { add(r: Range): void; delete(r: Range): boolean; clear(): void; size: number };
}

function registry(): { highlights: HighlightRegistry; Highlight: HighlightCtor } | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (globalThis as { Highlight?: HighlightCtor }).Highlight;
  if (!css?.highlights || !Highlight) return null;
  return { highlights: css.highlights, Highlight };
}

/**
 * Map spans of the extracted comment text onto Ranges over the host page's own nodes.
 * The adapter's serializer produced the text; if the element holds more (e.g. a leading mention),
 * spans are shifted to where the comment text sits inside it.
 */
export function rangesFor(textElement: Element, text: string, spans: readonly Span[]): Range[] {
  const serialized = serializeText(textElement);
  const shift = serialized.text === text ? 0 : Math.max(0, serialized.text.indexOf(text));
  const ranges: Range[] = [];
  for (const span of spans) {
    const r = rangeForSpan(textElement, { start: span.start + shift, end: span.end + shift }, serialized);
    if (r) ranges.push(r);
  }
  return ranges;
}

const byOwner = new Map<string, Range[]>();
let evidence: InstanceType<HighlightCtor> | null = null;

/** Replace the highlighted evidence of one comment (key = comment id). One shared Highlight: O(ranges) per call. */
export function setEvidence(doc: Document, key: string, ranges: Range[]): void {
  const reg = registry();
  if (!reg) return;
  if (!evidence) {
    evidence = new reg.Highlight();
    reg.highlights.set(HIGHLIGHT_NAME, evidence);
  }
  for (const r of byOwner.get(key) ?? []) evidence.delete(r);
  byOwner.set(key, ranges);
  for (const r of ranges) evidence.add(r);
}

/** Emphasise one comment's evidence (its card is open). */
export function focusEvidence(key: string | null): void {
  const reg = registry();
  if (!reg) return;
  const ranges = key ? byOwner.get(key) ?? [] : [];
  reg.highlights.set(FOCUS_NAME, new reg.Highlight(...ranges));
}

export function clearEvidence(key: string): void {
  for (const r of byOwner.get(key) ?? []) evidence?.delete(r);
  byOwner.delete(key);
}

export function evidenceCount(): number {
  return evidence?.size ?? 0;
}
