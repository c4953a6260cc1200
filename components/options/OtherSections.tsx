// Lexicon, service hours and retention, links to verify.
import { useState } from 'preact/hooks';
import { linksToVerify, type Settings } from '../../lib/settings';
import { L, lines, tr, type SectionProps } from './shared';

type Lexicon = Settings['lexicon'];
const CATEGORIES = ['vulgar', 'insult', 'hate', 'blasphemy'] as const;

/** "termine; categoria" per line → additions (no category: vulgar); lines with an unknown category are refused. */
export function parseAdditions(text: string): { additions: Lexicon['additions']; bad: string[] } {
  const additions: Lexicon['additions'] = [];
  const bad: string[] = [];
  for (const line of lines(text)) {
    const [term, cat = 'vulgar'] = line.split(';').map((x) => x.trim());
    if (term && (CATEGORIES as readonly string[]).includes(cat)) additions.push({ term, category: cat as (typeof CATEGORIES)[number] });
    else bad.push(line);
  }
  return { additions, bad };
}

export function LexiconSection({ s, apply, lang }: SectionProps) {
  const [scope, setScope] = useState<string>('');
  const [bad, setBad] = useState<string[]>([]);
  const lex: Lexicon = scope ? s.pages[scope].lexicon : s.lexicon;
  const setLex = (change: (l: Lexicon) => void) =>
    apply((d) => {
      change(scope ? d.pages[scope].lexicon : d.lexicon);
      return d;
    });
  return (
    <section aria-labelledby="lex-h">
      <h2 id="lex-h">{tr(L('Lessico', 'Lexicon'), lang)}</h2>
      <label>
        {tr(L('Vale per', 'Applies to'), lang)}{' '}
        <select value={scope} onChange={(e) => setScope((e.target as HTMLSelectElement).value)}>
          <option value="">{tr(L('tutte le pagine', 'every page'), lang)}</option>
          {Object.entries(s.pages).map(([id, p]) => <option key={id} value={id}>{p.name}</option>)}
        </select>
      </label>
      <label class="block">
        {tr(L('Parole mai da segnalare (una per riga)', 'Words never to flag (one per line)'), lang)}
        <textarea rows={5} value={lex.allowlist.join('\n')} onChange={(e) => setLex((l) => (l.allowlist = lines((e.target as HTMLTextAreaElement).value)))} />
      </label>
      <label class="block">
        {tr(L('Parole da aggiungere: "termine; categoria" (vulgar, insult, hate, blasphemy), una per riga', 'Words to add: "term; category" (vulgar, insult, hate, blasphemy), one per line'), lang)}
        <textarea
          rows={5}
          value={lex.additions.map((a) => `${a.term}; ${a.category}`).join('\n')}
          onChange={(e) => {
            const r = parseAdditions((e.target as HTMLTextAreaElement).value);
            setBad(r.bad);
            if (r.bad.length === 0) void setLex((l) => (l.additions = r.additions));
          }}
        />
      </label>
      {bad.length > 0 && (
        <p class="error" role="alert">
          {tr(L('Righe non valide, nulla è stato salvato:', 'Invalid lines, nothing was saved:'), lang)} {bad.join(' · ')}
        </p>
      )}
    </section>
  );
}

const DAY_NAMES = { it: ['lun', 'mar', 'mer', 'gio', 'ven', 'sab', 'dom'], en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] };

