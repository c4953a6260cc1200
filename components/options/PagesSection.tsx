// Page profiles: recognise the page, pause it, its topics, its rules and their thresholds.
import { useState } from 'preact/hooks';
import {
  effectiveRuleSettings,
  setPagePaused,
  setPageRule,
  setPageRuleSetting,
  setPageTopic,
  type Settings,
} from '../../lib/settings';
import type { RuleId } from '../../lib/types';
import { L, lines, ruleExplanation, ruleIds, ruleLabel, ruleSettingsValid, ruleSettingsWithDefaults, tr, type SectionProps } from './shared';

export function PagesSection({ s, apply, lang }: SectionProps) {
  const ids = Object.keys(s.pages);
  const [sel, setSel] = useState(ids[0] ?? '');
  const pageId = s.pages[sel] ? sel : ids[0];
  if (!pageId)
    return (
      <section>
        <p>{tr(L('Nessuna pagina configurata.', 'No page configured.'), lang)}</p>
        <NewPage s={s} apply={apply} lang={lang} onAdded={setSel} />
      </section>
    );
  const page = s.pages[pageId];

  return (
    <section aria-labelledby="pages-h">
      <h2 id="pages-h">{tr(L('Pagine', 'Pages'), lang)}</h2>
      <label>
        {tr(L('Pagina', 'Page'), lang)}{' '}
        <select value={pageId} onChange={(e) => setSel((e.target as HTMLSelectElement).value)} data-testid="page-select">
          {ids.map((id) => (
            <option value={id} key={id}>
              {s.pages[id].name} ({s.pages[id].platform})
            </option>
          ))}
        </select>
      </label>
      {page.description && <p class="muted">{tr(page.description, lang)}</p>}

      <fieldset>
        <legend>{tr(L('Riconoscimento della pagina', 'How the page is recognised'), lang)}</legend>
        <label class="block">
          {tr(L('Indirizzi (host/percorso, uno per riga)', 'Addresses (host/path, one per line)'), lang)}
          <textarea
            rows={2}
            value={page.match.urlPatterns.join('\n')}
            onChange={(e) => apply((d) => withMatch(d, pageId, { urlPatterns: lines((e.target as HTMLTextAreaElement).value) }))}
          />
        </label>
        <label class="block">
          {tr(L('Nomi mostrati dalla piattaforma (uno per riga)', 'Names shown by the platform (one per line)'), lang)}
          <textarea
            rows={2}
            value={page.match.names.join('\n')}
            onChange={(e) => apply((d) => withMatch(d, pageId, { names: lines((e.target as HTMLTextAreaElement).value) }))}
          />
        </label>
        <label>
          {tr(L('Post vecchio dopo (giorni)', 'Old post after (days)'), lang)}{' '}
          <input
            type="number"
            min={1}
            value={page.oldPostDays}
            onChange={(e) => apply((d) => ((d.pages[pageId].oldPostDays = Number((e.target as HTMLInputElement).value)), d))}
          />
        </label>{' '}
        <label>
          {tr(L('Lingue delle risposte', 'Reply languages'), lang)}{' '}
          <input
            value={page.languages.join(', ')}
            onChange={(e) =>
              apply((d) => ((d.pages[pageId].languages = (e.target as HTMLInputElement).value.split(/[\s,]+/).filter(Boolean)), d))
            }
          />
        </label>
        <p>
          <label>
            <input
              type="checkbox"
              checked={page.paused}
              onChange={(e) => apply((d) => setPagePaused(d, pageId, (e.target as HTMLInputElement).checked))}
              data-testid="page-paused"
            />{' '}
            {tr(L('Galateo in pausa su questa pagina', 'Galateo paused on this page'), lang)}
          </label>
        </p>
      </fieldset>

      <fieldset>
        <legend>{tr(L('Argomenti della pagina', 'Topics of the page'), lang)}</legend>
        <p class="muted">
          {tr(L('Un commento su un argomento non attivo qui è "fuori tema".', 'A comment about a topic not active here is "off topic".'), lang)}
        </p>
        <ul class="checks">
          {Object.entries(s.topics).map(([tid, t]) => (
            <li key={tid}>
              <label>
                <input
                  type="checkbox"
                  checked={page.topics.includes(tid)}
                  onChange={(e) => apply((d) => setPageTopic(d, pageId, tid, (e.target as HTMLInputElement).checked))}
                  data-testid={`topic-${tid}`}
                />{' '}
                {tr(t.label, lang)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      <fieldset>
        <legend>{tr(L('Regole e soglie', 'Rules and thresholds'), lang)}</legend>
        <table class="rules">
          <tbody>
            {ruleIds.map((rid) => (
              <RuleRow key={rid} s={s} pageId={pageId} rule={rid} apply={apply} lang={lang} />
            ))}
          </tbody>
        </table>
      </fieldset>
      <NewPage s={s} apply={apply} lang={lang} onAdded={setSel} />
    </section>
  );
}

/** A new page profile: recognised by its displayed name until an address is added; no topics yet. */
export function addPage(d: Settings, p: { id: string; platform: 'facebook' | 'instagram'; name: string }): Settings {
  d.pages[p.id] = {
    platform: p.platform,
    name: p.name,
    match: { urlPatterns: [], names: [p.name], ids: [] },
    paused: false,
    topics: ['accesso-servizi', 'truffe'].filter((t) => d.topics[t]),
    rules: {},
    languages: ['it'],
    oldPostDays: 30,
    lexicon: { additions: [], allowlist: [] },
  };
  return d;
}

function NewPage({ s, apply, lang, onAdded }: SectionProps & { onAdded: (id: string) => void }) {
  const [f, setF] = useState({ id: '', name: '', platform: 'facebook' as 'facebook' | 'instagram' });
  const [msg, setMsg] = useState('');
  const add = async () => {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(f.id)) return setMsg(tr(L('Identificativo: lettere minuscole, cifre e trattini.', 'Id: lowercase letters, digits and hyphens.'), lang));
    if (s.pages[f.id]) return setMsg(tr(L('Esiste già.', 'Already exists.'), lang));
    if (!f.name.trim()) return setMsg(tr(L('Indica il nome della pagina.', 'Give the page name.'), lang));
    if (await apply((d) => addPage(d, { ...f, name: f.name.trim() }))) {
      onAdded(f.id);
      setF({ ...f, id: '', name: '' });
      setMsg('');
    }
  };
  return (
    <fieldset class="new">
      <legend>{tr(L('Nuova pagina', 'New page'), lang)}</legend>
      <label>{tr(L('Identificativo', 'Id'), lang)} <input value={f.id} onInput={(e) => setF({ ...f, id: (e.target as HTMLInputElement).value })} placeholder="inps-nuova-pagina" /></label>{' '}
      <label>{tr(L('Nome mostrato', 'Displayed name'), lang)} <input value={f.name} onInput={(e) => setF({ ...f, name: (e.target as HTMLInputElement).value })} /></label>{' '}
      <select value={f.platform} onChange={(e) => setF({ ...f, platform: (e.target as HTMLSelectElement).value as 'facebook' | 'instagram' })}>
        <option value="facebook">Facebook</option>
        <option value="instagram">Instagram</option>
      </select>{' '}
      <button onClick={add}>{tr(L('Aggiungi pagina', 'Add page'), lang)}</button>
      {msg && <span class="error"> {msg}</span>}
    </fieldset>
  );
}

function withMatch(d: Settings, pageId: string, m: Partial<Settings['pages'][string]['match']>): Settings {
  d.pages[pageId].match = { ...d.pages[pageId].match, ...m };
  return d;
}

function RuleRow({ s, pageId, rule, apply, lang }: SectionProps & { pageId: string; rule: RuleId }) {
  const eff = effectiveRuleSettings(s, pageId, rule, true);
  const full = ruleSettingsWithDefaults(rule, eff) ?? eff;
  const [error, setError] = useState('');
  // old-post's maxAgeDays is the page's "old post after (days)" field above.
  const thresholds = Object.entries(full).filter(([k, v]) => k !== 'enabled' && !(rule === 'old-post' && k === 'maxAgeDays') && (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' || isStringList(v)));

  const setKey = async (key: string, value: unknown) => {
    if (!ruleSettingsValid(rule, { ...full, [key]: value })) {
      setError(tr(L(`Valore non valido per "${key}": la modifica non è stata salvata.`, `Invalid value for "${key}": the change was not saved.`), lang));
      return;
    }
    setError('');
    await apply((d) => setPageRuleSetting(d, pageId, rule, key, value));
  };

  return (
    <tr>
      <td>
        <label title={ruleExplanation(rule, lang)}>
          <input
            type="checkbox"
            checked={eff.enabled}
            onChange={(e) => apply((d) => setPageRule(d, pageId, rule, (e.target as HTMLInputElement).checked))}
            data-testid={`rule-${rule}`}
          />{' '}
          {ruleLabel(rule, lang)} <code class="muted">{rule}</code>
        </label>
      </td>
      <td>
        {thresholds.map(([k, v]) => (
          <label key={k} class="threshold">
            {k}{' '}
            {typeof v === 'boolean' ? (
              <input type="checkbox" checked={v} onChange={(e) => setKey(k, (e.target as HTMLInputElement).checked)} />
            ) : typeof v === 'number' ? (
              <input type="number" step="any" value={v} onChange={(e) => setKey(k, Number((e.target as HTMLInputElement).value))} />
            ) : typeof v === 'string' ? (
              <input value={v} onChange={(e) => setKey(k, (e.target as HTMLInputElement).value)} />
            ) : (
              <textarea rows={2} value={(v as string[]).join('\n')} onChange={(e) => setKey(k, lines((e.target as HTMLTextAreaElement).value))} />
            )}
          </label>
        ))}
        {error && <span class="error" role="alert">{error}</span>}
      </td>
    </tr>
  );
}

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
