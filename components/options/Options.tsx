// The options page: the whole settings document, edited section by section. Every change is validated
// and saved at once (open Facebook/Instagram tabs pick it up through storage.onChanged); a change that
// would make the document invalid is refused and its problems are listed with their JSON paths.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Problem, Settings } from '../../lib/settings';
import { exportSettings } from '../../lib/settings';
import {
  clearBrokenCopy,
  importSettings,
  loadBrokenCopy,
  loadSettings,
  resetSettings,
  saveSettings,
  watchSettings,
} from '../../lib/settings/storage';
import { downloadText } from '../download';
import type { Lang, Localized } from '../../lib/types';
import { GeneralSection, LexiconSection, LinksSection } from './OtherSections';
import { PagesSection } from './PagesSection';
import { TemplatesSection } from './TemplatesSection';
import { TopicsSection } from './TopicsSection';
import { L, currentLang, tr, type Apply } from './shared';

const TABS = [
  ['pages', L('Pagine', 'Pages')],
  ['topics', L('Argomenti', 'Topics')],
  ['templates', L('Risposte', 'Replies')],
  ['lexicon', L('Lessico', 'Lexicon')],
  ['general', L('Orari e registro', 'Hours and log')],
  ['links', L('Link da verificare', 'Links to verify')],
  ['io', L('Importa / esporta', 'Import / export')],
] as const;
type Tab = (typeof TABS)[number][0];

export function ProblemList({ problems, lang }: { problems: Problem[]; lang: Lang }) {
  return (
    <ul class="problems" data-testid="problems">
      {problems.map((p, i) => (
        <li key={i}>
          <code>{p.path}</code>: {p.message[lang]}
        </li>
      ))}
    </ul>
  );
}

export function Options({ lang = currentLang() }: { lang?: Lang }) {
  const [s, setS] = useState<Settings | null>(null);
  const [tab, setTab] = useState<Tab>('pages');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [notice, setNotice] = useState<Localized | null>(null);
  const [loadWarning, setLoadWarning] = useState<{ message: Localized; problems: Problem[] } | null>(null);
  // The latest document, so two quick edits in a row never start from a stale copy; edits are serialised.
  const latest = useRef<Settings | null>(null);
  latest.current = s;
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    void loadSettings().then((r) => {
      if (!live) return;
      latest.current = r.settings;
      setS(r.settings);
      if (r.warning) setLoadWarning(r.warning);
      if (r.migratedFrom) setNotice(L(`Impostazioni aggiornate dalla versione ${r.migratedFrom}.`, `Settings upgraded from version ${r.migratedFrom}.`));
    });
    const stop = watchSettings((next) => {
      if (!live) return;
      latest.current = next;
      setS(next);
    });
    return () => {
      live = false;
      stop();
    };
  }, []);

  if (!s) return <main><p>{tr(L('Caricamento…', 'Loading…'), lang)}</p></main>;

  const apply: Apply = (change) => {
    const run = async (): Promise<boolean> => {
      let next: Settings;
      try {
        next = change(structuredClone(latest.current!));
      } catch (e) {
        setProblems([{ path: '$', message: L(`Modifica non applicata: ${String(e)}`, `Change not applied: ${String(e)}`) }]);
        return false;
      }
      const r = await saveSettings(next);
      if (!r.ok) {
        setProblems(r.problems);
        return false;
      }
      setProblems([]);
      latest.current = r.settings;
      setS(r.settings);
      return true;
    };
    const p = queue.current.then(run, run);
    queue.current = p;
    return p;
  };

  const props = { s, apply, lang };
  return (
    <main>
      <header>
        <h1>Galateo — {tr(L('impostazioni', 'settings'), lang)}</h1>
        <nav role="tablist">
          {TABS.map(([id, label]) => (
            <button key={id} role="tab" aria-selected={tab === id} class={tab === id ? 'current' : ''} onClick={() => setTab(id)} data-testid={`tab-${id}`}>
              {tr(label, lang)}
            </button>
          ))}
        </nav>
      </header>
      {loadWarning && (
        <div class="warn" role="alert">
          <p>{tr(loadWarning.message, lang)}</p>
          <ProblemList problems={loadWarning.problems} lang={lang} />
        </div>
      )}
      {notice && <p class="notice" role="status">{tr(notice, lang)}</p>}
      {problems.length > 0 && (
        <div class="warn" role="alert">
          <p>{tr(L('La modifica non è stata salvata:', 'The change was not saved:'), lang)}</p>
          <ProblemList problems={problems} lang={lang} />
        </div>
      )}
      {tab === 'pages' && <PagesSection {...props} />}
      {tab === 'topics' && <TopicsSection {...props} />}
      {tab === 'templates' && <TemplatesSection {...props} />}
      {tab === 'lexicon' && <LexiconSection {...props} />}
      {tab === 'general' && <GeneralSection {...props} />}
      {tab === 'links' && <LinksSection {...props} />}
      {tab === 'io' && <ImportExport s={s} lang={lang} onImported={(next, from) => {
        latest.current = next;
        setS(next);
        setLoadWarning(null);
        setNotice(from ? L(`Importato (aggiornato dalla versione ${from}).`, `Imported (upgraded from version ${from}).`) : L('Impostazioni importate.', 'Settings imported.'));
      }} />}
    </main>
  );
}

