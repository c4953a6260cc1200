// The toolbar popup: what Galateo sees on this tab, today's handled count, today's exports.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { send } from '../../lib/messages';
import { uiLang } from '../../lib/i18n';
import type { Localized } from '../../lib/types';
import type { RuntimeStatus } from '../../lib/content/runtime';
import { downloadText } from '../download';

const L = {
  today: { it: 'Gestiti oggi', en: 'Handled today' },
  exportCsv: { it: 'Esporta CSV di oggi', en: 'Export today’s CSV' },
  exportJson: { it: 'Esporta JSON di oggi', en: 'Export today’s JSON' },
  notHere: {
    it: 'Questa scheda non è una pagina Facebook o Instagram: Galateo è inattivo qui.',
    en: 'This tab is not a Facebook or Instagram page: Galateo is idle here.',
  },
  unrecognised: {
    it: 'La pagina ha commenti ma Galateo non riesce a leggerli: il layout della piattaforma potrebbe essere cambiato. Segnala il problema al team.',
    en: 'This page has comments but Galateo cannot read them: the platform layout may have changed. Report it to the team.',
  },
  comments: { it: 'commenti letti', en: 'comments read' },
  flagged: { it: 'con segnalazioni', en: 'flagged' },
  page: { it: 'Pagina', en: 'Page' },
  unknownPage: { it: 'pagina non riconosciuta', en: 'not a known page' },
  exported: { it: 'record esportati', en: 'records exported' },
} satisfies Record<string, Localized>;

export function Popup() {
  const lang = uiLang();
  const tr = (l: Localized) => l[lang];
  const [count, setCount] = useState<number | null>(null);
  const [status, setStatus] = useState<RuntimeStatus | null | 'none'>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  useEffect(() => {
    void send<number>({ type: 'log/count' }).then((r) => (r.ok ? setCount(r.data) : setMessage({ error: true, text: tr(r.error.message) })));
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id == null) return setStatus('none');
      try {
        setStatus(((await browser.tabs.sendMessage(tab.id, { type: 'content/status' })) as RuntimeStatus) ?? 'none');
      } catch {
        setStatus('none');
      }
    })();
  }, []);

  const exportToday = async (format: 'csv' | 'json') => {
    const r = await send<{ filename: string; content: string; count: number }>({ type: 'log/export', format });
    if (!r.ok) return setMessage({ error: true, text: tr(r.error.message) });
    downloadText(r.data.filename, r.data.content, format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json');
    setMessage({ error: false, text: `${r.data.count} ${tr(L.exported)}: ${r.data.filename}` });
  };

  return (
    <main>
      <h1>Galateo</h1>
      {status === 'none' && <p class="muted">{tr(L.notHere)}</p>}
      {status && status !== 'none' && (
        <section aria-live="polite" data-testid="tab-status">
          <div>
            {tr(L.page)}: <strong>{status.page?.name ?? status.page?.id ?? tr(L.unknownPage)}</strong> ({status.platform})
          </div>
          <div>
            <span data-testid="comments">{status.comments}</span> {tr(L.comments)} · <span data-testid="flagged">{status.flagged}</span>{' '}
            {tr(L.flagged)}
          </div>
          {status.unrecognised && (
            <p class="warn" role="alert" data-testid="unrecognised">
              {tr(L.unrecognised)}
            </p>
          )}
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
      {message && (
        <p class={message.error ? 'error' : 'muted'} role="status">
          {message.text}
        </p>
      )}
    </main>
  );
}
