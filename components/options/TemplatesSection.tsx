// Reply templates: edit with a live preview and a warning for unknown variables.
import { useEffect, useState } from 'preact/hooks';
import type { Settings, Template } from '../../lib/settings';
import { KNOWN_VARIABLES, buildLink, describeHours, renderTemplate, unknownVariables } from '../../lib/templates';
import type { RuleId } from '../../lib/types';
import { L, ruleIds, ruleLabel, tr, type SectionProps } from './shared';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The text a template gives for a sample comment by "Maria Rossi" on Facebook. */
export function previewTemplate(s: Settings, t: Pick<Template, 'text' | 'topic' | 'linkId' | 'lang'>): { text: string; unknown: string[] } {
  const topic = t.topic ? s.topics[t.topic] : Object.values(s.topics)[0];
  const linkId = t.linkId ?? topic?.linkId ?? undefined;
  const url = linkId ? s.links[linkId]?.url : undefined;
  return renderTemplate(t.text, {
    nome: 'Maria',
    argomento: topic?.label[t.lang === 'en' ? 'en' : 'it'],
    link: url ? buildLink(url, 'facebook', s.campaign) : undefined,
    orari: describeHours(s.serviceHours, t.lang),
    moderatore: s.moderator.name || undefined,
  });
}

export function TemplatesSection({ s, apply, lang }: SectionProps) {
  const ids = Object.keys(s.templates);
  const [sel, setSel] = useState(ids[0] ?? '');
  const [filter, setFilter] = useState('');
  const id = s.templates[sel] ? sel : ids[0];
  const tpl = id ? s.templates[id] : undefined;
  const [draft, setDraft] = useState<Template | undefined>(tpl);
  const [saved, setSaved] = useState('');
  useEffect(() => {
    setDraft(tpl ? structuredClone(tpl) : undefined);
    setSaved('');
  }, [id, tpl]);

  const shown = ids.filter((tid) => !filter || tid.includes(filter) || s.templates[tid].text.toLowerCase().includes(filter.toLowerCase()));
  const preview = draft ? previewTemplate(s, draft) : null;
  const unknown = draft ? unknownVariables(draft.text) : [];
  const upd = (p: Partial<Template>) => draft && setDraft({ ...draft, ...p });

  return (
    <section aria-labelledby="tpl-h">
      <h2 id="tpl-h">{tr(L('Modelli di risposta', 'Reply templates'), lang)}</h2>
      <p class="muted">
        {tr(L('Variabili disponibili', 'Available variables'), lang)}: {KNOWN_VARIABLES.map((v) => `{{${v}}}`).join(' ')} —{' '}
        {tr(L('con alternativa se manca il valore:', 'with a fallback when the value is missing:'), lang)} <code>{'{{nome|Ciao}}'}</code>
      </p>
      <div class="split">
        <div>
          <input placeholder={tr(L('Cerca…', 'Search…'), lang)} value={filter} onInput={(e) => setFilter((e.target as HTMLInputElement).value)} />
          <ul class="list">
            {shown.map((tid) => (
              <li key={tid}>
                <button class={tid === id ? 'current' : ''} onClick={() => setSel(tid)}>
                  {tr(s.templates[tid].label, lang)} <span class="muted">[{s.templates[tid].lang}]</span>
                </button>
              </li>
            ))}
          </ul>
          <NewTemplate s={s} apply={apply} lang={lang} onAdded={setSel} />
        </div>
        {draft && id && (
          <div class="editor">
            <h3><code>{id}</code></h3>
            <label class="block">
              {tr(L('Titolo', 'Title'), lang)}
              <input value={draft.label[lang]} onInput={(e) => upd({ label: { ...draft.label, [lang]: (e.target as HTMLInputElement).value } })} />
            </label>
            <div class="row">
              <label>
                {tr(L('Regola', 'Rule'), lang)}{' '}
                <select value={draft.rule ?? ''} onChange={(e) => upd({ rule: ((e.target as HTMLSelectElement).value || undefined) as RuleId | undefined })}>
                  <option value="">—</option>
                  {ruleIds.map((r) => <option key={r} value={r}>{ruleLabel(r, lang)}</option>)}
                </select>
              </label>{' '}
              <label>
                {tr(L('Argomento', 'Topic'), lang)}{' '}
                <select value={draft.topic ?? ''} onChange={(e) => upd({ topic: (e.target as HTMLSelectElement).value || undefined })}>
                  <option value="">—</option>
                  {Object.entries(s.topics).map(([tid, t]) => <option key={tid} value={tid}>{tr(t.label, lang)}</option>)}
                </select>
              </label>{' '}
              <label>
                {tr(L('Lingua', 'Language'), lang)}{' '}
                <input size={3} value={draft.lang} onInput={(e) => upd({ lang: (e.target as HTMLInputElement).value.trim() })} />
              </label>{' '}
              <label>
                {tr(L('Tipo', 'Kind'), lang)}{' '}
                <select value={draft.kind} onChange={(e) => upd({ kind: (e.target as HTMLSelectElement).value as Template['kind'] })}>
                  <option value="reply">{tr(L('risposta pubblica', 'public reply'), lang)}</option>
                  <option value="moderator-note">{tr(L('nota per il moderatore', 'moderator note'), lang)}</option>
                </select>
              </label>{' '}
              <label>
                {'{{link}}'}{' '}
                <select value={draft.linkId ?? ''} onChange={(e) => upd({ linkId: (e.target as HTMLSelectElement).value || undefined })}>
                  <option value="">{tr(L('link dell’argomento', 'the topic’s link'), lang)}</option>
                  {Object.entries(s.links).map(([lid, l]) => <option key={lid} value={lid}>{tr(l.label, lang)}</option>)}
                </select>
              </label>
            </div>
            <label class="block">
              {tr(L('Testo', 'Text'), lang)}
              <textarea rows={7} value={draft.text} onInput={(e) => upd({ text: (e.target as HTMLTextAreaElement).value })} data-testid="template-text" />
            </label>
            {unknown.length > 0 && (
              <p class="warn" role="alert" data-testid="template-unknown">
                {tr(
                  L(`Variabili sconosciute: ${unknown.map((u) => `{{${u}}}`).join(', ')}. Galateo non le riempie: controlla come sono scritte.`,
                    `Unknown variables: ${unknown.map((u) => `{{${u}}}`).join(', ')}. Galateo does not fill them: check their spelling.`),
                  lang,
                )}
              </p>
            )}
            <div class="preview" aria-live="polite">
              <strong>{tr(L('Anteprima (commento di "Maria Rossi" su Facebook)', 'Preview (comment by "Maria Rossi" on Facebook)'), lang)}</strong>
              <p data-testid="template-preview">{preview?.text}</p>
            </div>
            <button
              onClick={async () => {
                const ok = await apply((d) => ((d.templates[id] = draft), d));
                setSaved(ok ? tr(L('Salvato.', 'Saved.'), lang) : '');
              }}
              data-testid="template-save"
            >
              {tr(L('Salva modello', 'Save template'), lang)}
            </button>
            <button
              class="danger"
              onClick={() => {
                if (confirm(tr(L('Eliminare questo modello?', 'Delete this template?'), lang))) void apply((d) => (delete d.templates[id], d));
              }}
            >
              {tr(L('Elimina', 'Delete'), lang)}
            </button>
            {saved && <span role="status">{saved}</span>}
          </div>
        )}
      </div>
    </section>
  );
}

function NewTemplate({ s, apply, lang, onAdded }: SectionProps & { onAdded: (id: string) => void }) {
  const [nid, setNid] = useState('');
  const [msg, setMsg] = useState('');
  const add = async () => {
    if (!KEBAB.test(nid)) return setMsg(tr(L('Identificativo non valido (es. "bonus-nido-scadenza-it").', 'Invalid id (e.g. "bonus-nido-deadline-it").'), lang));
    if (s.templates[nid]) return setMsg(tr(L('Esiste già.', 'Already exists.'), lang));
    const ok = await apply((d) => ((d.templates[nid] = { label: { it: nid, en: nid }, lang: 'it', kind: 'reply', text: 'Ciao {{nome}}, ', pages: [] }), d));
    if (ok) {
      onAdded(nid);
      setNid('');
      setMsg('');
    }
  };
  return (
    <p>
      <input placeholder={tr(L('nuovo-modello-it', 'new-template-it'), lang)} value={nid} onInput={(e) => setNid((e.target as HTMLInputElement).value)} />
      <button onClick={add}>{tr(L('Nuovo modello', 'New template'), lang)}</button>
      {msg && <span class="error"> {msg}</span>}
    </p>
  );
}
