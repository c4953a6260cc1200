// The content-side runtime shared by the Facebook and Instagram content scripts:
// observe the page, extract comments through the platform adapter, have them analysed by the background
// worker, mount one badge per comment. Data flows one way: DOM -> adapter -> analyzer -> UI -> action -> background.
// The engine, the lexicons and the settings pack live in the worker (lib/analysis/service.ts): this file
// stays small, and analysing a 2,000-comment thread costs the host page's main thread nothing.
import { h, render } from 'preact';
import { CommentUi, type ActionResult } from '../../components/CommentUi';
import { commentUiSheet } from '../../components/styles';
import { uiLang } from '../i18n';
import type { Action, Analysis, Localized, RuleId } from '../types';
import type { HandledInput } from '../log/schema';
import { GALATEO_ATTR, type ExtractedComment, type PageInfo, type PlatformAdapter } from '../platforms/types';
import { insertReplyText } from '../platforms/insert';
import { clearEvidence, focusEvidence, rangesFor, setEvidence } from './highlight';
import { createScheduler, type IdleDeadlineLike } from './scheduler';
import { LIMITS, type AnalyzeBatch, type AnalyzeBatchReply, type AnalyzedComment, type Channel, type PageState, type WireComment } from '../analysis/protocol';

/** Attribute on every node Galateo adds to the page: the scanner and the adapters never look inside them. */
export const OWN_ATTR = GALATEO_ATTR;
const HOST_TAG = 'galateo-comment';
/** Longest text sent to the worker's log (it only keeps a redacted excerpt). */
const MAX_SENT_TEXT = 20_000;
/** Earlier comments sent along as context (the worker compares a comment with up to 200 before it). */
const CONTEXT = 200;
/** Comments analysed per request, and the widest thread window one request may carry. */
const BATCH_ITEMS = 100;
const BATCH_WINDOW = 600;
/** Wait before asking the worker again after a failed request. */
const RETRY_MS = 2000;
/**
 * Longest wait of a drawn badge for the others before they go into the page together. Each frame that
 * inserts badges makes Chromium update every comment below them (pre-paint: 100-200 ms per frame on a
 * 2,000-comment thread, whatever the number inserted), so badges are drawn off the page and inserted in as
 * few frames as possible: all at once when the thread's analysis is done, or at this interval meanwhile.
 */
const ATTACH_MS = 1500;
/** Most time one slice spends inserting pending badges (with the page's mutation records they cause, ≤ ~50 ms). */
const ATTACH_SLICE_MS = 25;

type Handled = { action: Action; handledAt: string };
export type BatchRequest = Omit<AnalyzeBatch, 'type'>;
export type LogResult = { ok: true; data?: unknown } | { ok: false; error: { message: Localized } };

export interface RuntimeEnv {
  adapter: PlatformAdapter;
  doc: Document;
  /** Analyse a batch (the background worker); rejects or returns an error when the worker cannot answer. */
  analyze(req: BatchRequest): Promise<{ ok: true; data: AnalyzeBatchReply } | { ok: false; error: { message: Localized } }>;
  /** Log a moderator's action (the background worker). */
  logHandled(input: HandledInput): Promise<LogResult>;
  /** Handled state of comments from the log. */
  handledState(ids: string[]): Promise<Record<string, Handled> | null>;
  /** A moderator dismissed a comment: count its terms, maybe offer the page allowlist. */
  onDismissed?: (pageId: string, text: string, analysis: Analysis) => Promise<ActionResult['offer'] | null>;
  /** Add a term to the page's allowlist (settings). */
  allowTerm?: (pageId: string, term: string) => Promise<ActionResult>;
  /** Called when the runtime stops (content-script context invalidated). */
  signal?: AbortSignal;
}

export interface RuntimeStatus {
  platform: string;
  page: PageInfo | null;
  /** Profile of the settings pack, null when the page is not a known one. */
  pageId: string | null;
  pageName: string | null;
  paused: boolean;
  comments: number;
  flagged: number;
  /** The page clearly has comments but the adapter extracted none: markup changed. */
  unrecognised: boolean;
  /** The worker could not analyse (it says why); Galateo retries by itself. */
  analysisError: Localized | null;
  lastScanAt: string | null;
  scans: number;
}

