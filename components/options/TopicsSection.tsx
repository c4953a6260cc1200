// Topics: label, keywords, portal link; add a topic with its link and a first Italian reply.
import { useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings';
import { L, lines, tr, type SectionProps } from './shared';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function TopicsSection({ s, apply, lang }: SectionProps) {
  const [sel, setSel] = useState<string>(Object.keys(s.topics)[0] ?? '');
  const topicId = s.topics[sel] ? sel : Object.keys(s.topics)[0];
  const topic = topicId ? s.topics[topicId] : undefined;

  return (
    <section aria-labelledby="topics-h">
      <h2 id="topics-h">{tr(L('Argomenti', 'Topics'), lang)}</h2>
      <div class="split">
        <ul class="list">
          {Object.entries(s.topics).map(([id, t]) => (
            <li key={id}>
              <button class={id === topicId ? 'current' : ''} onClick={() => setSel(id)}>
                {tr(t.label, lang)}
              </button>
            </li>
          ))}
        </ul>
        {topic && topicId && (
          <div class="editor">
            <h3>
              {tr(topic.label, lang)} <code class="muted">{topicId}</code>
            </h3>
            <label class="block">
              {tr(L('Nome (italiano)', 'Name (Italian)'), lang)}
              <input value={topic.label.it} onChange={(e) => apply((d) => ((d.topics[topicId].label.it = (e.target as HTMLInputElement).value), d))} />
            </label>
            <label class="block">
              {tr(L('Nome (inglese)', 'Name (English)'), lang)}
              <input value={topic.label.en} onChange={(e) => apply((d) => ((d.topics[topicId].label.en = (e.target as HTMLInputElement).value), d))} />
            </label>
            <label class="block">
              {tr(L('Parole e frasi chiave (una per riga, anche con errori comuni)', 'Keywords and phrases (one per line, common misspellings too)'), lang)}
              <textarea
                rows={6}
                value={topic.keywords.join('\n')}
                onChange={(e) => apply((d) => ((d.topics[topicId].keywords = lines((e.target as HTMLTextAreaElement).value).map((k) => k.toLowerCase())), d))}
              />
            </label>
            <label class="block">
              {tr(L('Link al portale', 'Portal link'), lang)}
              <select
                value={topic.linkId ?? ''}
                onChange={(e) => apply((d) => ((d.topics[topicId].linkId = (e.target as HTMLSelectElement).value || null), d))}
              >
                <option value="">{tr(L('— nessun link (si cita www.inps.it) —', '— no link (www.inps.it is named) —'), lang)}</option>
                {Object.entries(s.links).map(([lid, l]) => (
                  <option key={lid} value={lid}>
                    {tr(l.label, lang)} {l.confidence === 'low' && !l.verifiedAt ? tr(L('(da verificare)', '(to verify)'), lang) : ''}
                  </option>
                ))}
              </select>
            </label>
            <button
              class="danger"
              onClick={() => {
                if (!confirm(tr(L(`Eliminare l’argomento "${topic.label.it}" e le sue risposte?`, `Delete the topic "${topic.label.en}" and its replies?`), lang))) return;
                void apply((d) => deleteTopic(d, topicId));
              }}
            >
              {tr(L('Elimina argomento', 'Delete topic'), lang)}
            </button>
          </div>
        )}
      </div>
      <NewTopic s={s} apply={apply} lang={lang} onAdded={setSel} />
    </section>
  );
}

export function deleteTopic(d: Settings, id: string): Settings {
  delete d.topics[id];
  for (const p of Object.values(d.pages)) p.topics = p.topics.filter((t) => t !== id);
  for (const [tid, t] of Object.entries(d.templates)) if (t.topic === id) delete d.templates[tid];
  return d;
}

/** A new topic with its link (to verify) and an Italian reply, added in one atomic change. */
export function addTopic(
  d: Settings,
  t: { id: string; it: string; en: string; keywords: string[]; url: string; reply: string; pageId: string | null },
): Settings {
  let linkId: string | null = null;
  if (t.url) {
    const existing = Object.entries(d.links).find(([, l]) => l.url === t.url);
    linkId = existing ? existing[0] : d.links[t.id] ? `${t.id}-link` : t.id;
    if (!existing)
      d.links[linkId] = { url: t.url, label: { it: t.it, en: t.en || t.it }, confidence: 'low', source: `added by ${d.moderator.name || 'a moderator'}` };
  }
  d.topics[t.id] = { label: { it: t.it, en: t.en || t.it }, keywords: t.keywords, linkId };
  if (t.reply) d.templates[`${t.id}-it`] = { label: { it: `${t.it}: informazioni`, en: `${t.en || t.it}: information` }, topic: t.id, lang: 'it', kind: 'reply', text: t.reply, pages: [] };
  if (t.pageId && d.pages[t.pageId]) d.pages[t.pageId].topics.push(t.id);
  return d;
}

function NewTopic({ s, apply, lang, onAdded }: SectionProps & { onAdded: (id: string) => void }) {
  const [f, setF] = useState({ id: '', it: '', en: '', keywords: '', url: '', reply: 'Ciao {{nome}}, trovi le informazioni aggiornate su {{argomento}} su www.inps.it: {{link|www.inps.it}}', pageId: '' });
  const [msg, setMsg] = useState('');
  const set = (k: keyof typeof f) => (e: Event) => setF({ ...f, [k]: (e.target as HTMLInputElement).value });
  const add = async () => {
    if (!KEBAB.test(f.id)) return setMsg(tr(L('Identificativo: solo lettere minuscole, cifre e trattini (es. "bonus-nuovi-nati").', 'Id: lowercase letters, digits and hyphens only (e.g. "bonus-nuovi-nati").'), lang));
    if (s.topics[f.id]) return setMsg(tr(L('Esiste già un argomento con questo identificativo.', 'A topic with this id already exists.'), lang));
    const ok = await apply((d) => addTopic(d, { ...f, keywords: lines(f.keywords.toLowerCase()), pageId: f.pageId || null }));
    if (ok) {
      onAdded(f.id);
      setMsg(tr(L('Argomento aggiunto.', 'Topic added.'), lang));
      setF({ ...f, id: '', it: '', en: '', keywords: '', url: '' });
    } else setMsg('');
  };
  return (
    <fieldset class="new">
      <legend>{tr(L('Nuovo argomento', 'New topic'), lang)}</legend>
      <label class="block">{tr(L('Identificativo', 'Id'), lang)} <input value={f.id} onInput={set('id')} placeholder="bonus-nuovi-nati" data-testid="new-topic-id" /></label>
      <label class="block">{tr(L('Nome (italiano)', 'Name (Italian)'), lang)} <input value={f.it} onInput={set('it')} data-testid="new-topic-it" /></label>
      <label class="block">{tr(L('Nome (inglese)', 'Name (English)'), lang)} <input value={f.en} onInput={set('en')} /></label>
      <label class="block">{tr(L('Parole chiave (una per riga)', 'Keywords (one per line)'), lang)} <textarea rows={3} value={f.keywords} onInput={set('keywords')} data-testid="new-topic-keywords" /></label>
      <label class="block">{tr(L('Link al portale (https://www.inps.it/…; resterà "da verificare")', 'Portal link (https://www.inps.it/…; stays "to verify")'), lang)} <input value={f.url} onInput={set('url')} data-testid="new-topic-url" /></label>
      <label class="block">{tr(L('Prima risposta (italiano)', 'First reply (Italian)'), lang)} <textarea rows={3} value={f.reply} onInput={set('reply')} data-testid="new-topic-reply" /></label>
      <label class="block">
        {tr(L('Attiva sulla pagina', 'Enable on page'), lang)}{' '}
        <select value={f.pageId} onChange={set('pageId')} data-testid="new-topic-page">
          <option value="">—</option>
          {Object.entries(s.pages).map(([id, p]) => <option key={id} value={id}>{p.name}</option>)}
        </select>
      </label>
      <button onClick={add} data-testid="new-topic-add">{tr(L('Aggiungi argomento', 'Add topic'), lang)}</button>
      {msg && <span role="status"> {msg}</span>}
    </fieldset>
  );
}
