// The badge and expandable card Galateo mounts next to each comment (inside a shadow root).
// Comment text only ever reaches the DOM as Preact text children: never as markup.
import { useState } from 'preact/hooks';
import type { Action, Analysis, Lang, Localized, RuleId, Severity } from '../lib/types';
import { ACTIONS, severityRank } from '../lib/types';
import type { ReplySuggestionWire } from '../lib/analysis/protocol';
import { ACTION_LABELS, SEVERITY_LABELS } from './labels';

/** A reply suggestion as the worker sends it (lib/analysis/protocol.ts). */
export type ReplySuggestion = ReplySuggestionWire;

export interface ActionResult {
  ok: boolean;
  message?: Localized;
  /** A term dismissed again and again on this page: offer to allow it. */
  offer?: { term: string; count: number };
}

export interface CommentUiProps {
  commentId: string;
  text: string;
  analysis: Analysis;
  lang: Lang;
  ruleLabel: (id: RuleId) => string;
  topicLabel: (id: string) => string;
  suggestions: ReplySuggestion[];
  handled: { action: Action; handledAt: string } | null;
  onAction: (action: Action, templateId: string | null) => Promise<ActionResult>;
  onInsert: (text: string) => Promise<ActionResult>;
  onOpenChange?: (open: boolean) => void;
  onAllow?: (term: string) => Promise<ActionResult>;
  /**
   * Tests only: let clicks and keys made by a script (`isTrusted` false) act. In the page, only the
   * moderator's own input marks a comment, inserts a reply or extends the allowlist: the host page's
   * scripts can reach our (open) shadow root, and must not be able to write the log through it.
   */
  acceptSyntheticInput?: boolean;
}

const L = {
  open: { it: 'Apri i dettagli di Galateo', en: 'Open Galateo details' },
  clean: { it: 'Nessuna violazione', en: 'No violations' },
  findings: { it: 'Violazioni', en: 'Findings' },
  topic: { it: 'Argomento', en: 'Topic' },
  reply: { it: 'Risposta suggerita', en: 'Suggested reply' },
  insert: { it: 'Inserisci nella risposta', en: 'Insert into reply' },
  copy: { it: 'Copia', en: 'Copy' },
  markAs: { it: 'Segna come gestito:', en: 'Mark as handled:' },
  copied: { it: 'Testo copiato negli appunti.', en: 'Text copied to the clipboard.' },
  handled: { it: 'Gestito', en: 'Handled' },
  note: { it: 'Nota per il moderatore (da non pubblicare)', en: 'Note for the moderator (not to be posted)' },
  keys: {
    it: 'Tastiera: Alt+Maiusc+J/K commento segnalato successivo/precedente · Invio apre · I inserisce · R/H/D/E/F segna',
    en: 'Keyboard: Alt+Shift+J/K next/previous flagged · Enter opens · I inserts · R/H/D/E/F marks',
  },
} satisfies Record<string, Localized>;





export function topSeverity(analysis: Analysis): Severity | null {
  let top: Severity | null = null;
  for (const f of analysis.findings) if (!top || severityRank(f.severity) > severityRank(top)) top = f.severity;
  return top;
}