function ImportExport({ s, lang, onImported }: { s: Settings; lang: Lang; onImported: (s: Settings, from?: number) => void }) {
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [broken, setBroken] = useState<{ at: string; document: unknown } | null>(null);
  useEffect(() => void loadBrokenCopy().then(setBroken), []);

  const onFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch (err) {
      setProblems([{ path: '$', message: L(`Impossibile leggere il file: ${String(err)}`, `Cannot read the file: ${String(err)}`) }]);
      return;
    }
    await importText(text);
    input.value = '';
  };
  const importText = async (text: string) => {
    const r = await importSettings(text);
    if (r.ok) {
      setProblems(null);
      onImported(r.settings, r.migratedFrom);
    } else setProblems(r.problems);
  };

  return (
    <section aria-labelledby="io-h">
      <h2 id="io-h">{tr(L('Importa / esporta', 'Import / export'), lang)}</h2>
      <p>
        <button onClick={() => downloadText(`galateo-impostazioni-v${s.version}.json`, exportSettings(s), 'application/json')} data-testid="export">
          {tr(L('Esporta tutte le impostazioni (JSON)', 'Export all settings (JSON)'), lang)}
        </button>
      </p>
      <p>
        <label>
          {tr(L('Importa un file di impostazioni', 'Import a settings file'), lang)}{' '}
          <input type="file" accept="application/json,.json" onChange={onFile} data-testid="import-file" />
        </label>
      </p>
      <p class="muted">
        {tr(
          L('L’importazione sostituisce tutte le impostazioni solo se il file è valido; altrimenti non cambia nulla e vedi l’elenco dei problemi.',
            'Import replaces every setting only if the file is valid; otherwise nothing changes and you see the list of problems.'),
          lang,
        )}
      </p>
      {problems && (
        <div class="warn" role="alert" data-testid="import-problems">
          <p>
            {tr(
              L(`File rifiutato (${problems.length} ${problems.length === 1 ? 'problema' : 'problemi'}): nessuna impostazione è stata modificata.`,
                `File refused (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}): no setting was changed.`),
              lang,
            )}
          </p>
          <ProblemList problems={problems} lang={lang} />
        </div>
      )}
      {broken && (
        <div class="warn">
          <p>{tr(L(`Copia danneggiata messa da parte il ${broken.at}.`, `Damaged copy set aside on ${broken.at}.`), lang)}</p>
          <button onClick={() => downloadText('galateo-impostazioni-danneggiate.json', JSON.stringify(broken.document, null, 2), 'application/json')}>
            {tr(L('Esporta la copia danneggiata', 'Export the damaged copy'), lang)}
          </button>
          <button onClick={() => void clearBrokenCopy().then(() => setBroken(null))}>{tr(L('Elimina la copia', 'Delete the copy'), lang)}</button>
        </div>
      )}
      <p>
        <button
          class="danger"
          onClick={async () => {
            if (!confirm(tr(L('Tornare al pacchetto predefinito dell’Istituto? Le impostazioni attuali saranno sostituite.', 'Go back to the institute’s default pack? The current settings will be replaced.'), lang))) return;
            onImported(await resetSettings());
          }}
        >
          {tr(L('Ripristina il pacchetto predefinito', 'Restore the default pack'), lang)}
        </button>
      </p>
    </section>
  );
}
