// Builds comment threads from the real templates (tests/fixtures/dom/templates): chosen ids,
// authors and texts, nested replies the way each platform nests them. Used by the threading
// tests and usable by benchmarks (a 2,000-comment thread from the real markup).
import { readFileSync } from 'node:fs';
import { FIXTURE_DIR } from './variants';

const template = (name: string) => readFileSync(`${FIXTURE_DIR}templates/${name}`, 'utf8').replace(/<!--[\s\S]*?-->/, '').trim();

export const FB_COMMENT_TEMPLATE = template('facebook-comment-2025.html');
export const FB_REPLY_SUMMARY_TEMPLATE = template('facebook-reply-summary-2025.html');
export const IG_COMMENT_TEMPLATE = template('instagram-comment-2025.html');

export interface BuiltComment {
  id: string;
  author: string;
  text: string;
  replies?: BuiltComment[];
}

const b64 = (s: string) => Buffer.from(s, 'binary').toString('base64');

function fragment(doc: Document, html: string): Element {
  const box = doc.createElement('div');
  box.innerHTML = html; // test fixture markup only (templates), never comment text
  return box.firstElementChild as Element;
}

/**
 * One Facebook thread item (outer div > div > [article, reply area]) for `c`; replies go into
 * the reply area, each a full thread item. `hints` false removes reply labels/reply ids so only
 * structure tells replies apart.
 */
export function buildFacebookItem(doc: Document, c: BuiltComment, opts: { postId?: string; parentId?: string; hints?: boolean } = {}): Element {
  const postId = opts.postId ?? '1000000000000001';
  const hints = opts.hints ?? true;
  const item = fragment(doc, FB_COMMENT_TEMPLATE);
  const article = item.querySelector('[role="article"]')!;
  const isReply = opts.parentId !== undefined;
  article.setAttribute('aria-label', `${isReply && hints ? 'Reply by' : 'Comment by'} ${c.author} a week ago`);
  for (const a of Array.from(article.querySelectorAll('a[href*="comment_id="]'))) {
    const href = a.getAttribute('href')!;
    const u = new URL(href);
    const cid = u.searchParams.get('comment_id')!;
    if (/^\d+$/.test(cid)) {
      if (isReply && hints) {
        u.searchParams.set('comment_id', opts.parentId!);
        u.searchParams.set('reply_comment_id', c.id);
      } else u.searchParams.set('comment_id', c.id);
    } else u.searchParams.set('comment_id', b64(`comment:${postId}_${c.id}`));
    a.setAttribute('href', u.toString());
  }
  const nameLink = Array.from(article.querySelectorAll('a[aria-hidden="false"]')).find((a) => a.textContent?.trim());
  const nameSpan = nameLink?.querySelector('span[dir="auto"]') ?? nameLink;
  if (nameSpan) nameSpan.textContent = c.author;
  const para = article.querySelector('span[dir="auto"][lang] div[dir="auto"]');
  if (para) para.textContent = c.text;
  const replyArea = article.nextElementSibling!;
  if (c.replies?.length) {
    const list = doc.createElement('div');
    const inner = doc.createElement('div');
    list.appendChild(inner);
    for (const r of c.replies) inner.appendChild(buildFacebookItem(doc, r, { postId, parentId: c.id, hints }));
    replyArea.appendChild(list);
  }
  return item;
}

/** A Facebook comment list (as in the 2025 post dialog) holding the given top-level comments. */
export function buildFacebookThread(doc: Document, comments: BuiltComment[], opts: { hints?: boolean } = {}): Element {
  const section = doc.createElement('div');
  const list = doc.createElement('div');
  section.appendChild(list);
  for (const c of comments) list.appendChild(buildFacebookItem(doc, c, opts));
  return section;
}

/** One Instagram row for `c` (2025 modal layout: ul > div[role=button] > li > row; replies in li > ul). */
export function buildInstagramItem(doc: Document, c: BuiltComment, opts: { shortcode?: string; parentId?: string; hints?: boolean } = {}): Element {
  const shortcode = opts.shortcode ?? 'BALr9XQU-Hd';
  const hints = opts.hints ?? true;
  const row = fragment(doc, IG_COMMENT_TEMPLATE);
  const username = c.author;
  for (const a of Array.from(row.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href')!;
    if (href.includes('/c/')) {
      a.setAttribute('href', opts.parentId !== undefined && hints ? `/p/${shortcode}/c/${opts.parentId}/r/${c.id}/` : `/p/${shortcode}/c/${c.id}/`);
    } else {
      a.setAttribute('href', `/${username}/`);
      const span = a.querySelector('span[dir="auto"]');
      if (span) span.textContent = username;
      const img = a.querySelector('img');
      if (img) img.setAttribute('alt', `${username}'s profile picture`);
    }
  }
  // the text: the dir=auto span that is not inside a link or control
  const text = Array.from(row.querySelectorAll('span[dir="auto"]')).find((s) => !s.closest('a, [role="button"]') && !s.querySelector('a, time'));
  if (text) text.textContent = c.text;
  // the optional "View all N replies" block is dropped: replies are shown expanded
  for (const b of Array.from(row.querySelectorAll('[role="button"]'))) if (/repl/i.test(b.textContent ?? '')) b.remove();
  const ul = doc.createElement('ul');
  const wrap = doc.createElement('div');
  wrap.setAttribute('role', 'button');
  const li = doc.createElement('li');
  li.appendChild(row);
  wrap.appendChild(li);
  ul.appendChild(wrap);
  if (c.replies?.length) {
    const rli = doc.createElement('li');
    const rul = doc.createElement('ul');
    rli.appendChild(rul);
    for (const r of c.replies) {
      const item = buildInstagramItem(doc, r, { shortcode, parentId: c.id, hints });
      // a reply is the item's contents without its own ul
      while (item.firstChild) rul.appendChild(item.firstChild);
    }
    ul.appendChild(rli);
  }
  return ul;
}

export function buildInstagramThread(doc: Document, comments: BuiltComment[], opts: { hints?: boolean } = {}): Element {
  const section = doc.createElement('div');
  for (const c of comments) {
    const spacer = doc.createElement('div');
    section.appendChild(spacer);
    section.appendChild(buildInstagramItem(doc, c, opts));
  }
  return section;
}
