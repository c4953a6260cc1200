// The popup's per-page part: which profile this tab is, pause, the page's topics and rules, or — on a page
// no profile recognises — a picker that adds the tab's id, address prefix and name to a profile's `match`.
import { useState } from 'preact/hooks';
import type { Lang, Localized } from '../../lib/types';
import type { RuntimeStatus } from '../../lib/content/runtime';
import {
  assignPage,
  assignmentFor,
  detectPageProfile,
  listPages,
  pageControls,
  setPagePaused,
  setPageRule,
  setPageTopic,
  type PageInfo,
  type Settings,
} from '../../lib/settings';
import { ruleLabel } from '../options/shared';
import { L } from './labels';

export interface PageSectionProps {
  status: RuntimeStatus;
  settings: Settings;
  edit: (change: (s: Settings) => Settings) => Promise<boolean>;
  lang: Lang;
}

/** The tab as the settings see it (the content script's view of the page). */
export function tabPageInfo(status: RuntimeStatus): PageInfo | null {
  if (!status.page) return null;
  return { platform: status.page.platform, url: status.page.url, pageName: status.page.name, pageId: status.page.id };
}

/**
 * The profile of this tab: the content script's answer when the popup's settings know it, otherwise the
 * popup's own detection (the same function), so an assignment shows at once, before the tab's next scan.
 */
export function tabProfileId(status: RuntimeStatus, s: Settings): string | null {
  if (status.pageId && s.pages[status.pageId]) return status.pageId;
  const info = tabPageInfo(status);
  return info ? (detectPageProfile(s, info)?.id ?? null) : null;
}

export function PageSection({ status, settings, edit, lang }: PageSectionProps) {
  const tr = (l: Localized) => l[lang];
  const pageId = tabProfileId(status, settings);
  const controls = pageId ? pageControls(settings, pageId) : null;

  if (!controls) return <UnknownPage status={status} settings={settings} edit={edit} lang={lang} />;
  return (
    <div data-testid="page-controls" data-page-id={controls.page.id}>
      <div class="row">
        {tr(L.page)}: <strong data-testid="page-name">{controls.page.name}</strong> ({controls.page.platform})
      </div>
      {controls.paused && (
        <p class="note" data-testid="paused-note">
          {tr(L.paused)}
        </p>
      )}
      <div class="row">
        <button
          type="button"
          data-testid="pause-page"
          aria-pressed={controls.paused}
          onClick={() => void edit((d) => setPagePaused(d, controls.page.id, !controls.paused))}
        >
          {tr(controls.paused ? L.resume : L.pause)}
        </button>
      </div>
      <details data-testid="page-topics">
        <summary>
          {tr(L.topics)} ({controls.topics.filter((t) => t.enabled).length}/{controls.topics.length})
        </summary>
        <p class="muted">{tr(L.topicsHelp)}</p>
        <ul class="checks">
          {controls.topics.map((t) => (
            <li key={t.id}>
              <label>
                <input
                  type="checkbox"
                  checked={t.enabled}
                  data-testid={`popup-topic-${t.id}`}
                  onChange={(e) => void edit((d) => setPageTopic(d, controls.page.id, t.id, (e.target as HTMLInputElement).checked))}
                />{' '}
                {t.label[lang]}
              </label>
            </li>
          ))}
        </ul>
      </details>
      <details data-testid="page-rules">
        <summary>
          {tr(L.rules)} ({controls.rules.filter((r) => r.enabled).length}/{controls.rules.length})
        </summary>
        <ul class="checks">
          {controls.rules.map((r) => (
            <li key={r.id}>
              <label title={r.id}>
                <input
                  type="checkbox"
                  checked={r.enabled}
                  data-testid={`popup-rule-${r.id}`}
                  onChange={(e) => void edit((d) => setPageRule(d, controls.page.id, r.id, (e.target as HTMLInputElement).checked))}
                />{' '}
                {ruleLabel(r.id, lang)}
              </label>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}

function UnknownPage({ status, settings, edit, lang }: PageSectionProps) {
  const tr = (l: Localized) => l[lang];
  const choices = listPages(settings, status.page?.platform ?? (status.platform as 'facebook' | 'instagram'));
  const [choice, setChoice] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const info = tabPageInfo(status);
  const a = info ? assignmentFor(info) : null;
  const identifiable = !!a && a.ids.length + a.urlPatterns.length + a.names.length > 0;
  const selected = choices.some((c) => c.id === choice) ? choice : (choices[0]?.id ?? '');

  return (
    <div data-testid="unknown-page">
      <div class="row">
        {tr(L.page)}: <strong data-testid="page-name">{status.page?.name ?? tr(L.unknownPage)}</strong> ({status.platform}) —{' '}
        <em>{tr(L.unknownPage)}</em>
      </div>
      {!identifiable ? (
        <p class="muted">{tr(L.cannotAssign)}</p>
      ) : choices.length === 0 ? (
        <p class="muted">{tr(L.noProfiles)}</p>
      ) : (
        <>
          <p class="muted">{tr(L.unknownHelp)}</p>
          <div class="row">
            <label>
              {tr(L.assign)}{' '}
              <select value={selected} onChange={(e) => setChoice((e.target as HTMLSelectElement).value)} data-testid="assign-select">
                {choices.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>{' '}
            <button
              type="button"
              data-testid="assign-page"
              onClick={async () => {
                if (await edit((d) => assignPage(d, selected, info!))) setDone(selected);
              }}
            >
              {tr(L.assignButton)}
            </button>
          </div>
          {done && (
            <p class="muted" role="status">
              {tr(L.assigned)} {settings.pages[done]?.name ?? done}.
            </p>
          )}
        </>
      )}
    </div>
  );
}
