// Facebook adapter. A comment is a div[role=article] that owns a link with comment_id=
// (owning = the link's nearest article is this one). Inside it: the author is the profile link
// whose comment_id is base64 "comment:<post>_<id>", the permalink is the link whose comment_id
// is numeric (its text is the short time "1w"), the text is the first dir=auto block after the
// author that is not a link/control. No class names; labels (selectors data) only refine.
import { anyOf } from './selectors/schema';
import { FACEBOOK_SELECTORS } from './selectors/facebook';
import type { PlatformSelectors } from './selectors/schema';
import { serializeText } from './text';
import { isoFromDatetime, parseRelativeTime } from './time';
import {
  assignParents,
  cleanUrl,
  controlLabel,
  insideGalateo,
  isElement,
  lowestCommonAncestor,
  depthBelow,
  normText,
  precedes,
  queryAll,
  nearestComposer,
} from './dom';
import { GALATEO_ATTR, type ExtractedComment, type MoreControls, type PageInfo, type PlatformAdapter } from './types';

interface LinkInfo {
  el: HTMLAnchorElement;
  /** numeric comment_id (permalink links) */
  numericId: string | null;
  replyId: string | null;
  /** from base64 "comment:<post>_<id>" (profile links) */
  decodedId: string | null;
  decodedPost: string | null;
}

const NUMERIC = /^\d+$/;

/** Decodes FB's base64 comment handle "comment:<postId>_<commentId>". */
export function decodeCommentHandle(value: string): { postId: string; commentId: string } | null {
  try {
    const b64 = value.replace(/-/g, '+').replace(/_/g, '/');
    const padded = b64 + '='.repeat((4 - (b64.length % 4)) % 4);
    const raw = typeof atob === 'function' ? atob(padded) : Buffer.from(padded, 'base64').toString('binary');
    const m = /^comment:(\d+)_(\d+)$/.exec(raw);
    return m ? { postId: m[1], commentId: m[2] } : null;
  } catch {
    return null;
  }
}

/** A query parameter read from an href without building a URL (hrefs carry long tracking tokens). */
const PARAM_RE = new Map<string, RegExp>();
function param(href: string, name: string): string | null {
  let re = PARAM_RE.get(name);
  if (!re) PARAM_RE.set(name, (re = new RegExp(`[?&]${name}=([^&#]*)`)));
  const m = re.exec(href);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return m[1];
  }
}

function parseLink(el: HTMLAnchorElement): LinkInfo | null {
  const href = el.getAttribute('href');
  if (!href) return null;
  const cid = param(href, 'comment_id');
  if (!cid) return null;
  const reply = param(href, 'reply_comment_id');
  const info: LinkInfo = { el, numericId: null, replyId: reply && NUMERIC.test(reply) ? reply : null, decodedId: null, decodedPost: null };
  if (NUMERIC.test(cid)) info.numericId = cid;
  else {
    const d = decodeCommentHandle(cid);
    if (d) {
      info.decodedId = d.commentId;
      info.decodedPost = d.postId;
    }
  }
  return info;
}

/** Notification links also carry comment_id: they are not comments. */
function isNotificationLink(el: Element): boolean {
  const href = el.getAttribute('href') ?? '';
  return /[?&]notif_(id|t)=/.test(href);
}

