// The toolbar popup: what Galateo sees on this tab, this page's profile and quick controls (pause, topics,
// rules, "this page is…"), a warning when the stored settings were broken, today's handled count and exports.
// Every control edits the stored settings (updateSettings: validated, atomic); the open page's content script
// watches the settings and rescans at once.
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { send } from '../../lib/send';
import { uiLang } from '../../lib/i18n';
import type { Lang, Localized } from '../../lib/types';
import type { RuntimeStatus } from '../../lib/content/runtime';
import { problemLines, type Problem, type Settings } from '../../lib/settings';
import { loadBrokenCopy, loadSettings, updateSettings, watchSettings } from '../../lib/settings/storage';
import { downloadText } from '../download';
import { PageSection } from './PageSection';
import { L } from './labels';
import './popup.css';

/**
 * The tab the popup is about: the active tab of its window, or `?tab=<id>` when the popup page is opened
 * in a tab of its own (a detached window, the browser tests), where the active tab would be itself.
 */
export async function targetTabId(search = location.search): Promise<number | null> {
  const q = new URLSearchParams(search).get('tab');
  if (q && /^\d+$/.test(q)) return Number(q);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** How often the popup asks the tab for fresh counts while it is open. */
const STATUS_EVERY_MS = 1000;

export function Popup({ lang = uiLang() }: { lang?: Lang }) {
  const tr = (l: Localized) => l[lang];
  const [count, setCount] = useState<number | null>(null);
  const [status, setStatus] = useState<RuntimeStatus | null | 'none'>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string; lines?: string[] } | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [warning, setWarning] = useState<{ message: Localized; problems: Problem[] } | null>(null);
  const [broken, setBroken] = useState<{ at: string; document: unknown } | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    void send<number>({ type: 'log/count' }).then((r) => (r.ok ? setCount(r.data) : setMessage({ error: true, text: tr(r.error.message) })));
    void loadSettings().then((r) => {
      if (!live) return;
      setSettings(r.settings);
      if (r.warning) setWarning(r.warning);
      // Read after loadSettings, which sets the damaged copy aside.
      void loadBrokenCopy().then((b) => live && setBroken(b));
    });
    const unwatch = watchSettings((s) => live && setSettings(s));

    let timer: ReturnType<typeof setTimeout> | undefined;
    void (async () => {
      const tabId = await targetTabId().catch(() => null);
      if (tabId == null) return setStatus('none');
      const poll = async () => {
        try {
          const st = (await browser.tabs.sendMessage(tabId, { type: 'content/status' })) as RuntimeStatus | undefined;
          if (live) setStatus(st ?? 'none');
        } catch {
          if (live) setStatus('none');
        }
        if (live) timer = setTimeout(poll, STATUS_EVERY_MS);
      };
      await poll();
    })();
    return () => {
      live = false;
      unwatch();
      clearTimeout(timer);
    };
  }, []);

  /** Edits are serialised: two quick clicks each start from the document the previous one saved. */
  const edit = (change: (s: Settings) => Settings): Promise<boolean> => {
    const run = async () => {
      const r = await updateSettings(change);
      if (!r.ok) {
        setMessage({ error: true, text: tr(L.notSaved), lines: problemLines(r.problems, lang) });
        return false;
      }
      setSettings(r.settings);
      setMessage(null);
      return true;
    };
    const p = queue.current.then(run, run);
    queue.current = p;
    return p;
  };

  const exportToday = async (format: 'csv' | 'json') => {
    const r = await send<{ filename: string; content: string; count: number }>({ type: 'log/export', format });
    if (!r.ok) return setMessage({ error: true, text: tr(r.error.message) });
    downloadText(r.data.filename, r.data.content, format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json');
    setMessage({ error: false, text: `${r.data.count} ${tr(L.exported)}: ${r.data.filename}` });
  };

  return (
    <main>
      <h1>Galateo</h1>
      {warning && (
        <div class="warn" role="alert" data-testid="settings-warning">
          <p>{tr(warning.message)}</p>
          {warning.problems.length > 0 && (
            <ul class="problems">
              {problemLines(warning.problems.slice(0, 5), lang).map((l, i) => (
                <li key={i}>{l}</li>
              ))}
              {warning.problems.length > 5 && <li>… (+{warning.problems.length - 5})</li>}
            </ul>
          )}
          <p>{tr(L.brokenWhatToDo)}</p>
          {broken && (
            <button
              type="button"
              data-testid="export-broken"
              onClick={() => downloadText('galateo-impostazioni-danneggiate.json', JSON.stringify(broken.document, null, 2), 'application/json')}
            >
              {tr(L.exportBroken)}
            </button>
          )}
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
            {tr(L.openOptions)}
          </button>
        </div>
      )}
      {status === 'none' && <p class="muted">{tr(L.notHere)}</p>}
      {status && status !== 'none' && (
        <section aria-live="polite" data-testid="tab-status">
          <div>
            <span data-testid="comments">{status.comments}</span> {tr(L.comments)} · <span data-testid="flagged">{status.flagged}</span>{' '}
            {tr(L.flagged)}
          </div>
          {status.unrecognised && (
            <p class="warn" role="alert" data-testid="unrecognised">
              {tr(L.unrecognised)}
            </p>
          )}
          {status.analysisError && (
            <p class="warn" role="alert" data-testid="analysis-error">
              {tr(status.analysisError)}
            </p>
          )}
          {settings ? <PageSection status={status} settings={settings} edit={edit} lang={lang} /> : <p class="muted">{tr(L.loading)}</p>}
        </section>
      )}
      <div class="row">
        {tr(L.today)}: <span class="big" data-testid="today-count">{count ?? '…'}</span>
      </div>
      <div class="row">
        <button type="button" onClick={() => exportToday('csv')}>
          {tr(L.exportCsv)}
        </button>
        <button type="button" onClick={() => exportToday('json')}>
          {tr(L.exportJson)}
        </button>
      </div>
      <div class="row">
        <button type="button" data-testid="open-dashboard" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') })}>
          {tr(L.dashboard)}
        </button>
      </div>
      {message && (
        <div class={message.error ? 'error' : 'muted'} role="status" data-testid="popup-message">
          <p>{message.text}</p>
          {message.lines && (
            <ul class="problems">
              {message.lines.map((l, i) => (
                <li key={i}>{l}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </main>
  );
}