interface Entry {
  comment: ExtractedComment;
  text: string;
  result: AnalyzedComment;
  host: HTMLElement;
  shownAt: string;
  /** Settings generation and page key the result belongs to: a different one means "analyse again". */
  key: string;
}

interface Pending {
  text: string;
  key: string;
}

export function startRuntime(env: RuntimeEnv) {
  const { adapter, doc } = env;
  const lang = uiLang();
  const entries = new WeakMap<Element, Entry>();
  const live = new Map<string, Entry>();
  /** Results that arrived and wait to be drawn, by comment id. */
  const ready = new Map<string, { text: string; key: string; result: AnalyzedComment }>();
  /** Requests on their way, by comment id. */
  const inflight = new Map<string, Pending>();
  const ruleLabels = new Map<string, string>();
  const topicLabels = new Map<string, string>();
  let page: PageInfo | null = null;
  let channel: Channel = 'comment';
  let generation = 0;
  /** Settings generation + page identity: results are valid for one key only. */
  let key = '';
  let resolved: PageState = { pageId: null, pageName: null, paused: false };
  let resolvedKey: string | null = null;
  let resolving = false;
  let retryAt = 0;
  const status: RuntimeStatus = {
    platform: adapter.platform,
    page: null,
    pageId: null,
    pageName: null,
    paused: false,
    comments: 0,
    flagged: 0,
    unrecognised: false,
    analysisError: null,
    lastScanAt: null,
    scans: 0,
  };

  const ruleLabel = (id: RuleId) => ruleLabels.get(id) ?? id;
  const topicLabel = (id: string) => topicLabels.get(id) ?? id;
  const channelNow = (): Channel =>
    'channel' in adapter ? (adapter as PlatformAdapter & { channel(u: URL): Channel }).channel(new URL(doc.location.href)) : 'comment';

  /** Re-reads the page; a different page (or settings) means every comment is analysed again. */
  function refreshPage(): void {
    page = adapter.detectPage(doc, new URL(doc.location.href));
    channel = channelNow();
    const next = [generation, channel, doc.location.href, page?.id ?? '', page?.name ?? ''].join('\u0000');
    if (next !== key) {
      key = next;
      ready.clear();
    }
    status.page = page;
  }

  function applyPage(p: PageState, forKey: string): void {
    if (forKey !== key) return;
    resolved = p;
    resolvedKey = forKey;
    Object.assign(status, { pageId: p.pageId, pageName: p.pageName, paused: p.paused });
  }

  async function onAction(entry: Entry, action: Action, templateId: string | null): Promise<ActionResult> {
    const c = entry.comment;
    const analysis = entry.result.analysis;
    const res = await env.logHandled({
      platform: adapter.platform,
      channel,
      pageId: resolved.pageId,
      pageName: resolved.pageName,
      postId: page?.postId ?? null,
      commentId: c.id,
      permalink: c.permalink,
      findings: analysis.findings.map((f) => ({ rule: f.rule, severity: f.severity })),
      topic: analysis.topics[0] ?? null,
      action,
      templateId,
      commentTime: c.time,
      shownAt: entry.shownAt,
      text: entry.text.slice(0, MAX_SENT_TEXT),
      author: c.author || null,
    });
    if (!res.ok) return { ok: false, message: res.error.message };
    // Remember it, so the mark survives a re-analysis (settings change, edited text).
    known.set(c.id, { action, handledAt: new Date().toISOString() });
    const pageId = resolved.pageId;
    if (action === 'dismissed' && pageId && env.onDismissed) {
      const offer = await env.onDismissed(pageId, entry.text, analysis).catch(() => null);
      if (offer) return { ok: true, offer };
    }
    return { ok: true };
  }

  async function onInsert(entry: Entry, text: string): Promise<ActionResult> {
    const box = adapter.findReplyBox(entry.comment, doc);
    if (box) {
      const res = await insertReplyText(box, text);
      if (res.ok) return { ok: true, message: INSERTED };
    }
    try {
      await navigator.clipboard.writeText(text);
      return { ok: false, message: box ? INSERT_FAILED_COPIED : NO_BOX_COPIED };
    } catch {
      return { ok: false, message: box ? INSERT_FAILED : NO_BOX };
    }
  }

  function draw(entry: Entry): void {
    render(
      h(CommentUi, {
        key: `${entry.comment.id}:${entry.text.length}`,
        commentId: entry.comment.id,
        text: entry.text,
        analysis: entry.result.analysis,
        lang,
        ruleLabel,
        topicLabel,
        suggestions: entry.result.suggestions,
        handled: known.get(entry.comment.id) ?? null,
        onAction: (a, t) => onAction(entry, a, t),
        onInsert: (t) => onInsert(entry, t),
        onOpenChange: (open) => focusEvidence(open ? entry.comment.id : null),
        onAllow: resolved.pageId && env.allowTerm ? (term) => env.allowTerm!(resolved.pageId!, term) : undefined,
      }),
      entry.host.shadowRoot!,
    );
  }

  /** Badges drawn off the page, waiting to be inserted after their anchor (see ATTACH_MS), in drawing order. */
  const pending = new Map<HTMLElement, { anchor: Element; entry: Entry; ranges: Range[] }>();
  /** When the oldest pending badge was drawn (0: none pending). */
  let pendingSince = 0;
  let attachTimer: ReturnType<typeof setTimeout> | null = null;
  /** Pending badges are being inserted (a big batch may take a few slices). */
  let attaching = false;

  function mountHost(c: ExtractedComment, entry: Omit<Entry, 'host'>): HTMLElement {
    const host = doc.createElement(HOST_TAG);
    host.setAttribute(OWN_ATTR, '');
    host.setAttribute('data-comment-id', c.id);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [commentUiSheet()];
    if (!pending.size) pendingSince = Date.now();
    pending.set(host, { anchor: c.anchor, entry: { ...entry, host }, ranges: [] });
    return host;
  }

  /** The host is in the page after the anchor, or drawn and waiting to go there. */
  const placed = (host: HTMLElement, anchor: Element): boolean =>
    pending.has(host) ? pending.get(host)!.anchor === anchor && anchor.isConnected : host.isConnected && host.previousElementSibling === anchor;

  const upToDate = (c: ExtractedComment): boolean => {
    const prev = entries.get(c.element);
    return !!prev && prev.key === key && prev.comment.id === c.id && prev.text === c.text && (prev.host.isConnected || placed(prev.host, c.anchor));
  };

  /** The evidence of a comment as Ranges over the page's text (none when it has no finding). */
  function evidenceRanges(entry: Entry): Range[] {
    const c = entry.comment;
    const analysis = entry.result.analysis;
    if (!c.textElement || !analysis.findings.length) return [];
    return rangesFor(c.textElement, c.text, analysis.findings.flatMap((f) => f.evidence));
  }

  function highlight(id: string, ranges: Range[]): void {
    if (ranges.length) setEvidence(doc, id, ranges);
    else clearEvidence(id);
  }

  /**
   * Insert the pending badges (and their evidence highlights, computed when they were drawn) into the page, in
   * drawing order, for at most ATTACH_SLICE_MS: one batch, one frame of rendering (a big batch may take a few
   * slices). Only DOM insertions here: the drawing was done in the slices. True when none is left.
   */
  function attachPending(): boolean {
    if (attachTimer !== null) clearTimeout(attachTimer);
    attachTimer = null;
    attaching = true;
    const until = performance.now() + ATTACH_SLICE_MS;
    let n = 0;
    for (const [host, { anchor, entry, ranges }] of pending) {
      if (++n % 16 === 0 && performance.now() > until) return false;
      pending.delete(host);
      if (!anchor.isConnected || live.get(entry.comment.id)?.host !== host) continue; // gone, or drawn again since
      anchor.after(host);
      highlight(entry.comment.id, ranges);
    }
    attaching = false;
    pendingSince = 0;
    return true;
  }

  /** Draw one comment whose result is ready (off the page when its badge is new: attachPending inserts it). */
  function show(c: ExtractedComment, result: AnalyzedComment): void {
    const prev = entries.get(c.element);
    const old = live.get(c.id);
    const base = { comment: c, text: c.text, result, shownAt: prev?.shownAt ?? old?.shownAt ?? new Date().toISOString(), key };
    const reuse = prev && placed(prev.host, c.anchor);
    const host = reuse ? prev.host : mountHost(c, base);
    if (prev && prev.host !== host) {
      prev.host.remove();
      pending.delete(prev.host);
    }
    const entry: Entry = { ...base, host };
    entries.set(c.element, entry);
    live.set(c.id, entry);
    draw(entry);
    // A badge already in the page shows its new result now; a new one gets its highlights when inserted.
    const wait = pending.get(host);
    if (wait) Object.assign(wait, { entry, ranges: evidenceRanges(entry) });
    else highlight(c.id, evidenceRanges(entry));
  }

  // Hostile pages can show anything: what is sent stays inside the worker's limits (lib/messages.ts),
  // so one absurd comment never gets its whole batch refused.
  const cut = (v: string, n: number) => (v.length > n ? v.slice(0, n) : v);
  const wire = (c: ExtractedComment): WireComment => ({
    id: cut(c.id, LIMITS.id),
    text: cut(c.text, LIMITS.text),
    author: cut(c.author, LIMITS.name),
    isReply: c.isReply,
    createdAt: c.time && c.time.length <= LIMITS.time ? c.time : null,
  });

  /** Requests built but not sent yet: sending one costs the page ~1 ms (the message is copied), so they go out within the slices' budget. */
  const outbox: (() => void)[] = [];

  /** Queue requests to the worker for the comments (indices into `ordered`) that have no result yet, in batches. */
  function requestAnalysis(wanted: number[]): void {
    if (Date.now() < retryAt) return;
    const forKey = key;
    const base: Omit<BatchRequest, 'thread' | 'items'> = {
      platform: adapter.platform,
      channel,
      url: cut(doc.location.href, LIMITS.url),
      page: page
        ? {
            id: page.id && cut(page.id, LIMITS.name),
            name: page.name && cut(page.name, LIMITS.name),
            postId: page.postId ? cut(page.postId, LIMITS.name) : null,
            postTime: page.postTime && page.postTime.length <= LIMITS.time ? page.postTime : null,
          }
        : null,
      lang,
    };
    const batches: number[][] = [];
    let cur: number[] = [];
    for (const i of wanted) {
      const start = Math.max(0, (cur[0] ?? i) - CONTEXT);
      if (cur.length >= BATCH_ITEMS || (cur.length && i - start > BATCH_WINDOW)) {
        batches.push(cur);
        cur = [];
      }
      cur.push(i);
    }
    if (cur.length) batches.push(cur);
    // Nothing to analyse but the page is not resolved yet: ask for the page alone (popup, paused state).
    if (!batches.length && resolvedKey !== forKey && !resolving) batches.push([]);
    for (const b of batches) {
      const list = ordered;
      const start = b.length ? Math.max(0, b[0] - CONTEXT) : 0;
      const end = b.length ? b[b.length - 1] + 1 : 0;
      const thread = list.slice(start, end).map(wire);
      for (const i of b) inflight.set(list[i].id, { text: list[i].text, key: forKey });
      if (!b.length) resolving = true;
      outbox.push(() => {
        void env
          .analyze({ ...base, thread, items: b.map((i) => i - start) })
          .catch((e: unknown) => ({ ok: false as const, error: { message: { it: String(e), en: String(e) } } }))
          .then((res) => {
            if (!b.length) resolving = false;
            for (const i of b) {
              const p = inflight.get(list[i].id);
              if (p && p.key === forKey && p.text === list[i].text) inflight.delete(list[i].id);
            }
            if (!res.ok) {
              status.analysisError = res.error.message;
              retryAt = Date.now() + RETRY_MS;
              setTimeout(() => scheduler.request(), RETRY_MS);
              return;
            }
            status.analysisError = null;
            applyPage(res.data.page, forKey);
            if (forKey !== key) {
              // The page or the settings changed meanwhile: read the page again for the new ones.
              scheduler.request();
              return;
            }
            for (const [k, v] of Object.entries(res.data.ruleLabels)) ruleLabels.set(k, v);
            for (const [k, v] of Object.entries(res.data.topicLabels)) topicLabels.set(k, v);
            res.data.results.forEach((r, n) => ready.set(list[b[n]].id, { text: list[b[n]].text, key: forKey, result: r }));
            scheduler.resume();
          });
      });
    }
  }

  /** Send queued requests while the slice has time (at least one per slice); true if some wait. */
  function flush(deadline: IdleDeadlineLike): boolean {
    for (let first = true; outbox.length && (first || deadline.timeRemaining() > 0); first = false) outbox.shift()!();
    return outbox.length > 0;
  }

  // Comments of the current extraction in document order.
  let ordered: ExtractedComment[] = [];
  /** The page changed: extraction must run (again) before anything else. */
  let extracting = true;
  /** Where drawing stopped when a slice ran out of time. */
  let cursor = 0;

  const known = new Map<string, Handled>();
  const asked = new Set<string>();
  async function loadHandled(ids: string[]): Promise<void> {
    // Each comment's handled state is asked for once (the log only changes through our own actions).
    const missing = ids.filter((id) => !known.has(id) && !asked.has(id));
    if (!missing.length) return;
    for (const id of missing) asked.add(id);
    const res = await env.handledState(missing);
    if (!res) {
      for (const id of missing) asked.delete(id); // ask again on the next pass
      return;
    }
    for (const [id, st] of Object.entries(res)) {
      known.set(id, st);
      const e = live.get(id);
      if (e) draw(e);
    }
  }

  function removeAll(): void {
    pending.clear();
    pendingSince = 0;
    attaching = false;
    for (const e of live.values()) {
      e.host.remove();
      clearEvidence(e.comment.id);
    }
    live.clear();
  }

  /** Extraction, in slices when the adapter can read a thread piecemeal; true when `ordered` is current. */
  function extract(deadline: IdleDeadlineLike, fresh: boolean): boolean {
    if (adapter.prepare) {
      if (!adapter.prepare(doc, deadline, fresh)) return false;
      // The read ended with this slice's time: the list is made at the start of the next one (nothing to read again).
      if (deadline.timeRemaining() <= 0) return false;
    }
    ordered = adapter.findComments(doc, new Date());
    status.comments = ordered.length;
    status.unrecognised = ordered.length === 0 && adapter.hasCommentSignals(doc);
    status.lastScanAt = new Date().toISOString();
    status.scans++;
    void loadHandled(ordered.map((c) => c.id));
    return true;
  }

  const scheduler = createScheduler({
    doc,
    ownAttr: OWN_ATTR,
    signal: env.signal,
    scan(deadline, changed) {
      if (changed) {
        extracting = true;
        refreshPage();
      }
      if (extracting) {
        if (!extract(deadline, changed)) return true; // more to read in the next slice
        extracting = false;
        cursor = 0;
        const wanted: number[] = [];
        for (let i = 0; i < ordered.length; i++) {
          const c = ordered[i];
          if (upToDate(c)) continue;
          const r = ready.get(c.id);
          if (r && r.key === key && r.text === c.text) continue;
          const p = inflight.get(c.id);
          if (p && p.key === key && p.text === c.text) continue;
          wanted.push(i);
        }
        // Paused on this page (as the worker last said): nothing is sent, our UI goes away.
        if (!(resolved.paused && resolvedKey === key)) requestAnalysis(wanted);
        // Reading a big thread may have used up this slice: the requests go out in the next ones.
        if (deadline.timeRemaining() <= 0) return true;
      }
      if (flush(deadline)) return true;
      if (resolved.paused && resolvedKey === key) {
        removeAll();
        status.comments = status.flagged = 0;
        return false;
      }
      // A batch of badges is going into the page: finish that first.
      if (attaching && !attachPending()) return true;
      // Draw what is ready, in document order, within the slice's budget.
      let i = cursor;
      for (; i < ordered.length; i++) {
        const c = ordered[i];
        const r = ready.get(c.id);
        if (!r || r.key !== key || r.text !== c.text) continue;
        if (upToDate(c)) {
          ready.delete(c.id);
          continue;
        }
        ready.delete(c.id);
        show(c, r.result);
        if (deadline.timeRemaining() <= 0 && i < ordered.length - 1) break;
      }
      if (pending.size) {
        // Insert when nothing more is coming for this page (analysis done), or when the oldest has waited enough.
        let waiting = ready.size > 0 || outbox.length > 0 || i < ordered.length;
        if (!waiting) for (const p of inflight.values()) if (p.key === key) { waiting = true; break; }
        const age = Date.now() - pendingSince;
        if (!waiting || age >= ATTACH_MS) {
          // In the next slice, with a budget of its own.
          attaching = true;
          return true;
        } else if (attachTimer === null) attachTimer = setTimeout(() => { attachTimer = null; scheduler.resume(); }, ATTACH_MS - age);
      }
      let flagged = 0;
      for (const e of live.values()) if (e.host.isConnected && e.result.analysis.findings.length) flagged++;
      status.flagged = flagged;
      if (i < ordered.length) {
        cursor = i + 1;
        return true;
      }
      cursor = 0;
      return false;
    },
  });

  return {
    status: () => ({ ...status }),
    /** The page or the settings changed: read everything again. */
    rescan: () => scheduler.request(),
    /** The settings changed: every comment is analysed again with them. */
    settingsChanged: () => {
      generation++;
      scheduler.request();
    },
    /** Flagged comments for the side panel queue. */
    flagged: () =>
      [...live.values()]
        .filter((e) => e.host.isConnected && e.result.analysis.findings.length)
        .map((e) => ({ id: e.comment.id, author: e.comment.author, time: e.comment.time, findings: e.result.analysis.findings })),
    scrollTo(id: string): boolean {
      const e = live.get(id);
      if (!e || !e.host.isConnected) return false;
      e.comment.element.scrollIntoView({ block: 'center', behavior: 'smooth' });
      e.host.animate?.([{ outline: '3px solid #ff9800' }, { outline: '3px solid transparent' }], { duration: 1200 });
      return true;
    },
    /** Keyboard navigation: focus the next/previous flagged comment's badge. */
    navigate(direction: 1 | -1): string | null {
      const flagged = ordered
        .map((c) => entries.get(c.element))
        .filter((e): e is Entry => !!e && e.host.isConnected && e.result.analysis.findings.length > 0);
      if (!flagged.length) return null;
      const active = doc.activeElement;
      const cur = flagged.findIndex((e) => e.host === active);
      const next = flagged[(cur < 0 ? (direction > 0 ? 0 : flagged.length - 1) : cur + direction + flagged.length) % flagged.length];
      next.comment.element.scrollIntoView({ block: 'center' });
      (next.host.shadowRoot?.querySelector('.badge') as HTMLElement | null)?.focus();
      return next.comment.id;
    },
    stop: () => scheduler.stop(),
  };
}

const msg = (it: string, en: string): Localized => ({ it, en });
const INSERTED = msg('Testo inserito nella risposta: rileggilo e invialo tu.', 'Text inserted into the reply box: review it and send it yourself.');
const INSERT_FAILED_COPIED = msg(
  'Non sono riuscito a inserire il testo: è stato copiato, incollalo nella risposta.',
  'Could not insert the text: it was copied, paste it into the reply box.',
);
const NO_BOX_COPIED = msg(
  'Casella di risposta non trovata (apri "Rispondi"): il testo è stato copiato.',
  'Reply box not found (open "Reply" first): the text was copied.',
);
const INSERT_FAILED = msg('Inserimento non riuscito e copia negata dal browser: copia il testo a mano.', 'Insert failed and the browser refused copying: copy the text by hand.');
const NO_BOX = msg('Casella di risposta non trovata: apri "Rispondi" e riprova.', 'Reply box not found: open "Reply" and try again.');
