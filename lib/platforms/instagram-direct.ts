// Instagram Direct adapter: the open conversation's messages in order, ours and the citizen's,
// sender names, quoted replies, the composer. By structure: rows of the message grid holding a
// message id ("mid.$…"); the other person's rows hold a link to their profile (the avatar slot,
// present even when the picture is not drawn); ours never do. Labels ("You sent") only confirm.
import { anyOf } from './selectors/schema';
import { INSTAGRAM_DIRECT_SELECTORS, type DirectSelectors } from './selectors/instagram';
import { serializeText } from './text';
import { isoFromDatetime } from './time';
import { insideGalateo, normText, precedes, queryAll } from './dom';

export interface DirectMessage {
  /** The platform's message id ("mid.$c…"). */
  id: string;
  fromSelf: boolean;
  /** Display name of the sender (the other person), null for our own messages. */
  sender: string | null;
  text: string;
  /** ISO time when the page shows one (time[datetime]), else null. */
  time: string | null;
  /** Text of the message this one replies to, when it quotes one. */
  quoted: string | null;
  /** The message row. */
  element: Element;
  textElement: Element | null;
  /** The UI inserts its badge host right after this element (the message bubble). */
  anchor: Element;
}

export interface DirectConversation {
  /** Thread id from the URL (/direct/t/<id>/), if any. */
  id: string | null;
  /** The other person's (or the group's) name in the conversation header. */
  title: string | null;
  url: string;
}

function outerControl(bubble: Element, row: Element): Element {
  let top = bubble;
  for (let e = bubble.parentElement; e && e !== row && row.contains(e); e = e.parentElement) if (e.getAttribute('role') === 'button') top = e;
  return top;
}

export function isDirectUrl(url: URL): boolean {
  return /(^|\.)instagram\.com$/.test(url.hostname) && /^\/direct(\/|$)/.test(url.pathname);
}

export function createInstagramDirectAdapter(sel: DirectSelectors = INSTAGRAM_DIRECT_SELECTORS) {
  const isSelfLabel = anyOf(sel.labels.fromSelf);
  const isQuoteLabel = anyOf(sel.labels.quoteLabel);

  const messageRows = (root: ParentNode) => {
    const out: { row: Element; idEl: Element }[] = [];
    const seen = new Set<Element>();
    for (const idEl of queryAll(root, sel.messageId)) {
      const row = idEl.closest(sel.messageRow);
      if (!row || seen.has(row) || insideGalateo(row)) continue;
      seen.add(row);
      out.push({ row, idEl });
    }
    return out;
  };

  /** The header name: the first heading of the conversation before its message list. */
  const conversationTitle = (root: ParentNode): string | null => {
    const list = queryAll(root, sel.messageList).find((l) => l.querySelector(sel.messageId));
    // the conversation: the smallest block around the message list that also holds the composer
    let scope: ParentNode = root;
    const composer = list ? queryAll(root, sel.composer).find((c) => precedes(list, c)) : undefined;
    if (list && composer) {
      let e: Element | null = list;
      while (e && !e.contains(composer)) e = e.parentElement;
      // then up to the first block with a heading before the list (the conversation header)
      const hasHeader = (x: Element) => Array.from(x.querySelectorAll('h1, h2')).some((h) => precedes(h, list));
      while (e && !hasHeader(e) && !e.matches('main, [role="main"], body')) e = e.parentElement;
      if (e) scope = e;
    }
    const heads = queryAll(scope, 'h1, h2');
    const h = heads.find((x) => !list || precedes(x, list)) ?? null;
    const t = normText(h?.querySelector('[title]')?.getAttribute('title') ?? h?.textContent);
    return t || null;
  };

  const adapter = {
    platform: 'instagram' as const,
    kind: 'direct' as const,
    matches: isDirectUrl,

    detectConversation(doc: Document, url: URL): DirectConversation | null {
      if (!isDirectUrl(url) && !messageRows(doc).length) return null;
      const m = /\/direct\/t\/([^/?#]+)/.exec(url.pathname);
      return { id: m?.[1] ?? null, title: conversationTitle(doc), url: url.toString() };
    },

    findMessages(root: ParentNode): DirectMessage[] {
      const title = conversationTitle(root);
      const out: DirectMessage[] = [];
      let lastSender: string | null = null;
      for (const { row, idEl } of messageRows(root)) {
        // the bubble: the outermost element around the id element that holds nothing else of note
        const bubble = idEl;
        // the text: the first dir=auto block in the bubble that is not inside one of its controls (reactions)
        const textElement =
          Array.from(bubble.querySelectorAll(sel.textBlock)).find((t) => {
            const b = t.closest('[role="button"]');
            return !b || !bubble.contains(b);
          }) ?? null;
        const text = textElement ? serializeText(textElement).text : '';
        const links = Array.from(row.querySelectorAll(sel.profileLink)).filter((a) => !bubble.contains(a));
        // the row's label (first text before the bubble): a name, "You sent", "X replied to you"
        const labelEl = Array.from(row.querySelectorAll('h1, h2, h3, h4, h5, h6, span')).find(
          (e) => precedes(e, bubble) && !bubble.contains(e) && normText(e.textContent) && !e.closest('[role="button"]'),
        );
        const label = normText(labelEl?.textContent);
        const fromSelf = isSelfLabel(label) || links.length === 0;
        let sender: string | null = null;
        if (!fromSelf) {
          const alt = normText(links.map((a) => a.querySelector('img[alt]')?.getAttribute('alt') ?? '').find((x) => x.trim()));
          sender = alt || (label && (label === title || label === lastSender) ? label : null) || lastSender || title;
          lastSender = sender;
        }
        // a quoted reply: a control in the row, outside the bubble, whose first text is the quote label
        let quoted: string | null = null;
        for (const q of Array.from(row.querySelectorAll('[role="button"]'))) {
          if (q.contains(bubble) || bubble.contains(q)) continue;
          const parts = Array.from(q.querySelectorAll('div, span'))
            .filter((e) => !e.querySelector('div, span') && normText(e.textContent))
            .map((e) => normText(e.textContent));
          if (parts.length >= 2 && (isQuoteLabel(parts[0]) || parts.length === 2)) {
            quoted = parts.slice(1).join('\n');
            break;
          }
        }
        const timeEl = row.querySelector('time[datetime]');
        out.push({
          id: idEl.id,
          fromSelf,
          sender,
          text,
          time: isoFromDatetime(timeEl?.getAttribute('datetime')),
          quoted,
          element: row,
          textElement,
          // after the bubble's own control (double tap to like), never inside it
          anchor: outerControl(bubble, row),
        });
      }
      return out;
    },

    findComposer(root: ParentNode): HTMLElement | null {
      const list = queryAll(root, sel.messageList).find((l) => l.querySelector(sel.messageId));
      const all = queryAll(root, sel.composer) as HTMLElement[];
      return all.find((c) => !list || precedes(list, c)) ?? all[0] ?? null;
    },

    /** The page clearly shows a conversation (message ids) even if nothing was extracted. */
    hasMessageSignals(root: ParentNode): boolean {
      return queryAll(root, sel.messageId).length > 0;
    },
  };
  return adapter;
}

export const instagramDirectAdapter = createInstagramDirectAdapter();
