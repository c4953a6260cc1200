// Structural DOM helpers shared by the adapters (no platform knowledge, no browser API beyond the DOM).
import { GALATEO_ATTR } from './types';

export function insideGalateo(el: Element): boolean {
  return el.closest(`[${GALATEO_ATTR}]`) !== null;
}

/** querySelectorAll that also considers `root` itself, skipping Galateo's own nodes. */
export function queryAll(root: ParentNode, selector: string): Element[] {
  const out: Element[] = [];
  if (isElement(root) && root.matches(selector) && !insideGalateo(root)) out.push(root);
  for (const el of Array.from(root.querySelectorAll(selector))) if (!insideGalateo(el)) out.push(el);
  return out;
}

export function isElement(n: unknown): n is Element {
  return !!n && typeof n === 'object' && (n as Node).nodeType === 1;
}

/** a precedes b in document order. */
export function precedes(a: Node, b: Node): boolean {
  // DOCUMENT_POSITION_FOLLOWING = 4
  return (a.compareDocumentPosition(b) & 4) !== 0;
}

export function lowestCommonAncestor(a: Element, b: Element): Element | null {
  const seen = new Set<Element>();
  for (let e: Element | null = a; e; e = e.parentElement) seen.add(e);
  for (let e: Element | null = b; e; e = e.parentElement) if (seen.has(e)) return e;
  return null;
}

/** Number of parent steps from `el` up to `ancestor` (0 if equal, -1 if not an ancestor). */
export function depthBelow(ancestor: Element, el: Element): number {
  let d = 0;
  for (let e: Element | null = el; e; e = e.parentElement, d++) if (e === ancestor) return d;
  return -1;
}

export function normText(s: string | null | undefined): string {
  return (s ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/**
 * For each core element, the highest ancestor that contains no other core nor any blocker
 * (computed in O(n·depth) by counting, so 2,000-comment threads stay cheap). Never climbs
 * to body/html or past an element matching `stopAt`.
 */
export function exclusiveContainers(cores: Element[], blockers: Element[] = [], stopAt = 'body, html'): Map<Element, Element> {
  const counts = new Map<Element, number>();
  const bump = (el: Element) => {
    for (let e: Element | null = el; e; e = e.parentElement) counts.set(e, (counts.get(e) ?? 0) + 1);
  };
  for (const c of cores) bump(c);
  for (const b of blockers) bump(b);
  const out = new Map<Element, Element>();
  for (const c of cores) {
    let top = c;
    for (let p = c.parentElement; p && counts.get(p) === 1 && !p.matches(stopAt); p = p.parentElement) top = p;
    out.set(c, top);
  }
  return out;
}

export interface ThreadItem {
  /** Element whose depth decides nesting (FB: the article; IG: the permalink). */
  core: Element;
  id: string;
  /** The platform says it is a reply (label, reply link shape). */
  replyHint: boolean;
  /** The platform names the parent directly (IG /c/<parent>/r/<reply>/). */
  parentHint?: string | null;
}

/**
 * Assigns parents from structure: a comment whose core sits deeper below its lowest common
 * ancestor with an earlier open comment than that comment's core is its reply. Hints fill in
 * when structure is flat (a reply marked by the platform attaches to the last top-level comment).
 */
export function assignParents(items: ThreadItem[]): { isReply: boolean; parentId: string | null }[] {
  const stack: ThreadItem[] = [];
  const result: { isReply: boolean; parentId: string | null }[] = [];
  let lastTop: ThreadItem | null = null;
  for (const it of items) {
    while (stack.length) {
      const top = stack[stack.length - 1];
      const l = lowestCommonAncestor(top.core, it.core);
      if (l && l !== top.core && depthBelow(l, it.core) > depthBelow(l, top.core)) break;
      if (l === top.core) break; // nested inside the comment itself (older layouts)
      stack.pop();
    }
    let parent: ThreadItem | null = stack.length ? stack[stack.length - 1] : null;
    let parentId = parent?.id ?? null;
    if (it.parentHint) parentId = it.parentHint;
    else if (!parent && it.replyHint && lastTop) {
      parent = lastTop;
      parentId = lastTop.id;
    }
    const isReply = parentId !== null;
    result.push({ isReply, parentId });
    if (!isReply) lastTop = it;
    stack.push(it);
  }
  return result;
}

/** The outermost element of `candidates` that comes after `after` in document order. */
export function firstAfter<T extends Element>(candidates: T[], after: Element | null): T | null {
  for (const c of candidates) if (!after || precedes(after, c)) return c;
  return null;
}

/** Text of an element without what icons carry (svg <title>), whitespace collapsed. */
export function visibleText(el: Element): string {
  let out = '';
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += (c as Text).data;
      else if (c.nodeType === 1 && (c as Element).tagName.toLowerCase() !== 'svg') walk(c);
    }
  };
  walk(el);
  return normText(out);
}

/** Visible label of a control: its text, else its aria-label, else an inner svg/img label. */
export function controlLabel(el: Element): string {
  const t = normText(el.textContent);
  if (t) return t;
  const al = el.getAttribute('aria-label');
  if (al) return normText(al);
  const inner = el.querySelector('[aria-label]');
  return normText(inner?.getAttribute('aria-label'));
}

/**
 * A control's label if its text is at most `max` characters (else null, without reading the
 * whole subtree): its text, else its aria-label, else an inner svg/img label.
 */
export function shortLabel(el: Element, max: number): string | null {
  let len = 0;
  let out = '';
  const walk = (n: Node): boolean => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const d = (c as Text).data;
        len += d.length;
        if (len > max * 4) return false; // generous: whitespace is collapsed below
        out += d;
      } else if (c.nodeType === 1 && !walk(c)) return false;
    }
    return true;
  };
  if (!walk(el)) return null;
  const t = normText(out);
  if (t.length > max) return null;
  return t || controlLabel(el);
}

/** Removes tracking parameters from a platform URL (keeps what identifies the content); no URL parsing of the long tokens. */
export function cleanUrl(href: string, base: string, keep: (name: string) => boolean): string | null {
  if (!href) return null;
  const noHash = href.split('#')[0];
  const q = noHash.indexOf('?');
  const path = q < 0 ? noHash : noHash.slice(0, q);
  const params = q < 0 ? [] : noHash.slice(q + 1).split('&').filter((p) => p && keep(decodeName(p.split('=')[0])));
  let abs: string;
  try {
    abs = new URL(path, base).toString();
  } catch {
    return null;
  }
  return params.length ? `${abs}?${params.join('&')}` : abs;
}

function decodeName(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The composer nearest to a comment: the closest one inside the comment's own ancestors (a reply box
 * opened under it, preferably after it), else the page's first (the post's composer).
 */
export function nearestComposer(comment: Element, composers: readonly HTMLElement[]): HTMLElement | null {
  if (!composers.length) return null;
  for (let anc: Element | null = comment; anc; anc = anc.parentElement) {
    const inside = composers.filter((c) => anc!.contains(c));
    if (inside.length) return inside.find((c) => precedes(comment, c)) ?? inside[inside.length - 1];
  }
  return composers[0];
}
