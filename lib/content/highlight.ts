// Evidence highlighting in the host page without touching its text nodes: the CSS Custom Highlight API
// paints Ranges; we only register ranges and one page-level ::highlight() rule (adopted, no DOM node added).
import type { Span } from '../types';

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

let styleInstalled = false;
function installStyle(doc: Document): void {
  if (styleInstalled) return;
  styleInstalled = true;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      `::highlight(${HIGHLIGHT_NAME}){background-color:rgba(255,196,0,.45);text-decoration:underline wavy #b3261e;}` +
        `::highlight(${FOCUS_NAME}){background-color:rgba(255,120,0,.7);}`,
    );
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    // Old engines: highlights simply stay invisible; the card still quotes the evidence.
  }
}

/** Text nodes under `root` in document order, skipping our own UI. */
function textNodes(root: Element): Text[] {
  const out: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      (n.parentElement?.closest('[data-galateo]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/**
 * Map spans of the extracted comment text onto Ranges over the text element's nodes.
 * The adapter joins paragraphs with "\n", which has no text node: we compare with whitespace removed.
 */
export function rangesFor(textElement: Element, text: string, spans: readonly Span[]): Range[] {
  const nodes = textNodes(textElement);
  // Concatenation of node texts without whitespace, and for each kept char its (node, offset).
  const map: { node: Text; offset: number }[] = [];
  let flat = '';
  for (const node of nodes) {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      if (/\s/.test(data[i])) continue;
      flat += data[i];
      map.push({ node, offset: i });
    }
  }
  // Same projection for the comment text, remembering where each original offset lands.
  const projected: number[] = new Array(text.length + 1);
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    projected[i] = k;
    if (!/\s/.test(text[i])) k++;
  }
  projected[text.length] = k;
  const flatText = text.replace(/\s+/g, '');
  // The element text may start with extra content (e.g. a mention); find the comment text inside it.
  const base = flat.indexOf(flatText) >= 0 ? flat.indexOf(flatText) : 0;
  const ranges: Range[] = [];
  for (const span of spans) {
    const a = base + projected[Math.max(0, Math.min(span.start, text.length))];
    const b = base + projected[Math.max(0, Math.min(span.end, text.length))] - 1;
    if (b < a || !map[a] || !map[b]) continue;
    const range = textElement.ownerDocument.createRange();
    range.setStart(map[a].node, map[a].offset);
    range.setEnd(map[b].node, map[b].offset + 1);
    ranges.push(range);
  }
  return ranges;
}

const byOwner = new Map<string, Range[]>();
let evidence: InstanceType<HighlightCtor> | null = null;

/** Replace the highlighted evidence of one comment (key = comment id). One shared Highlight: O(ranges) per call. */
export function setEvidence(doc: Document, key: string, ranges: Range[]): void {
  const reg = registry();
  if (!reg) return;
  installStyle(doc);
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
