// The content-side runtime shared by the Facebook and Instagram content scripts:
// observe the page, extract comments through the platform adapter, analyse them, mount one badge per comment.
// Data flows one way: DOM -> adapter -> analyzer -> UI -> action -> background.
import { h, render } from 'preact';
import { CommentUi, type ActionResult, type ReplySuggestion } from '../../components/CommentUi';
import { commentUiSheet } from '../../components/styles';
import type { Action } from '../log/schema';
import { createAnalyzer } from '../analyzer';
import { ruleById } from '../rules';
import { send } from '../messages';
import { uiLang } from '../i18n';
import type { Analysis, AnalyzerProfile, Localized, RuleId } from '../types';
import { GALATEO_ATTR, type ExtractedComment, type PageInfo, type PlatformAdapter } from '../platforms/types';
import { insertReplyText } from '../platforms/insert';
import { clearEvidence, focusEvidence, rangesFor, setEvidence } from './highlight';
import { createScheduler } from './scheduler';
import { adaptDirectAnalysis, directPersonalDataAdvice, directProfile, type Channel, type ChannelAdapter } from './direct';
import { firstName } from '../templates';

/** Attribute on every node Galateo adds to the page: the scanner and the adapters never look inside them. */
export const OWN_ATTR = GALATEO_ATTR;
const HOST_TAG = 'galateo-comment';
/** Longest text sent to the worker (it only keeps a redacted excerpt). */
const MAX_SENT_TEXT = 20_000;

export interface RuntimeEnv {
  adapter: PlatformAdapter;
  doc: Document;
  /** Which profile of the settings pack this page is, and what the analyzer needs for it. */
  resolve?: (page: PageInfo | null) => ResolvedPage;
  /** Reply suggestions for a comment (templates of the settings pack). */
  suggest?: (pageId: string | null, c: ExtractedComment, a: Analysis) => ReplySuggestion[];
  topicLabel?: (id: string) => string;
  /** A moderator dismissed a comment: count its terms, maybe offer the page allowlist. */
  onDismissed?: (pageId: string, text: string, analysis: Analysis) => Promise<ActionResult['offer'] | null>;
  /** Add a term to the page's allowlist (settings). */
  allowTerm?: (pageId: string, term: string) => Promise<ActionResult>;
  /** Called when the runtime stops (content-script context invalidated). */
  signal?: AbortSignal;
}

export interface ResolvedPage {
  /** Profile id of the settings pack (e.g. inps-per-la-famiglia), null when the page is not known. */
  pageId: string | null;
  pageName: string | null;
  profile: AnalyzerProfile | null;
  /** The moderator paused Galateo on this page. */
  paused: boolean;
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
  lastScanAt: string | null;
  scans: number;
}

interface Entry {
  comment: ExtractedComment;
  text: string;
  analysis: Analysis;
  host: HTMLElement;
  shownAt: string;
  /** The profile changed since this analysis: analyse again on the next pass. */
  stale: boolean;
}

