// Reads a comment's text as the user sees it, and maps offsets of that text back to DOM
// positions, so highlights land on the host page's own text nodes without changing them.
import type { Span } from '../types';
import { GALATEO_ATTR } from './types';

/** One piece of the serialized text: a host text node, or an image shown by its alt (emoji). */
export interface TextSegment {
  start: number;
  end: number;
  node: Node;
  kind: 'text' | 'image';
  /** Offset in the node's own data where this segment starts (non-zero when trimming cut into the node). */
  nodeOffset?: number;
}

export interface SerializedText {
  text: string;
  segments: TextSegment[];
}

const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'SECTION', 'ARTICLE']);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'SVG', 'svg', 'TEMPLATE', 'NOSCRIPT', 'BUTTON', 'TEXTAREA', 'INPUT', 'VIDEO', 'CANVAS']);

function isSkipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName)) return true;
  if (el.hasAttribute(GALATEO_ATTR)) return true;
  // "See more" / "See translation" controls live inside the text block: not part of the comment.
  const role = el.getAttribute('role');
  if (role === 'button') return true;
  return false;
}

/**
 * Serializes an element's visible text: text nodes as they are, emoji images as their alt,
 * block elements (paragraph wrappers) and <br> as "\n". Leading/trailing whitespace trimmed,
 * runs of blank lines collapsed to one "\n" (offsets stay exact: segments record them).
 */
export function serializeText(root: Element): SerializedText {
  let out = '';
  const segments: TextSegment[] = [];
  let pendingBreak = false;
  const newline = () => {
    // no trailing spaces at the end of a line ("Marco Bruno \n" → "Marco Bruno\n")
    const stripped = out.replace(/[ \t\u00a0]+$/, '');
    if (stripped.length !== out.length) {
      out = stripped;
      for (const s of segments) if (s.end > out.length) s.end = Math.max(s.start, out.length);
    }
    if (out.length > 0 && !out.endsWith('\n')) out += '\n';
  };
  const flush = () => {
    if (pendingBreak) {
      newline();
      pendingBreak = false;
    }
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (!data) return;
      // whitespace-only nodes between blocks carry no text
      if (!data.trim() && (out.length === 0 || out.endsWith('\n') || pendingBreak)) return;
      flush();
      segments.push({ start: out.length, end: out.length + data.length, node, kind: 'text' });
      out += data;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (isSkipped(el)) return;
    if (el.tagName === 'BR') {
      flush();
      newline();
      return;
    }
    if (el.tagName === 'IMG') {
      const alt = el.getAttribute('alt');
      // FB/IG render emoji as <img alt="😀">; decorative images have empty or "null" alt.
      if (alt && alt !== 'null' && isEmojiLike(alt)) {
        flush();
        segments.push({ start: out.length, end: out.length + alt.length, node: el, kind: 'image' });
        out += alt;
      }
      return;
    }
    const block = BLOCK_TAGS.has(el.tagName);
    if (block) {
      flush();
      newline();
    }
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (block) pendingBreak = true;
  };
  walk(root);
  // trim, shifting the segments
  const lead = out.length - out.replace(/^\s+/, '').length;
  const trimmed = out.trim();
  const result: TextSegment[] = [];
  for (const s of segments) {
    // Characters trimmed off the beginning of this very node: its node offsets start that far in.
    const cut = Math.max(0, lead - s.start);
    const start = Math.max(0, s.start - lead);
    const end = Math.min(trimmed.length, s.end - lead);
    if (end > start || (s.end - s.start === 0 && start <= trimmed.length)) result.push({ ...s, start, end, nodeOffset: cut });
  }
  return { text: trimmed, segments: result };
}

/** Emoji alt texts are short and contain no letters of a sentence ("❤️", "🙆🏻"). */
function isEmojiLike(alt: string): boolean {
  if (alt.length > 16) return false;
  return !/[A-Za-z\u00C0-\u024F]{2,}/.test(alt);
}

/**
 * A DOM Range covering `span` (offsets into the serialized text) over the host's own nodes.
 * Returns null when the span does not fall on visible content.
 */
export function rangeForSpan(root: Element, span: Span, serialized: SerializedText = serializeText(root)): Range | null {
  const doc = root.ownerDocument;
  if (!doc || span.end <= span.start) return null;
  const segs = serialized.segments;
  const startSeg = segs.find((s) => s.end > span.start);
  let endSeg: TextSegment | undefined;
  for (const s of segs) if (s.start < span.end) endSeg = s;
  if (!startSeg || !endSeg || startSeg.start >= span.end) return null;
  const range = doc.createRange();
  if (startSeg.kind === 'text') range.setStart(startSeg.node, (startSeg.nodeOffset ?? 0) + Math.max(0, span.start - startSeg.start));
  else range.setStartBefore(startSeg.node);
  if (endSeg.kind === 'text') range.setEnd(endSeg.node, (endSeg.nodeOffset ?? 0) + Math.min(endSeg.end, span.end) - endSeg.start);
  else range.setEndAfter(endSeg.node);
  return range;
}

/**
 * Controls inside a comment's text block ("See more", "Altro", "… more"): the text read is
 * truncated until one is clicked. The UI may click it before analysing, or mark the comment.
 */
export function textExpanders(textElement: Element): HTMLElement[] {
  return Array.from(textElement.querySelectorAll<HTMLElement>('[role="button"], button')).filter(
    (b) => !b.closest(`[${GALATEO_ATTR}]`) && (b.textContent ?? '').trim().length > 0 && (b.textContent ?? '').trim().length <= 30,
  );
}