export function CommentUi(props: CommentUiProps) {
  const { analysis, lang } = props;
  const tr = (l: Localized) => l[lang];
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState(0);
  const [draft, setDraft] = useState<string | null>(null);
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  // The log's answer may arrive after the first render: the prop is read on every render, and an
  // action taken in this card wins over it.
  const [marked, setHandled] = useState<CommentUiProps['handled']>(null);
  const handled = marked ?? props.handled;
  const [offer, setOffer] = useState<{ term: string; count: number } | null>(null);
  const top = topSeverity(analysis);
  const count = analysis.findings.length;
  const suggestion = props.suggestions[choice];
  const replyText = draft ?? suggestion?.text ?? '';

  /** The moderator's own click or key (or a test that allows synthetic ones). */
  const trusted = (ev: Event) => ev.isTrusted || props.acceptSyntheticInput === true;
  const toggle = () => {
    const next = !open;
    setOpen(next);
    props.onOpenChange?.(next);
  };
  const act = async (action: Action) => {
    const res = await props.onAction(action, suggestion?.templateId ?? null);
    if (res.ok) {
      setOffer(res.offer ?? null);
      setHandled({ action, handledAt: new Date().toISOString() });
      setStatus({ kind: 'success', text: `${tr(L.handled)}: ${tr(ACTION_LABELS[action])}` });
    } else setStatus({ kind: 'error', text: res.message ? tr(res.message) : 'Error' });
  };
  const insert = async () => {
    const res = await props.onInsert(replyText);
    setStatus(res.message ? { kind: res.ok ? 'success' : 'error', text: tr(res.message) } : null);
  };
  const allow = async (term: string) => {
    const res = (await props.onAllow?.(term)) ?? { ok: false };
    setOffer(null);
    setStatus(res.message ? { kind: res.ok ? 'success' : 'error', text: tr(res.message) } : null);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(replyText);
      setStatus({ kind: 'success', text: tr(L.copied) });
    } catch (e) {
      setStatus({ kind: 'error', text: String(e) });
    }
  };

  // Keyboard use inside the card: I inserts the suggestion, R/H/D/E/F mark an action (not while typing).
  const KEY_ACTIONS: Record<string, Action> = { r: 'replied', h: 'hidden', d: 'deleted', e: 'escalated', f: 'dismissed' };
  const onKeyDown = (ev: KeyboardEvent) => {
    // Keys typed in our UI must not reach the host page's own shortcuts.
    ev.stopPropagation();
    const tag = (ev.target as HTMLElement | null)?.tagName;
    if (!trusted(ev) || tag === 'TEXTAREA' || tag === 'SELECT' || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const k = ev.key.toLowerCase();
    if (k === 'escape' && open) {
      ev.preventDefault();
      toggle();
    } else if (open && k === 'i' && replyText && suggestion?.kind !== 'moderator-note') {
      ev.preventDefault();
      void insert();
    } else if (open && KEY_ACTIONS[k]) {
      ev.preventDefault();
      void act(KEY_ACTIONS[k]);
    }
  };

  const badgeLabel = count
    ? `Galateo: ${count} · ${analysis.findings.map((f) => props.ruleLabel(f.rule)).join(', ')}`
    : `Galateo: ${tr(L.clean)}`;

  return (
    <div class="galateo" data-comment-id={props.commentId} onKeyDown={onKeyDown}>
      <button
        type="button"
        class={`badge ${top ? `sev-${top}` : 'ok'}`}
        data-severity={top ?? 'none'}
        aria-expanded={open}
        aria-label={`${badgeLabel}. ${tr(L.open)}`}
        title={badgeLabel}
        onClick={toggle}
      >
        <span aria-hidden="true">{count ? '⚑' : '✓'}</span>
        <span class="count">{count}</span>
        {top && <span class="sevname">{tr(SEVERITY_LABELS[top])}</span>}
      </button>
      {handled && (
        <span class="handled" data-handled={handled.action}>
          ✔ {tr(L.handled)}: {tr(ACTION_LABELS[handled.action])}
        </span>
      )}
      {open && (
        <div class="card" role="region" aria-label={badgeLabel}>
          {count > 0 && <h3>{tr(L.findings)}</h3>}
          {analysis.findings.map((f, i) => (
            <div class={`finding sev-${f.severity}`} data-rule={f.rule} key={i}>
              <span class="sevlabel">{tr(SEVERITY_LABELS[f.severity])}</span>
              <strong>{props.ruleLabel(f.rule)}</strong>
              <div>
                {f.evidence.map((e, j) => (
                  <span class="evidence" key={j}>
                    {props.text.slice(e.start, e.end)}
                  </span>
                ))}
                <span class="reason">{f.reason}</span>
              </div>
            </div>
          ))}
          {analysis.topics.length > 0 && (
            <div>
              <h3>{tr(L.topic)}</h3>
              {analysis.topics.map((id) => (
                <span class="topic" key={id}>
                  {props.topicLabel(id)}
                </span>
              ))}
            </div>
          )}
          {props.suggestions.length > 0 && (
            <div>
              <h3>{tr(L.reply)}</h3>
              {props.suggestions.length > 1 && (
                <select
                  aria-label={tr(L.reply)}
                  value={String(choice)}
                  onChange={(e) => {
                    setChoice(Number((e.target as HTMLSelectElement).value));
                    setDraft(null);
                  }}
                >
                  {props.suggestions.map((s, i) => (
                    <option value={String(i)} key={s.templateId}>
                      {s.templateId}
                      {s.reason ? ` — ${s.reason}` : ''}
                    </option>
                  ))}
                </select>
              )}
              {suggestion?.kind === 'moderator-note' ? (
                <p class="note" role="note" aria-label={tr(L.note)}>
                  <strong>{tr(L.note)}:</strong> {suggestion.text}
                </p>
              ) : (
              <>
              <textarea
                aria-label={tr(L.reply)}
                value={replyText}
                onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)}
              />
              <div class="row">
                <button type="button" class="act primary" data-do="insert" onClick={(ev) => trusted(ev) && void insert()}>
                  {tr(L.insert)}
                </button>
                <button type="button" class="act" data-do="copy" onClick={copy}>
                  {tr(L.copy)}
                </button>
              </div>
              </>
              )}
            </div>
          )}
          <div class="row" role="group" aria-label={tr(L.markAs)}>
            <span>{tr(L.markAs)}</span>
            {ACTIONS.map((a) => (
              <button type="button" class="act" data-action={a} key={a} onClick={(ev) => trusted(ev) && void act(a)}>
                {tr(ACTION_LABELS[a])}
              </button>
            ))}
          </div>
          {offer && props.onAllow && (
            <div class="offer" role="alert" data-offer={offer.term}>
              {lang === 'it'
                ? `«${offer.term}» è stato segnato ${offer.count} volte come falso positivo su questa pagina. Aggiungerlo alla lista consentita della pagina?`
                : `“${offer.term}” was dismissed ${offer.count} times on this page. Add it to this page’s allowlist?`}{' '}
              <button type="button" class="act" data-do="allow" onClick={(ev) => trusted(ev) && void allow(offer.term)}>
                {lang === 'it' ? 'Aggiungi' : 'Add'}
              </button>
              <button type="button" class="act" onClick={() => setOffer(null)}>
                {lang === 'it' ? 'No, grazie' : 'No, thanks'}
              </button>
            </div>
          )}
          {status && (
            <div class={`status ${status.kind}`} role="status">
              {status.text}
            </div>
          )}
          <div class="keys">{tr(L.keys)}</div>
        </div>
      )}
      {!open && status && (
        <span class={`status ${status.kind}`} role="status">
          {' '}
          {status.text}
        </span>
      )}
    </div>
  );
}