export function startRuntime(env: RuntimeEnv) {
  const { adapter, doc } = env;
  const lang = uiLang();
  const entries = new WeakMap<Element, Entry>();
  const live = new Map<string, Entry>();
  let page: PageInfo | null = null;
  let analyzer = createAnalyzer(undefined);
  let currentProfile: AnalyzerProfile | null = null;
  let currentChannel: Channel = 'comment';
  const channelNow = (): Channel =>
    'channel' in adapter ? (adapter as ChannelAdapter).channel(new URL(doc.location.href)) : 'comment';
  const status: RuntimeStatus = {
    platform: adapter.platform,
    page: null,
    pageId: null,
    pageName: null,
    paused: false,
    comments: 0,
    flagged: 0,
    unrecognised: false,
    lastScanAt: null,
    scans: 0,
  };

  const ruleLabel = (id: RuleId) => ruleById(id)?.label[lang] ?? id;
  const topicLabel = env.topicLabel ?? ((id: string) => id);

  let resolved: ResolvedPage = { pageId: null, pageName: null, profile: null, paused: false };
  /** Re-reads the page and its profile; true when the analyzer changed (everything must be analysed again). */
  function refreshProfile(): boolean {
    page = adapter.detectPage(doc, new URL(doc.location.href));
    resolved = env.resolve?.(page) ?? { pageId: null, pageName: page?.name ?? null, profile: null, paused: false };
    Object.assign(status, { page, pageId: resolved.pageId, pageName: resolved.pageName, paused: resolved.paused });
    const profile = resolved.profile;
    const channel = channelNow();
    if (profile !== currentProfile || channel !== currentChannel) {
      currentProfile = profile;
      currentChannel = channel;
      // In private messages the public-thread rules do not apply.
      analyzer = createAnalyzer(profile ? (channel === 'direct' ? directProfile(profile) : profile) : undefined);
      // Settings changed: every comment is analysed again with the new profile.
      for (const e of live.values()) e.stale = true;
      return true;
    }
    return false;
  }

  async function onAction(entry: Entry, action: Action, templateId: string | null): Promise<ActionResult> {
    const c = entry.comment;
    const res = await send({
      type: 'log/handled',
      input: {
        platform: adapter.platform,
        channel: currentChannel,
        pageId: resolved.pageId,
        pageName: resolved.pageName,
        postId: page?.postId ?? null,
        commentId: c.id,
        permalink: c.permalink,
        findings: entry.analysis.findings.map((f) => ({ rule: f.rule, severity: f.severity })),
        topic: entry.analysis.topics[0] ?? null,
        action,
        templateId,
        commentTime: c.time,
        shownAt: entry.shownAt,
        text: entry.text.slice(0, MAX_SENT_TEXT),
        author: c.author || null,
      },
    });
    if (!res.ok) return { ok: false, message: res.error.message };
    // Remember it, so the mark survives a re-analysis (settings change, edited text).
    known.set(c.id, { action, handledAt: new Date().toISOString() });
    const pageId = resolved.pageId;
    if (action === 'dismissed' && pageId && env.onDismissed) {
      const offer = await env.onDismissed(pageId, entry.text, entry.analysis).catch(() => null);
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

  function draw(entry: Entry, handled: { action: Action; handledAt: string } | null): void {
    const shadow = entry.host.shadowRoot!;
    render(
      h(CommentUi, {
        key: `${entry.comment.id}:${entry.text.length}`,
        commentId: entry.comment.id,
        text: entry.text,
        analysis: entry.analysis,
        lang,
        ruleLabel,
        topicLabel,
        suggestions: suggestionsFor(entry),
        handled,
        onAction: (a, t) => onAction(entry, a, t),
        onInsert: (t) => onInsert(entry, t),
        onOpenChange: (open) => focusEvidence(open ? entry.comment.id : null),
        onAllow: resolved.pageId && env.allowTerm ? (term) => env.allowTerm!(resolved.pageId!, term) : undefined,
      }),
      shadow,
    );
  }

  function suggestionsFor(entry: Entry): ReplySuggestion[] {
    const list = env.suggest?.(resolved.pageId, entry.comment, entry.analysis) ?? [];
    const has = (rule: string) => entry.analysis.findings.some((f) => f.rule === rule);
    // Crisis keeps only the escalation note; otherwise personal data in private gets the advice first.
    if (currentChannel === 'direct' && has('personal-data') && !has('crisis')) {
      return [directPersonalDataAdvice(firstName(entry.comment.author)), ...list];
    }
    return list;
  }

  function mountHost(c: ExtractedComment): HTMLElement {
    const host = doc.createElement(HOST_TAG);
    host.setAttribute(OWN_ATTR, '');
    host.setAttribute('data-comment-id', c.id);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [commentUiSheet()];
    c.anchor.after(host);
    return host;
  }

  /** Analyse and (re)draw one comment if it is new, was recycled, or its text changed. Returns true if work was done. */
  function process(c: ExtractedComment, index: number, handledState: Record<string, { action: Action; handledAt: string }>): boolean {
    const prev = entries.get(c.element);
    if (prev && !prev.stale && prev.comment.id === c.id && prev.text === c.text && prev.host.isConnected) return false;
    const raw = analyzer.analyze(
      {
        id: c.id,
        text: c.text,
        author: c.author,
        platform: adapter.platform,
        page: resolved.pageId ?? undefined,
        createdAt: c.time ?? undefined,
        postCreatedAt: page?.postTime ?? undefined,
        isReply: c.isReply,
        thread: page?.postId ?? undefined,
      },
      { now: new Date(), thread: threadBefore(index) },
    );
    const analysis = currentChannel === 'direct' ? adaptDirectAnalysis(raw) : raw;
    const host = prev?.host.isConnected && prev.host.previousElementSibling === c.anchor ? prev.host : mountHost(c);
    if (prev && prev.host !== host) prev.host.remove();
    const entry: Entry = { comment: c, text: c.text, analysis, host, shownAt: prev?.shownAt ?? new Date().toISOString(), stale: false };
    entries.set(c.element, entry);
    live.set(c.id, entry);
    draw(entry, handledState[c.id] ?? null);
    if (c.textElement && analysis.findings.length) {
      const spans = analysis.findings.flatMap((f) => f.evidence);
      setEvidence(doc, c.id, rangesFor(c.textElement, c.text, spans));
    } else clearEvidence(c.id);
    return true;
  }

  // Comments of the current scan in document order, for thread context (repeated-question, answering-for-us).
  let ordered: ExtractedComment[] = [];
  let resumeAt = 0;
  function threadBefore(i: number) {
    return ordered.slice(Math.max(0, i - 200), Math.max(0, i)).map((o) => ({ id: o.id, text: o.text, author: o.author, isReply: o.isReply }));
  }

  const known = new Map<string, { action: Action; handledAt: string }>();
  const asked = new Set<string>();
  async function loadHandled(ids: string[]): Promise<void> {
    // Each comment's handled state is asked for once (the log only changes through our own actions).
    const missing = ids.filter((id) => !known.has(id) && !asked.has(id));
    if (!missing.length) return;
    for (const id of missing) asked.add(id);
    const res = await send<Record<string, { action: Action; handledAt: string }>>({ type: 'log/state', commentIds: missing });
    if (!res.ok) {
      for (const id of missing) asked.delete(id); // ask again on the next pass
      return;
    }
    let changed = false;
    for (const [id, st] of Object.entries(res.data)) {
      known.set(id, st);
      const e = live.get(id);
      if (e) {
        draw(e, st);
        changed = true;
      }
    }
    void changed;
  }

  const scheduler = createScheduler({
    doc,
    ownAttr: OWN_ATTR,
    signal: env.signal,
    scan(deadline, changed) {
      // The page and its profile are read again when something changed; a resumed slice keeps them.
      const profileChanged = changed || resumeAt === 0 ? refreshProfile() : false;
      if (resolved.paused) {
        // Paused on this page: take our UI away and do nothing else.
        for (const e of live.values()) {
          e.host.remove();
          clearEvidence(e.comment.id);
        }
        live.clear();
        status.comments = status.flagged = 0;
        return false;
      }
      // Extraction walks the whole thread: do it when the page changed, and otherwise resume the
      // previous slice's list where it stopped (a 2,000-comment thread is then read once, not per slice).
      const resume = !changed && !profileChanged && resumeAt > 0 && resumeAt < ordered.length;
      const found = resume ? ordered : adapter.findComments(doc, new Date());
      ordered = found;
      const handled = Object.fromEntries(known);
      let i = resume ? resumeAt : 0;
      let worked = false;
      for (; i < found.length; i++) {
        // Up-to-date comments cost nothing: only real work counts against the slice, so every slice progresses.
        if (process(found[i], i, handled)) worked = true;
        if (worked && deadline.timeRemaining() <= 0 && i < found.length - 1) break;
      }
      status.comments = found.length;
      status.flagged = found.filter((c) => (entries.get(c.element)?.analysis.findings.length ?? 0) > 0).length;
      status.unrecognised = found.length === 0 && adapter.hasCommentSignals(doc);
      status.lastScanAt = new Date().toISOString();
      status.scans++;
      void loadHandled(found.map((c) => c.id));
      // Unfinished work continues in the next idle slot.
      resumeAt = i < found.length ? i + 1 : 0;
      return i < found.length;
    },
  });

  return {
    status: () => ({ ...status }),
    rescan: () => scheduler.request(),
    /** Flagged comments for the side panel queue. */
    flagged: () =>
      [...live.values()]
        .filter((e) => e.host.isConnected && e.analysis.findings.length)
        .map((e) => ({ id: e.comment.id, author: e.comment.author, time: e.comment.time, findings: e.analysis.findings })),
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
        .filter((e): e is Entry => !!e && e.host.isConnected && e.analysis.findings.length > 0);
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
