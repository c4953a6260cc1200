// Instagram adapter. A comment is found by its permalink a[href*="/p/<code>/c/<id>/"] (wrapping
// time[datetime]); its row is the highest ancestor holding no other comment, caption time or
// composer; in the row, the author is the profile link (/<username>/) with text, the text is the
// first dir=auto block after the author that is not a link/control/heading. Works for the 2025
// (ul/li) and 2026 (no li) layouts; the caption has no /c/ link and is never a comment.
import { anyOf } from './selectors/schema';
import { INSTAGRAM_SELECTORS } from './selectors/instagram';
import type { PlatformSelectors } from './selectors/schema';
import { serializeText } from './text';
import { isoFromDatetime, parseRelativeTime } from './time';
import { assignParents, cleanUrl, depthBelow, exclusiveContainers, isElement, lowestCommonAncestor, normText, precedes, queryAll, shortLabel, visibleText, nearestComposer } from './dom';
import { GALATEO_ATTR, type ExtractedComment, type MoreControls, type PageInfo, type PlatformAdapter } from './types';

const PERMALINK = /\/(?:p|reel|reels|tv)\/([^/?#]+)\/c\/(\d+)(?:\/r\/(\d+))?/;
const RESERVED = new Set(['p', 'reel', 'reels', 'tv', 'explore', 'direct', 'stories', 'accounts', 'about', 'legal', 'developer', 'web', 'challenge']);

/** "/<username>/" (relative or absolute) → username, else null. */
const PROFILE_HREF = /^(?:https?:\/\/(?:[a-z0-9-]+\.)*instagram\.com)?\/([A-Za-z0-9._]{1,30})\/?(?:[?#].*)?$/;
export function usernameFromHref(href: string | null): string | null {
  if (!href) return null;
  const m = PROFILE_HREF.exec(href);
  if (!m || RESERVED.has(m[1])) return null;
  return m[1];
}

export interface InstagramCaption {
  author: string;
  text: string;
  element: Element;
}

export function createInstagramAdapter(sel: PlatformSelectors = INSTAGRAM_SELECTORS): PlatformAdapter & {
  findCaption(root: ParentNode): InstagramCaption | null;
} {
  const isMoreComments = anyOf(sel.labels.moreComments);
  const isMoreReplies = anyOf(sel.labels.moreReplies);

  interface Hit {
    link: HTMLAnchorElement;
    shortcode: string;
    id: string;
    parentHint: string | null;
  }
  const permalinks = (root: ParentNode): Hit[] => {
    const out: Hit[] = [];
    const seen = new Set<string>();
    for (const a of queryAll(root, sel.commentLink) as HTMLAnchorElement[]) {
      const m = PERMALINK.exec(a.getAttribute('href') ?? '');
      if (!m) continue;
      const id = m[3] ?? m[2];
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ link: a, shortcode: m[1], id, parentHint: m[3] ? m[2] : null });
    }
    return out;
  };

  /** time elements that are not inside a comment permalink (caption, post date). */
  const otherTimes = (root: ParentNode, hits: Hit[]): Element[] => {
    const links = new Set<Element>(hits.map((h) => h.link));
    return queryAll(root, 'time').filter((t) => {
      const a = t.closest('a');
      return !(a && links.has(a));
    });
  };

  const authorLinkIn = (row: Element, before: Element | null): HTMLAnchorElement | null => {
    let fallback: HTMLAnchorElement | null = null;
    for (const a of Array.from(row.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
      if (!usernameFromHref(a.getAttribute('href'))) continue;
      if (normText(a.textContent) && !a.querySelector('img')) return a;
      fallback ??= a;
      if (before && precedes(before, a)) break;
    }
    return fallback;
  };

  const findText = (row: Element, after: Element | null, exclude: Element[]): Element | null => {
    for (const cand of Array.from(row.querySelectorAll(sel.textBlock))) {
      if (after && (!precedes(after, cand) || cand.contains(after))) continue;
      if (exclude.some((e) => cand.contains(e) || e.contains(cand))) continue;
      // a link/control/heading around the candidate, unless it wraps the whole comment
      let blocked = false;
      for (let e: Element | null = cand; e && e !== row; e = e.parentElement) {
        if (e.hasAttribute(GALATEO_ATTR) || (e.matches(sel.notText) && !exclude.some((x) => e!.contains(x)))) {
          blocked = true;
          break;
        }
      }
      if (blocked) continue;
      if (cand.querySelector('time')) continue;
      if (!normText(cand.textContent) && !cand.querySelector('img[alt]')) continue;
      return cand;
    }
    return null;
  };

  interface Read {
    row: Element;
    href: string | null;
    authorLink: Element | null;
    author: string;
    text: string;
    textElement: Element | null;
    rawText: string | null;
    anchor: Element;
    permalink: string | null;
    timeText: string | null;
    datetime: string | null;
  }
  /** What was read from each permalink, reused on rescans while nothing around it changed. */
  const cache = new WeakMap<Element, Read>();

  const rows = (root: ParentNode) => {
    const hits = permalinks(root);
    const blockers = [...otherTimes(root, hits), ...queryAll(root, sel.composer)];
    const containers = exclusiveContainers(
      hits.map((h) => h.link),
      blockers,
      'body, html, main, [role="main"], [role="dialog"], article, section',
    );
    return { hits, containers };
  };

  const adapter = {
    platform: 'instagram' as const,

    matches(url: URL) {
      const h = url.hostname.toLowerCase();
      return sel.hosts.some((x) => h === x || h.endsWith('.' + x));
    },

    detectPage(doc: Document, url: URL): PageInfo | null {
      if (!adapter.matches(url)) return null;
      const p = url.pathname.split('/').filter(Boolean);
      let id: string | null = null;
      let postId: string | null = null;
      const i = p.findIndex((s) => s === 'p' || s === 'reel' || s === 'reels' || s === 'tv');
      if (i >= 0) {
        postId = p[i + 1] ?? null;
        if (i === 1 && !RESERVED.has(p[0])) id = p[0];
      } else if (p[0] && !RESERVED.has(p[0])) id = p[0];
      const cap = adapter.findCaption(doc);
      // The post owner: the caption author, else the first profile link in the post header.
      let name: string | null = cap?.author ?? null;
      if (!name) {
        // the post header: a profile link showing its own handle (nav links say "Profile")
        const first = permalinks(doc)[0];
        const header = Array.from(doc.querySelectorAll<HTMLAnchorElement>('a[href]')).find((a) => {
          const u = usernameFromHref(a.getAttribute('href'));
          return u !== null && normText(a.textContent) === u && (!first || precedes(a, first.link));
        });
        name = normText(header?.textContent) || null;
      }
      id ??= name;
      const hits = permalinks(doc);
      postId ??= hits[0]?.shortcode ?? null;
      let postTime: string | null = null;
      const times = otherTimes(doc, hits);
      const postLinked = times.find((t) => {
        const href = t.closest('a')?.getAttribute('href') ?? '';
        return postId !== null && href.includes(`/${postId}`);
      });
      postTime = isoFromDatetime((postLinked ?? times[times.length - 1])?.getAttribute('datetime'));
      return { platform: 'instagram', id, name, url: url.toString(), postId, postTime };
    },

    findComments(root: ParentNode, now: Date = new Date()): ExtractedComment[] {
      const { hits, containers } = rows(root);
      const partial: Omit<ExtractedComment, 'isReply' | 'parentId'>[] = [];
      const thread: { core: Element; id: string; replyHint: boolean; parentHint: string | null }[] = [];
      for (const h of hits) {
        const row = containers.get(h.link) ?? h.link;
        // reuse what was read from this permalink while its row, author and text are unchanged
        const c = cache.get(h.link);
        if (
          c &&
          c.row === row &&
          c.href === h.link.getAttribute('href') &&
          (!c.authorLink || row.contains(c.authorLink)) &&
          row.contains(c.anchor) &&
          (c.textElement ? row.contains(c.textElement) && c.textElement.textContent === c.rawText : true)
        ) {
          const time = c.datetime ?? (c.timeText ? parseRelativeTime(c.timeText, now) : null);
          partial.push({ id: h.id, author: c.author, text: c.text, permalink: c.permalink, time, timeText: c.timeText, element: row, textElement: c.textElement, anchor: c.anchor });
          thread.push({ core: h.link, id: h.id, replyHint: h.parentHint !== null, parentHint: h.parentHint });
          continue;
        }
        const authorLink = authorLinkIn(row, h.link);
        const author = normText(authorLink?.textContent) || usernameFromHref(authorLink?.getAttribute('href') ?? null) || '';
        const exclude = [h.link, ...(authorLink ? [authorLink] : [])];
        const textElement = findText(row, authorLink, exclude);
        const text = textElement ? serializeText(textElement).text : '';
        const timeEl = h.link.querySelector('time');
        const timeText = normText(timeEl?.textContent ?? h.link.textContent) || null;
        const time = isoFromDatetime(timeEl?.getAttribute('datetime')) ?? (timeText ? parseRelativeTime(timeText, now) : null);
        const permalink = cleanUrl(h.link.getAttribute('href') ?? '', 'https://www.instagram.com/', () => false);
        let anchor: Element = textElement ?? h.link;
        while (anchor.parentElement && anchor.parentElement !== row && row.contains(anchor.parentElement) && !anchor.parentElement.contains(h.link)) {
          anchor = anchor.parentElement;
        }
        partial.push({ id: h.id, author, text, permalink, time, timeText, element: row, textElement, anchor });
        thread.push({ core: h.link, id: h.id, replyHint: h.parentHint !== null, parentHint: h.parentHint });
        cache.set(h.link, {
          row,
          href: h.link.getAttribute('href'),
          authorLink,
          author,
          text,
          textElement,
          rawText: textElement?.textContent ?? null,
          anchor,
          permalink,
          timeText,
          datetime: isoFromDatetime(timeEl?.getAttribute('datetime')),
        });
      }
      const parents = assignParents(thread);
      return partial.map((c, i) => ({ ...c, ...parents[i] }));
    },

    findCaption(root: ParentNode): InstagramCaption | null {
      // The caption: an author link + a time that is not a comment permalink, before the first
      // comment; its text is the heading (2025 layout: h1) or the longest text block beside them.
      const hits = permalinks(root);
      const times = otherTimes(root, hits).filter((t) => !hits.length || precedes(t, hits[0].link));
      for (const t of times) {
        // the highest block around the time that holds no comment
        let anc: Element | null = null;
        for (let e = t.parentElement; e && !e.matches('body, html, [role="dialog"], main, article'); e = e.parentElement) {
          if (hits.some((h) => e!.contains(h.link))) break;
          anc = e;
        }
        if (!anc) continue;
        const author = Array.from(anc.querySelectorAll<HTMLAnchorElement>('a[href]')).find(
          (a) => usernameFromHref(a.getAttribute('href')) && normText(a.textContent) && !a.querySelector('img'),
        );
        if (!author) continue;
        const heading = Array.from(anc.querySelectorAll('h1')).find((h) => !h.contains(author) && !h.contains(t));
        let best: Element | null = heading ?? null;
        let bestText = heading ? serializeText(heading).text : '';
        if (!best) {
          for (const el of Array.from(anc.querySelectorAll('span, div'))) {
            if (el.contains(author) || el.contains(t) || author.contains(el)) continue;
            const blocked = el.closest(sel.notText);
            if (blocked && anc.contains(blocked) && !blocked.contains(author)) continue;
            const text = serializeText(el).text;
            if (text.length > bestText.length) {
              best = el;
              bestText = text;
            }
          }
        }
        return best && bestText ? { author: normText(author.textContent), text: bestText, element: best } : null;
      }
      return null;
    },

    findMoreControlsByKind(root: ParentNode): MoreControls {
      const moreComments: Element[] = [];
      const moreReplies: Element[] = [];
      // A walk that reads each control's label only when it is short: Instagram wraps whole
      // comments in role=button elements, whose text must not be read again and again.
      const visit = (el: Element) => {
        if (el.hasAttribute(GALATEO_ATTR)) return;
        if (el.matches(sel.control)) {
          const label = shortLabel(el, 60);
          if (label !== null) {
            if (isMoreReplies(label)) moreReplies.push(el);
            else if (isMoreComments(label)) moreComments.push(el);
            return;
          }
        }
        for (let c = el.firstElementChild; c; c = c.nextElementSibling) visit(c);
      };
      const start = isElement(root) ? [root] : Array.from((root as ParentNode).children);
      for (const el of start) visit(el);
      return { moreComments, moreReplies };
    },

    findMoreControls(root: ParentNode): Element[] {
      const { moreComments, moreReplies } = adapter.findMoreControlsByKind(root);
      return [...moreComments, ...moreReplies];
    },

    findComposers(root: ParentNode): HTMLElement[] {
      return queryAll(root, sel.composer).filter((el): el is HTMLElement => !el.parentElement?.closest(sel.composer));
    },

    findReplyBox(comment: ExtractedComment, doc: Document): HTMLElement | null {
      return nearestComposer(comment.element, adapter.findComposers(doc));
    },

    findCommentMenu(comment: ExtractedComment): HTMLElement | null {
      // an icon-only control (svg, no text) in the comment's meta line, next to its time link
      const link = comment.element.querySelector(`a[href*="/c/${comment.id}"]`) ?? comment.element.querySelector(sel.commentLink);
      if (!link) return null;
      for (const c of Array.from(comment.element.querySelectorAll<HTMLElement>(sel.control))) {
        if (visibleText(c) || !c.querySelector('svg') || c.contains(link)) continue;
        const l = lowestCommonAncestor(c, link);
        if (l && depthBelow(l, link) <= 2) return c;
      }
      return null;
    },

    findReplyAction(comment: ExtractedComment): HTMLElement | null {
      return findInstagramReplyAction(comment, sel);
    },

    hasCommentSignals(root: ParentNode): boolean {
      return permalinks(root).length > 0;
    },
  };
  return adapter;
}

export const instagramAdapter = createInstagramAdapter();

/** The "Reply" control of an Instagram comment (to start a reply with its @mention), or null. */
export function findInstagramReplyAction(comment: ExtractedComment, sel: PlatformSelectors = INSTAGRAM_SELECTORS): HTMLElement | null {
  const isReply = anyOf(sel.labels.reply);
  const controls = Array.from(comment.element.querySelectorAll<HTMLElement>(sel.control));
  const byLabel = controls.find((c) => isReply(normText(c.textContent)));
  if (byLabel) return byLabel;
  // structure: a short text control without digits ("2 likes" has some) in the time link's line
  const link = comment.element.querySelector(`a[href*="/c/${comment.id}"]`);
  if (!link) return null;
  return (
    controls.find((c) => {
      const t = normText(c.textContent);
      if (!t || t.length > 20 || /\d/.test(t) || c.contains(link)) return false;
      const l = lowestCommonAncestor(c, link);
      return !!l && depthBelow(l, link) <= 3;
    }) ?? null
  );
}
