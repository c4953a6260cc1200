// The adapter interface: one implementation per platform (facebook.ts, instagram.ts).
// Adapters read the host page's DOM by structure (roles, nesting, comment links, dir=auto,
// time[datetime]); labels are hints only, kept as validated data in selectors/.
import type { Platform } from '../types';

export type { Platform };

/** Attribute that marks Galateo's own nodes: nothing inside such an element is ever scanned. */
export const GALATEO_ATTR = 'data-galateo';

export interface ExtractedComment {
  /** Platform comment id (FB: numeric comment_id, decoded from base64 "comment:<post>_<id>" if needed; IG: from /c/<id>/). */
  id: string;
  /** Display name as shown, trimmed. */
  author: string;
  /** The comment text as the user sees it (paragraphs joined with "\n"; emoji images as their alt text). */
  text: string;
  isReply: boolean;
  parentId: string | null;
  permalink: string | null;
  /** ISO-8601: time[datetime] when present, else approximate from the relative time against `now`. */
  time: string | null;
  /** The relative/short time exactly as shown ("1w", "3 h", "108w"), or null. */
  timeText: string | null;
  /** The comment's root element (FB: div[role=article]; IG: the row). */
  element: Element;
  /** The element holding the text (highlights: see textRangeFor in text.ts), or null (GIF/sticker only). */
  textElement: Element | null;
  /** The UI inserts its badge host right AFTER this element (a sibling, never inside a text container). */
  anchor: Element;
}

export interface PageInfo {
  platform: Platform;
  /** Account/page id or handle as found in the URL or the DOM (for the per-page profile). */
  id: string | null;
  /** Display name of the page/account when found. */
  name: string | null;
  url: string;
  postId?: string | null;
  postTime?: string | null;
}

/** Counts and elements the UI (and the self-diagnosis) may want beyond the comments. */
export interface MoreControls {
  /** "View more comments" / "View previous comments" / "View hidden comments". */
  moreComments: Element[];
  /** Collapsed reply threads ("X replied · 2 replies", "View all 5 replies"). */
  moreReplies: Element[];
}

export interface PlatformAdapter {
  platform: Platform;
  matches(url: URL): boolean;
  detectPage(doc: Document, url: URL): PageInfo | null;
  /**
   * Optional: read the comments of `root` into the adapter's cache piecemeal, stopping when the deadline
   * says time is up; true when everything is read. Lets the content script read a 2,000-comment thread
   * without one long task. Pass `fresh` when the page changed since the previous call (a new pass starts).
   * The first `findComments` after a pass ended trusts what the pass checked (the caller says `fresh` on any
   * change, so nothing changed since) and is cheap; articles the pass did not see are read as usual.
   */
  prepare?(root: ParentNode, deadline: { timeRemaining(): number }, fresh?: boolean): boolean;
  /** Comments in document order; nothing inside [data-galateo]. */
  findComments(root: ParentNode, now?: Date): ExtractedComment[];
  /** "View more comments/replies" controls (moreComments then moreReplies, each in document order). */
  findMoreControls(root: ParentNode): Element[];
  /** The same controls split by kind. */
  findMoreControlsByKind(root: ParentNode): MoreControls;
  /** Comment composers on the page (FB: Lexical contenteditable; IG: textarea), in document order. */
  findComposers(root: ParentNode): HTMLElement[];
  /** The composer nearest to the comment (FB: contenteditable role=textbox Lexical; IG: textarea). */
  findReplyBox(comment: ExtractedComment, doc: Document): HTMLElement | null;
  /** The page clearly has comments (e.g. comment_id links) even if extraction found none → self-diagnosis. */
  hasCommentSignals(root: ParentNode): boolean;
  /** The comment's own "…" menu (hide, delete, report), when the page shows one. */
  findCommentMenu(comment: ExtractedComment): HTMLElement | null;
  /** The comment's "Reply" action (opens its reply composer / starts an @mention), or null. */
  findReplyAction(comment: ExtractedComment): HTMLElement | null;
}
