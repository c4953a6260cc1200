// Side panel: the flagged comments of the current tab, most severe first, then the oldest.
// Clicking one scrolls the page to it and flashes it.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { uiLang } from '../../lib/i18n';
import { buildQueue, type QueueItem, type QueueRow } from '../../lib/queue';
import { ruleById } from '../../lib/rules';
import type { Localized } from '../../lib/types';
import { downloadText } from '../download';
import { SEVERITY_LABELS } from '../labels';

const L = {
  title: { it: 'Coda di moderazione', en: 'Moderation queue' },
  empty: { it: 'Nessun commento segnalato in questa scheda.', en: 'No flagged comments in this tab.' },
  noPage: { it: 'Apri un post di Facebook o Instagram per vedere la coda.', en: 'Open a Facebook or Instagram post to see the queue.' },
  ooh: { it: 'fuori orario', en: 'out of hours' },
  refresh: { it: 'Aggiorna', en: 'Refresh' },
  diagnostic: { it: 'Salva pagina di diagnosi', en: 'Save diagnostic page' },
  dashboard: { it: 'Registro e report', en: 'Log and reports' },
  diagnosticHelp: {
    it: 'Scarica la struttura di questa pagina con nomi, testi, id e immagini sostituiti, per correggere Galateo quando non legge i commenti.',
    en: 'Downloads this page’s structure with names, texts, ids and images replaced, to fix Galateo when it cannot read the comments.',
  },
} satisfies Record<string, Localized>;

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function Queue() {
  const lang = uiLang();
  const tr = (l: Localized) => l[lang];
  const [rows, setRows] = useState<QueueRow[] | null>(null);

  const load = async () => {
    const id = await activeTabId();
    if (id == null) return setRows(null);
    try {
      const items = (await browser.tabs.sendMessage(id, { type: 'content/flagged' })) as QueueItem[];
      setRows(buildQueue(items ?? []));
    } catch {
      setRows(null);
    }
  };
  useEffect(() => {
    void load();
    const t = setInterval(load, 3000);
    return () => clearInterval(t);
  }, []);

  const go = async (id: string) => {
    const tab = await activeTabId();
    if (tab != null) await browser.tabs.sendMessage(tab, { type: 'content/scroll-to', id }).catch(() => {});
  };

  const diagnostic = async () => {
    const tab = await activeTabId();
    if (tab == null) return;
    const res = (await browser.tabs.sendMessage(tab, { type: 'content/diagnostic' }).catch(() => null)) as { filename: string; html: string } | null;
    if (res) downloadText(res.filename, res.html, 'text/html;charset=utf-8');
  };

  return (
    <main>
      <h1>{tr(L.title)}</h1>
      <button type="button" onClick={load}>
        {tr(L.refresh)}
      </button>
      <button type="button" onClick={diagnostic} title={tr(L.diagnosticHelp)} data-testid="diagnostic">
        {tr(L.diagnostic)}
      </button>
      <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') })}>
        {tr(L.dashboard)}
      </button>
      {rows === null && <p class="muted">{tr(L.noPage)}</p>}
      {rows?.length === 0 && <p class="muted">{tr(L.empty)}</p>}
      {rows && rows.length > 0 && (
        <ol class="queue" data-testid="queue">
          {rows.map((r) => (
            <li key={r.id} data-comment-id={r.id} data-severity={r.top}>
              <button type="button" class="queue-item" onClick={() => go(r.id)}>
                <strong class={`sev sev-${r.top}`}>{tr(SEVERITY_LABELS[r.top])}</strong> {r.author}
                {r.time && <span class="muted"> · {new Date(r.time).toLocaleString(lang === 'it' ? 'it-IT' : 'en-GB')}</span>}
                {r.outOfHours && <span class="ooh"> · {tr(L.ooh)}</span>}
                <div class="muted">{r.findings.map((f) => ruleById(f.rule)?.label[lang] ?? f.rule).join(', ')}</div>
              </button>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