export function GeneralSection({ s, apply, lang }: SectionProps) {
  const sh = s.serviceHours;
  const num = (e: Event) => Number((e.target as HTMLInputElement).value);
  const val = (e: Event) => (e.target as HTMLInputElement).value;
  return (
    <section aria-labelledby="gen-h">
      <h2 id="gen-h">{tr(L('Generale', 'General'), lang)}</h2>
      <label class="block">
        {tr(L('Nome del moderatore (compare nel registro)', 'Moderator name (recorded in the log)'), lang)}
        <input value={s.moderator.name} onChange={(e) => apply((d) => ((d.moderator.name = val(e)), d))} />
      </label>
      <fieldset>
        <legend>{tr(L('Orario di servizio', 'Service hours'), lang)}</legend>
        {DAY_NAMES[lang].map((n, i) => (
          <label key={n} class="day">
            <input
              type="checkbox"
              checked={sh.days.includes(i + 1)}
              onChange={(e) =>
                apply((d) => {
                  const on = (e.target as HTMLInputElement).checked;
                  d.serviceHours.days = on ? [...new Set([...d.serviceHours.days, i + 1])].sort() : d.serviceHours.days.filter((x) => x !== i + 1);
                  return d;
                })
              }
            />
            {n}
          </label>
        ))}
        <p>
          <label>{tr(L('dalle', 'from'), lang)} <input type="time" value={sh.start} onChange={(e) => apply((d) => ((d.serviceHours.start = val(e)), d))} /></label>{' '}
          <label>{tr(L('alle', 'to'), lang)} <input type="time" value={sh.end} onChange={(e) => apply((d) => ((d.serviceHours.end = val(e)), d))} /></label>{' '}
          <label>{tr(L('fuso orario', 'time zone'), lang)} <input value={sh.timeZone} onChange={(e) => apply((d) => ((d.serviceHours.timeZone = val(e)), d))} /></label>
        </p>
        <label class="block">
          {tr(L('Festività: MM-GG ogni anno, AAAA-MM-GG una volta (una per riga)', 'Holidays: MM-DD every year, YYYY-MM-DD once (one per line)'), lang)}
          <textarea rows={4} value={sh.holidays.join('\n')} onChange={(e) => apply((d) => ((d.serviceHours.holidays = lines(val(e))), d))} />
        </label>
        <label>
          <input type="checkbox" checked={sh.easterMonday} onChange={(e) => apply((d) => ((d.serviceHours.easterMonday = (e.target as HTMLInputElement).checked), d))} />{' '}
          {tr(L('Lunedì dell’Angelo (calcolato ogni anno)', 'Easter Monday (computed every year)'), lang)}
        </label>
      </fieldset>
      <fieldset>
        <legend>{tr(L('Registro', 'Log'), lang)}</legend>
        <label>
          {tr(L('Conserva le azioni per (giorni)', 'Keep actions for (days)'), lang)}{' '}
          <input type="number" min={1} max={3650} value={s.log.retentionDays} onChange={(e) => apply((d) => ((d.log.retentionDays = num(e)), d))} data-testid="retention" />
        </label>
      </fieldset>
      <fieldset>
        <legend>{tr(L('Parametri di campagna dei link', 'Link campaign parameters'), lang)}</legend>
        <label>
          <input type="checkbox" checked={s.campaign.enabled} onChange={(e) => apply((d) => ((d.campaign.enabled = (e.target as HTMLInputElement).checked), d))} />{' '}
          {tr(L('Aggiungi utm_source, utm_medium, utm_campaign ai link', 'Add utm_source, utm_medium, utm_campaign to links'), lang)}
        </label>
        <p>
          <label>utm_campaign <input value={s.campaign.utmCampaign} onChange={(e) => apply((d) => ((d.campaign.utmCampaign = val(e)), d))} /></label>{' '}
          <label>utm_medium <input value={s.campaign.utmMedium} onChange={(e) => apply((d) => ((d.campaign.utmMedium = val(e)), d))} /></label>{' '}
          <label>utm_source Facebook <input value={s.campaign.utmSource.facebook} onChange={(e) => apply((d) => ((d.campaign.utmSource.facebook = val(e)), d))} /></label>{' '}
          <label>utm_source Instagram <input value={s.campaign.utmSource.instagram} onChange={(e) => apply((d) => ((d.campaign.utmSource.instagram = val(e)), d))} /></label>
        </p>
      </fieldset>
      <label class="block">
        {tr(L('Domini che i commenti possono linkare senza essere pubblicità (uno per riga)', 'Domains comments may link to without being advertising (one per line)'), lang)}
        <textarea rows={3} value={s.allowedDomains.join('\n')} onChange={(e) => apply((d) => ((d.allowedDomains = lines(val(e)).map((x) => x.toLowerCase())), d))} />
      </label>
    </section>
  );
}

export function LinksSection({ s, apply, lang }: SectionProps) {
  const todo = linksToVerify(s);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <section aria-labelledby="links-h">
      <h2 id="links-h">{tr(L('Link da verificare', 'Links to verify'), lang)}</h2>
      <p class="muted">
        {tr(
          L('Questi indirizzi sono stati visti solo in fonti di terzi: aprili una volta, controlla che portino alla pagina giusta del portale e segnali come verificati. INPS Risponde non ha un indirizzo verificato: viene solo nominato.',
            'These addresses were seen only in third-party sources: open each once, check it leads to the right portal page, and mark it verified. INPS Risponde has no verified address: it is only named.'),
          lang,
        )}
      </p>
      {todo.length === 0 ? (
        <p>{tr(L('Nessun link da verificare.', 'No link to verify.'), lang)}</p>
      ) : (
        <ul class="links" data-testid="links-to-verify">
          {todo.map(({ id, link, usedBy }) => (
            <li key={id}>
              <strong>{tr(link.label, lang)}</strong>{' '}
              <a href={link.url} target="_blank" rel="noopener noreferrer">{link.url}</a>
              <div class="muted">{link.source}{usedBy.length ? ` — ${tr(L('usato da', 'used by'), lang)} ${usedBy.join(', ')}` : ''}</div>
              <button
                onClick={() =>
                  apply((d) => {
                    d.links[id].verifiedAt = today;
                    d.links[id].verifiedBy = d.moderator.name || undefined;
                    return d;
                  })
                }
              >
                {tr(L('Verificato', 'Verified'), lang)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
