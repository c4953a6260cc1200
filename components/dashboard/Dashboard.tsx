// The dashboard page: pick a day or range, filter, look at the report, export, merge the team's
// exports, and run the privacy operations. Reads the log database directly (extension pages share
// the worker's IndexedDB origin).
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Lang } from '../../lib/types';
import type { UserError } from '../../lib/i18n';
import { ACTIONS, type HandledItem, type LogFilter } from '../../lib/log/schema';
import {
  CLEAR_ALL_CONFIRMATION,
  DEFAULT_RETENTION_DAYS,
  clearAll,
  forgetAuthor,
  listDays,
  listRange,
  matchesFilter,
  purgeOlderThan,
  type LogDb,
} from '../../lib/log/db';
import { toUserError } from '../../lib/log/errors';
import { buildReport, reportToCsv } from '../../lib/log/report';
import { exportFileName, toCsv, toJson } from '../../lib/log/export';
import { mergeExports, parseExport, type MergeResult } from '../../lib/log/merge';
import { addDays, romeDay } from '../../lib/log/time';
import type { CsvDelimiter } from '../../lib/log/csv';
import { ReportView } from './ReportView';
import { ItemsTable } from './ItemsTable';
import { ACTION_LABEL, T } from './labels';

export interface DashboardProps {
  db: LogDb | null;
  /** Why the database could not be opened (shown instead of the report). */
  openError?: UserError | null;
  moderator: string;
  /** Salt of author hashes (for "forget this author"); null if unavailable. */
  salt: string | null;
  lang: Lang;
  /** Day to open (e.g. from `dashboard.html?day=2026-11-20`); default today (Europe/Rome). */
  initialDay?: string | null;
  now?: () => Date;
  download: (filename: string, content: string, mime: string) => void;
}

type Mode = 'mine' | 'team';
const NO_ITEMS: HandledItem[] = [];