export function createFacebookAdapter(sel: PlatformSelectors = FACEBOOK_SELECTORS): PlatformAdapter {
  const isCommentLabel = anyOf(sel.labels.commentBy);
  const isReplyLabel = anyOf(sel.labels.replyBy);
  const isMoreComments = anyOf(sel.labels.moreComments);
  const isMoreReplies = anyOf(sel.labels.moreReplies);
  const isComposerLabel = anyOf(sel.labels.composer);

  const ownLinks = (article: Element): LinkInfo[] => {
    const out: LinkInfo[] = [];
    for (const a of Array.from(article.querySelectorAll<HTMLAnchorElement>(sel.commentLink))) {
      if (a.closest(sel.commentRoot) !== article || isNotificationLink(a)) continue;
      const info = parseLink(a);
      if (info) out.push(info);
    }
    return out;
  };

  /** Comment articles in document order (root itself included). */
  const commentArticles = (root: ParentNode): { article: Element; links: LinkInfo[] }[] => {
    const out: { article: Element; links: LinkInfo[] }[] = [];
    for (const article of queryAll(root, sel.commentRoot)) {
      const links = ownLinks(article);
      if (links.length) out.push({ article, links });
    }
    return out;
  };

  const findText = (article: Element, after: Element | null): Element | null => {
    for (const cand of Array.from(article.querySelectorAll(sel.textBlock))) {
      if (after && (!precedes(after, cand) || cand.contains(after) || after.contains(cand))) continue;
      // one climb to the article: not in a nested comment, our own node, a link/control/heading
      // (unless that element wraps the author too: then it wraps the whole comment)
      let ok = true;
      for (let e: Element | null = cand; e && e !== article; e = e.parentElement) {
        if (e.hasAttribute(GALATEO_ATTR) || (e !== cand && e.matches(sel.commentRoot)) || (e.matches(sel.notText) && !(after && e.contains(after)))) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      if (cand.querySelector(sel.commentLink) || cand.querySelector('time')) continue;
      if (!normText(cand.textContent) && !cand.querySelector('img[alt]')) continue;
      return cand;
    }
    return null;
  };

  /** Climb from `from` while the parent stays inside the article and does not hold `stop`. */
  const bubble = (article: Element, from: Element, stop: Element | null): Element => {
    let cur = from;
    while (cur.parentElement && cur.parentElement !== article && article.contains(cur.parentElement) && !(stop && cur.parentElement.contains(stop))) {
      cur = cur.parentElement;
    }
    return cur;
  };

  /**
   * What was read from one comment article, reused while the article is unchanged: long threads
   * are rescanned often (infinite scroll) and most of their comments have not changed.
   */
  interface Read {
    id: string;
    author: string;
    text: string;
    permalink: string | null;
    timeText: string | null;
    datetime: string | null;
    abbrLabel: string | null;
    textElement: Element | null;
    anchor: Element;
    replyHint: boolean;
    /** validity key: the article's label, its first comment link, its text as read */
    label: string;
    href: string;
    rawText: string | null;
  }
  const cache = new WeakMap<Element, Read>();
  /**
   * The current piecemeal read (prepare): the articles found when it started and how far it got. Each
   * article it checked is marked with the pass, so findComments, called right after the pass ends, need not
   * check them again; an article the pass did not see (added since) is read as usual.
   */
  interface Pass {
    root: ParentNode;
    articles: Element[];
    next: number;
    done: boolean;
  }
  let pass: Pass | null = null;
  const checkedIn = new WeakMap<Element, Pass>();
  /** The pass that just ended: the next findComments (and only that one) trusts its checks. */
  let trusted: Pass | null = null;
  const firstHref = (article: Element) => article.querySelector(sel.commentLink)?.getAttribute('href') ?? '';
  // FB recycles article nodes for other comments and edits texts in place: check what identifies them
  const stillValid = (e: Read, article: Element): boolean =>
    (article.getAttribute('aria-label') ?? '') === e.label &&
    firstHref(article) === e.href &&
    article.contains(e.anchor) &&
    (e.textElement ? article.contains(e.textElement) && e.textElement.textContent === e.rawText : findText(article, null) === null);

  const readArticle = (article: Element, links: LinkInfo[]): Read | null => {
    const permalinkInfo = links.find((l) => l.numericId) ?? null;
    const profile = links.filter((l) => !l.numericId);
    const id = permalinkInfo?.replyId ?? permalinkInfo?.numericId ?? profile.find((l) => l.decodedId)?.decodedId ?? null;
    if (!id) return null;
    const authorLink =
      profile.find((l) => l.el.getAttribute('aria-hidden') !== 'true' && normText(l.el.textContent)) ??
      links.find((l) => l !== permalinkInfo && normText(l.el.textContent)) ??
      null;
    let author = normText(authorLink?.el.textContent);
    const label = article.getAttribute('aria-label') ?? '';
    if (!author) author = normText(profile[0]?.el.getAttribute('aria-label'));
    const textElement = findText(article, authorLink?.el ?? null);
    const text = textElement ? serializeText(textElement).text : '';
    const timeEl = permalinkInfo?.el.querySelector('time[datetime]') ?? article.querySelector('time[datetime]');
    const abbr = permalinkInfo?.el.querySelector('abbr[aria-label]');
    const permalink = permalinkInfo
      ? cleanUrl(permalinkInfo.el.getAttribute('href') ?? '', 'https://www.facebook.com/', (k) => !k.startsWith('__'))
      : null;
    const stop = permalinkInfo?.el ?? null;
    const anchor = textElement ? bubble(article, textElement, stop) : authorLink ? bubble(article, authorLink.el, stop) : article.firstElementChild ?? article;
    return {
      id,
      author,
      text,
      permalink,
      timeText: normText(permalinkInfo?.el.textContent) || null,
      datetime: isoFromDatetime(timeEl?.getAttribute('datetime')),
      abbrLabel: abbr?.getAttribute('aria-label') ?? null,
      textElement,
      anchor,
      replyHint: isReplyLabel(label) || !!permalinkInfo?.replyId,
      label,
      href: firstHref(article),
      rawText: textElement?.textContent ?? null,
    };
  };

  const adapter: PlatformAdapter = {
    platform: 'facebook',

    matches(url: URL) {
      const h = url.hostname.toLowerCase();
      return sel.hosts.some((x) => h === x || h.endsWith('.' + x));
    },

    detectPage(doc: Document, url: URL): PageInfo | null {
      if (!adapter.matches(url)) return null;
      const p = url.pathname.split('/').filter(Boolean);
      const q = url.searchParams;
      let id: string | null = null;
      let postId: string | null = null;
      const reserved = new Set(['photo', 'photo.php', 'permalink.php', 'story.php', 'watch', 'groups', 'profile.php', 'events', 'reel', 'videos', 'posts', 'pages', 'login', 'home.php']);
      if (p[0] === 'groups' && p[1]) {
        id = `groups/${p[1]}`;
        postId = p[2] === 'posts' || p[2] === 'permalink' ? (p[3] ?? null) : q.get('multi_permalinks') ?? q.get('post_id');
      } else if (p[0] === 'profile.php' || p[0] === 'permalink.php' || p[0] === 'story.php') {
        id = q.get('id');
        postId = q.get('story_fbid');
      } else if (p[0] === 'photo' || p[0] === 'photo.php') {
        postId = q.get('fbid');
      } else if (p[0] && !reserved.has(p[0])) {
        id = p[0];
        if ((p[1] === 'posts' || p[1] === 'videos' || p[1] === 'photos') && p[2]) postId = p[p.length - 1];
      }
      // The post's author (a page when moderating): the heading link of the first non-comment article.
      // A post comes before its comments (they follow it or are inside it): the search ends at the first
      // comment, so a 2,000-comment thread with no post article costs one comment, not a read of every link.
      let name: string | null = null;
      let postTime: string | null = null;
      for (const art of queryAll(doc, sel.commentRoot)) {
        if (ownLinks(art).length) break;
        const heading = art.querySelector('h2 a, h3 a, h4 a, strong a, a strong');
        const t = normText(heading?.textContent);
        if (t) {
          name = t;
          const link = heading?.closest('a') ?? heading;
          const href = link?.getAttribute('href');
          if (!id && href) {
            try {
              const u = new URL(href, url);
              const seg = u.pathname.split('/').filter(Boolean)[0];
              id = seg === 'profile.php' ? u.searchParams.get('id') : seg ?? null;
            } catch {
              /* keep null */
            }
          }
          const t2 = art.querySelector('time[datetime]');
          postTime = isoFromDatetime(t2?.getAttribute('datetime'));
          break;
        }
      }
      return { platform: 'facebook', id, name, url: url.toString(), postId, postTime };
    },

    prepare(root: ParentNode, deadline: { timeRemaining(): number }, fresh = false): boolean {
      // Nothing changed since the pass ended: everything is read.
      if (!fresh && pass?.done && pass.root === root) return true;
      // One query per pass, not per slice: on a 20 MB page the query alone would eat most of a slice.
      if (fresh || !pass || pass.root !== root) pass = { root, articles: queryAll(root, sel.commentRoot), next: 0, done: false };
      trusted = null;
      const p = pass;
      while (p.next < p.articles.length) {
        const article = p.articles[p.next++];
        const prev = cache.get(article);
        if (!prev || !stillValid(prev, article)) {
          const links = ownLinks(article);
          const e = links.length ? readArticle(article, links) : null;
          if (e) cache.set(article, e);
          else cache.delete(article);
        }
        checkedIn.set(article, p);
        if (p.next < p.articles.length && deadline.timeRemaining() <= 0) return false;
      }
      p.done = true;
      trusted = p;
      return true;
    },

    findComments(root: ParentNode, now: Date = new Date()): ExtractedComment[] {
      const partial: Omit<ExtractedComment, 'isReply' | 'parentId'>[] = [];
      const thread: { core: Element; id: string; replyHint: boolean }[] = [];
      const seen = new Set<string>();
      const trust = trusted && trusted.root === root ? trusted : null;
      trusted = null;
      // Many comments show the same relative time ("2 h"): each text is parsed once per call.
      const times = new Map<string, string | null>();
      const relTime = (s: string): string | null => {
        let t = times.get(s);
        if (t === undefined) times.set(s, (t = parseRelativeTime(s, now)));
        return t;
      };
      for (const article of queryAll(root, sel.commentRoot)) {
        let e: Read | null | undefined = cache.get(article);
        const checked = !!trust && checkedIn.get(article) === trust;
        if (!checked && (!e || !stillValid(e, article))) {
          const links = ownLinks(article);
          e = links.length ? readArticle(article, links) : null;
          if (e) cache.set(article, e);
          else cache.delete(article);
        }
        if (!e || seen.has(e.id)) continue;
        seen.add(e.id);
        let time = e.datetime;
        if (!time && e.timeText) time = relTime(e.timeText);
        if (!time && e.abbrLabel) time = relTime(e.abbrLabel);
        partial.push({ id: e.id, author: e.author, text: e.text, permalink: e.permalink, time, timeText: e.timeText, element: article, textElement: e.textElement, anchor: e.anchor });
        thread.push({ core: article, id: e.id, replyHint: e.replyHint });
      }
      const parents = assignParents(thread);
      return partial.map((c, i) => ({ ...c, ...parents[i] }));
    },

    findMoreControlsByKind(root: ParentNode): MoreControls {
      const articles = commentArticles(root).map((c) => c.article);
      const moreComments: Element[] = [];
      const moreReplies: Element[] = [];
      const articleSet = new Set(articles);
      // One walk in document order that never enters a comment (its actions are not "more"
      // controls) nor a control (only the outermost counts): each control knows the last
      // comment before it.
      let prev: Element | null = null;
      const candidates: { ctl: Element; prev: Element | null }[] = [];
      const visit = (el: Element) => {
        if (articleSet.has(el)) {
          prev = el;
          return;
        }
        if (el.hasAttribute(GALATEO_ATTR)) return;
        if (el.matches(sel.control)) {
          candidates.push({ ctl: el, prev });
          return;
        }
        for (let c = el.firstElementChild; c; c = c.nextElementSibling) visit(c);
      };
      const start = isElement(root) ? [root] : Array.from((root as ParentNode).children);
      for (const el of start) visit(el);
      for (const { ctl, prev } of candidates) {
        if (ctl.getAttribute('aria-haspopup')) continue;
        const label = controlLabel(ctl);
        if (!label) continue;
        // Structure: a control right after a comment, inside that comment's thread item
        // (at most two levels above the article), mentioning a count = collapsed replies.
        let structuralReply = false;
        if (prev && /\d/.test(label)) {
          const l = lowestCommonAncestor(prev, ctl);
          if (l && depthBelow(l, prev) <= 2) structuralReply = true;
        }
        if (structuralReply || isMoreReplies(label)) moreReplies.push(ctl);
        else if (isMoreComments(label)) moreComments.push(ctl);
      }
      return { moreComments, moreReplies };
    },

    findMoreControls(root: ParentNode): Element[] {
      const { moreComments, moreReplies } = adapter.findMoreControlsByKind(root);
      return [...moreComments, ...moreReplies];
    },

    findComposers(root: ParentNode): HTMLElement[] {
      return queryAll(root, sel.composer).filter((el): el is HTMLElement => {
        if (el.parentElement?.closest(sel.composer)) return false;
        if (sel.composerScope && el.closest(sel.composerScope)) return true;
        return isComposerLabel(el.getAttribute('aria-label') ?? '') || isComposerLabel(el.getAttribute('aria-placeholder') ?? '');
      });
    },

    findReplyBox(comment: ExtractedComment, doc: Document): HTMLElement | null {
      // The composer in the comment's own thread (opened by "Reply") first, then the post's.
      return nearestComposer(comment.element, adapter.findComposers(doc));
    },

    findCommentMenu(comment: ExtractedComment): HTMLElement | null {
      // the menu button (aria-haspopup) that belongs to this comment, not to a reply inside it
      for (const m of Array.from(comment.element.querySelectorAll<HTMLElement>('[aria-haspopup="menu"]'))) {
        if (m.closest(sel.commentRoot) === comment.element && m.matches(sel.control)) return m;
      }
      return null;
    },

    findReplyAction(comment: ExtractedComment): HTMLElement | null {
      return findFacebookReplyAction(comment, sel);
    },

    hasCommentSignals(root: ParentNode): boolean {
      for (const a of queryAll(root, sel.commentLink)) if (!isNotificationLink(a)) return true;
      for (const art of queryAll(root, sel.commentRoot)) {
        const l = art.getAttribute('aria-label') ?? '';
        if (isCommentLabel(l) || isReplyLabel(l)) return true;
      }
      return false;
    },
  };
  return adapter;
}

export const facebookAdapter = createFacebookAdapter();

/** The "Reply" control of a comment (to open its reply composer), or null. */
export function findFacebookReplyAction(comment: ExtractedComment, sel: PlatformSelectors = FACEBOOK_SELECTORS): HTMLElement | null {
  const isReply = anyOf(sel.labels.reply);
  const controls = Array.from(comment.element.querySelectorAll<HTMLElement>(sel.control)).filter(
    (c) => c.closest(sel.commentRoot) === comment.element,
  );
  // By label first; else the first unlabeled text control in the action list (ul), which is "Reply".
  return (
    controls.find((c) => isReply(normText(c.textContent))) ??
    controls.find((c) => c.closest('ul') && !c.getAttribute('aria-label') && normText(c.textContent)) ??
    null
  );
}