export function Dashboard(props: DashboardProps) {
  const { lang } = props;
  const now = props.now ?? (() => new Date());
  const today = romeDay(now());
  const [mode, setMode] = useState<Mode>('mine');
  const [from, setFrom] = useState(props.initialDay ?? today);
  const [to, setTo] = useState(props.initialDay ?? today);
  const [filter, setFilter] = useState<LogFilter>({});
  const [delimiter, setDelimiter] = useState<CsvDelimiter>(';');
  const [items, setItems] = useState<HandledItem[] | null>(null);
  const [days, setDays] = useState<string[]>([]);
  const [error, setError] = useState<UserError | null>(props.openError ?? null);
  const [reload, setReload] = useState(0);
  const [team, setTeam] = useState<{ merge: MergeResult; files: { name: string; ok: boolean; reason?: string; count?: number }[] } | null>(null);

  useEffect(() => {
    if (!props.db || mode !== 'mine') return;
    let live = true;
    setItems(null);
    listRange(props.db, from, to).then(
      (its) => {
        if (!live) return;
        setItems(its);
        setError(null);
      },
      (e) => live && setError(toUserError(e)),
    );
    // The day picker's hints come after the report: they never delay the first render.
    listDays(props.db).then(
      (ds) => live && setDays(ds),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [props.db, from, to, mode, reload]);

  const source: HandledItem[] = mode === 'team' ? (team?.merge.items ?? NO_ITEMS) : (items ?? NO_ITEMS);
  const filtered = useMemo(() => source.filter((i) => matchesFilter(i, filter)), [source, filter]);
  const report = useMemo(
    () => buildReport(filtered, mode === 'team' ? {} : { from, to }),
    [filtered, mode, from, to],
  );
  const pages = useMemo(() => {
    const m = new Map<string, string>();
    for (const i of source) if (i.pageId) m.set(i.pageId, i.pageName ?? i.pageId);
    return [...m.entries()].sort((a, b) => a[1].localeCompare(b[1]));
  }, [source]);
  const rules = useMemo(() => [...new Set(source.flatMap((i) => i.rules))].sort(), [source]);

  const rangeFrom = mode === 'team' ? (team?.merge.from ?? today) : from;
  const rangeTo = mode === 'team' ? (team?.merge.to ?? today) : to;
  const exportRecords = (kind: 'csv' | 'json') => {
    const name = exportFileName(kind, rangeFrom, filter.pageId ?? null, rangeTo);
    if (kind === 'csv') props.download(name, toCsv(filtered, { delimiter }), 'text/csv;charset=utf-8');
    else
      props.download(
        name,
        toJson(filtered, { moderator: mode === 'team' ? 'team' : props.moderator, from: rangeFrom, to: rangeTo, filter }),
        'application/json',
      );
  };
  const exportReport = () =>
    props.download(exportFileName('report', rangeFrom, filter.pageId ?? null, rangeTo), reportToCsv(report, { delimiter }), 'text/csv;charset=utf-8');

  const importFiles = async (files: FileList | null) => {
    if (!files?.length) return;
    const list: { name: string; ok: boolean; reason?: string; count?: number }[] = [];
    const docs = [];
    for (const f of Array.from(files)) {
      const p = parseExport(await f.text());
      if (p.ok) {
        docs.push(p.doc);
        list.push({ name: f.name, ok: true, count: p.doc.items.length });
      } else list.push({ name: f.name, ok: false, reason: p.error });
    }
    setFilter({});
    setTeam({ merge: mergeExports(docs), files: list });
  };

  const setRange = (a: string, b: string) => {
    setFrom(a <= b ? a : b);
    setTo(a <= b ? b : a);
  };

  return (
    <main class="dashboard">
      <header>
        <h1>{T.title[lang]}</h1>
        <p class="muted print-only">
          {T.generated[lang]}: {now().toLocaleString(lang === 'it' ? 'it-IT' : 'en-GB', { timeZone: 'Europe/Rome' })}
          {props.moderator ? ` · ${props.moderator}` : ''}
        </p>
        <nav class="tabs noprint" role="tablist">
          {(['mine', 'team'] as const).map((m) => (
            <button key={m} type="button" role="tab" aria-selected={mode === m} class={mode === m ? 'tab active' : 'tab'} onClick={() => setMode(m)}>
              {T[m][lang]}
            </button>
          ))}
        </nav>
      </header>

      {error && (
        <p class="error" role="alert">
          {error.message[lang]}
        </p>
      )}

      {mode === 'mine' ? (
        <div class="controls noprint">
          <label>
            {T.from[lang]} <input type="date" value={from} max={to} list="galateo-days" onChange={(e) => setRange((e.target as HTMLInputElement).value || today, to)} />
          </label>
          <label>
            {T.to[lang]} <input type="date" value={to} min={from} list="galateo-days" onChange={(e) => setRange(from, (e.target as HTMLInputElement).value || today)} />
          </label>
          <datalist id="galateo-days">
            {days.map((d) => (
              <option key={d} value={d} />
            ))}
          </datalist>
          <button type="button" onClick={() => setRange(today, today)}>
            {T.today[lang]}
          </button>
          <button type="button" onClick={() => setRange(addDays(today, -1), addDays(today, -1))}>
            {T.yesterday[lang]}
          </button>
          <button type="button" onClick={() => setRange(addDays(today, -6), today)}>
            {T.week[lang]}
          </button>
        </div>
      ) : (
        <div class="controls noprint">
          <label>
            {T.importTitle[lang]}{' '}
            <input type="file" accept=".json,application/json" multiple onChange={(e) => void importFiles((e.target as HTMLInputElement).files)} />
          </label>
          {team && (
            <ul class="files">
              {team.files.map((f) => (
                <li key={f.name} class={f.ok ? '' : 'error'}>
                  {f.name}: {f.ok ? `${f.count} record` : `${T.skipped[lang]} — ${f.reason}`}
                </li>
              ))}
              <li>
                {team.merge.duplicates} {T.duplicates[lang]}; {team.merge.conflicts} {T.conflicts[lang]}
              </li>
            </ul>
          )}
        </div>
      )}

      <div class="controls noprint">
        <label>
          {T.page[lang]}{' '}
          <select value={filter.pageId ?? ''} onChange={(e) => setFilter({ ...filter, pageId: (e.target as HTMLSelectElement).value || undefined })}>
            <option value="">{T.all[lang]}</option>
            {pages.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {T.rule[lang]}{' '}
          <select value={filter.rule ?? ''} onChange={(e) => setFilter({ ...filter, rule: (e.target as HTMLSelectElement).value || undefined })}>
            <option value="">{T.all[lang]}</option>
            {rules.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <label>
          {T.action[lang]}{' '}
          <select value={filter.action ?? ''} onChange={(e) => setFilter({ ...filter, action: (e.target as HTMLSelectElement).value || undefined })}>
            <option value="">{T.all[lang]}</option>
            {ACTIONS.map((a) => (
              <option key={a} value={a}>
                {ACTION_LABEL[a][lang]}
              </option>
            ))}
          </select>
        </label>
      </div>

      <div class="controls noprint">
        <button type="button" onClick={() => exportRecords('csv')} disabled={!filtered.length}>
          {T.exportCsv[lang]}
        </button>
        <button type="button" onClick={() => exportRecords('json')} disabled={!filtered.length}>
          {mode === 'team' ? T.exportMerged[lang] : T.exportJson[lang]}
        </button>
        <button type="button" onClick={exportReport} disabled={!filtered.length}>
          {T.exportReport[lang]}
        </button>
        <label>
          {T.delimiter[lang]}{' '}
          <select value={delimiter} onChange={(e) => setDelimiter((e.target as HTMLSelectElement).value as CsvDelimiter)}>
            <option value=";">;</option>
            <option value=",">,</option>
            <option value={'\t'}>TAB</option>
          </select>
        </label>
        <button type="button" onClick={() => window.print()}>
          {T.print[lang]}
        </button>
      </div>

      <p class="period">
        {report.from && report.to ? (report.from === report.to ? report.from : `${report.from} → ${report.to}`) : ''}
        {filter.pageId || filter.rule || filter.action
          ? ` · ${[filter.pageId, filter.rule, filter.action && ACTION_LABEL[filter.action as keyof typeof ACTION_LABEL]?.[lang]].filter(Boolean).join(' · ')}`
          : ''}
      </p>

      {mode === 'mine' && items === null && !error ? (
        <p class="muted">{T.loading[lang]}</p>
      ) : filtered.length === 0 ? (
        <p class="muted" data-testid="empty">
          {T.empty[lang]}
        </p>
      ) : (
        <>
          <ReportView report={report} lang={lang} />
          <ItemsTable items={filtered} lang={lang} showDay={rangeFrom !== rangeTo} />
        </>
      )}

      {mode === 'mine' && props.db && (
        <Privacy db={props.db} salt={props.salt} lang={lang} now={now} onChange={() => setReload(reload + 1)} onError={setError} />
      )}
    </main>
  );
}

function Privacy({ db, salt, lang, now, onChange, onError }: { db: LogDb; salt: string | null; lang: Lang; now: () => Date; onChange: () => void; onError: (e: UserError) => void }) {
  const [days, setDays] = useState(DEFAULT_RETENTION_DAYS);
  const [author, setAuthor] = useState('');
  const [phrase, setPhrase] = useState('');
  const [result, setResult] = useState<string | null>(null);
  const run = async (op: () => Promise<number>) => {
    try {
      const n = await op();
      setResult(`${n} ${T.deleted[lang]}`);
      onChange();
    } catch (e) {
      onError(toUserError(e));
    }
  };
  return (
    <details class="privacy noprint">
      <summary>{T.privacy[lang]}</summary>
      <div class="row">
        <label>
          {T.purge[lang]} <input type="number" min={1} max={3650} value={days} onInput={(e) => setDays(Number((e.target as HTMLInputElement).value))} /> {T.days[lang]}
        </label>{' '}
        <button type="button" onClick={() => confirm(T.confirmPurge[lang].replace('{n}', String(days))) && void run(() => purgeOlderThan(db, days, now()))}>
          {T.purgeBtn[lang]}
        </button>
      </div>
      <div class="row">
        <label>
          {T.forget[lang]} <input type="text" value={author} autocomplete="off" onInput={(e) => setAuthor((e.target as HTMLInputElement).value)} />
        </label>{' '}
        <button type="button" disabled={!salt || !author.trim()} onClick={() => confirm(T.confirmForget[lang]) && void run(() => forgetAuthor(db, author, salt!))}>
          {T.forgetBtn[lang]}
        </button>
        {!salt && <span class="muted"> {T.noSalt[lang]}</span>}
      </div>
      <div class="row">
        <label>
          {T.clear[lang]} <code>{CLEAR_ALL_CONFIRMATION}</code>{' '}
          <input type="text" value={phrase} autocomplete="off" onInput={(e) => setPhrase((e.target as HTMLInputElement).value)} />
        </label>{' '}
        <button type="button" class="danger" disabled={phrase !== CLEAR_ALL_CONFIRMATION} onClick={() => void run(() => clearAll(db, phrase)).then(() => setPhrase(''))}>
          {T.clearBtn[lang]}
        </button>
      </div>
      {result && <p role="status">{result}</p>}
    </details>
  );
}
