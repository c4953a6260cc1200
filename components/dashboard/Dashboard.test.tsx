// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, expect, test, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Dashboard } from './Dashboard';
import { openLogDb, recordHandled, countAll, CLEAR_ALL_CONFIRMATION } from '../../lib/log/db';
import { toJson } from '../../lib/log/export';
import { sampleInput } from '../../lib/log/testing';
import { BOM, parseCsv } from '../../lib/log/csv';

const NOW = new Date('2026-11-20T16:00:00Z');
const SALT = 's';

async function seeded() {
  const db = await openLogDb(new IDBFactory());
  const o = (iso: string) => ({ moderator: 'anna', salt: SALT, now: new Date(iso) });
  await recordHandled(db, sampleInput({ commentId: 'c1', action: 'hidden', shownAt: '2026-11-20T09:00:00Z' }), o('2026-11-20T09:01:00Z'));
  await recordHandled(db, sampleInput({ commentId: 'c1', action: 'deleted', shownAt: '2026-11-20T09:00:00Z' }), o('2026-11-20T09:30:00Z'));
  await recordHandled(
    db,
    sampleInput({ commentId: 'c2', action: 'dismissed', text: '<img src=x onerror="alert(1)"> ciao', author: 'Luca Neri', findings: [{ rule: 'insult', severity: 'low' }], shownAt: '2026-11-20T10:00:00Z' }),
    o('2026-11-20T10:00:20Z'),
  );
  await recordHandled(db, sampleInput({ commentId: 'old', action: 'replied' }), o('2026-11-18T10:00:00Z'));
  return db;
}

const container = () => {
  document.body.innerHTML = '<div id="app"></div>';
  return document.getElementById('app')!;
};
const settle = async () => {
  for (let i = 0; i < 10; i++) await act(() => new Promise((r) => setTimeout(r, 5)));
};
const text = (sel: string) => document.querySelector(sel)?.textContent ?? '';

afterEach(() => {
  render(null, document.getElementById('app') ?? document.body);
  vi.restoreAllMocks();
});

test("shows today's report: latest action per comment, charts with values, excerpts as text", async () => {
  const db = await seeded();
  const app = container();
  const download = vi.fn();
  render(<Dashboard db={db} moderator="anna" salt={SALT} lang="it" now={() => NOW} download={download} />, app);
  await settle();
  expect(text('[data-testid="comments"] .card-value')).toBe('2');
  expect(text('[data-testid="comments"] .card-sub')).toMatch(/3 azioni registrate · 1 ricontrassegnati/);
  // action chart: deleted 1, dismissed 1, hidden 0 (c1 was re-marked)
  const bar = (k: string) => document.querySelector(`figure .bar[data-key="${k}"]`)?.getAttribute('data-value');
  expect(bar('deleted')).toBe('1');
  expect(bar('dismissed')).toBe('1');
  expect(bar('hidden')).toBe('0');
  expect(document.querySelectorAll('svg[role="img"]').length).toBeGreaterThanOrEqual(5);
  // false-positive table
  expect(document.querySelector('tr[data-rule="insult"]')?.textContent).toMatch(/100%/);
  // hostile text stays text
  expect(document.querySelector('img')).toBeNull();
  expect(text('.items table')).toContain('<img src=x onerror="alert(1)"> ciao');
  expect(text('.items table')).not.toContain('Luca');
  // the record table lists every action (history), newest first
  expect(document.querySelectorAll('.items tbody tr').length).toBe(3);
});

test('filters and exports: CSV with BOM and the filtered rows, report CSV, file names with date and page', async () => {
  const db = await seeded();
  const download = vi.fn();
  render(<Dashboard db={db} moderator="anna" salt={SALT} lang="en" now={() => NOW} download={download} />, container());
  await settle();
  const actionSelect = [...document.querySelectorAll('select')].find((s) => s.querySelector('option[value="dismissed"]'))!;
  await act(() => {
    actionSelect.value = 'dismissed';
    actionSelect.dispatchEvent(new Event('change'));
  });
  expect(text('[data-testid="comments"] .card-value')).toBe('1');
  const button = (label: string) => [...document.querySelectorAll('button')].find((b) => b.textContent === label)!;
  await act(() => button('Export records (CSV)').click());
  const [name, csv] = download.mock.calls[0]!;
  expect(name).toBe('galateo-log_2026-11-20_all-pages.csv');
  expect(csv.startsWith(BOM)).toBe(true);
  const rows = parseCsv(csv, ';');
  expect(rows).toHaveLength(2);
  expect(rows[1]).toContain('dismissed');
  await act(() => button('Export report (CSV)').click());
  expect(download.mock.calls[1]![0]).toBe('galateo-report_2026-11-20_all-pages.csv');
  // range: last 7 days includes the 18th
  await act(() => button('Last 7 days').click());
  await settle();
  await act(() => {
    actionSelect.value = '';
    actionSelect.dispatchEvent(new Event('change'));
  });
  expect(text('[data-testid="comments"] .card-value')).toBe('3');
});

test('team mode merges imported exports and names a bad file', async () => {
  const db = await seeded();
  const { listDay } = await import('../../lib/log/db');
  const items = await listDay(db, '2026-11-20');
  render(<Dashboard db={null} moderator="anna" salt={null} lang="en" now={() => NOW} download={vi.fn()} />, container());
  await settle();
  const teamTab = [...document.querySelectorAll('button[role="tab"]')].find((b) => b.textContent === 'Team report') as HTMLButtonElement;
  await act(() => teamTab.click());
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  const files = [
    new File([toJson(items, { moderator: 'anna' })], 'anna.json'),
    new File([toJson(items.slice(0, 1), { moderator: 'anna' })], 'anna-again.json'),
    new File(['not json'], 'broken.json'),
  ];
  Object.defineProperty(input, 'files', { value: files });
  await act(() => {
    input.dispatchEvent(new Event('change'));
  });
  await settle();
  expect(text('ul.files')).toMatch(/broken\.json: skipped — not JSON/);
  expect(text('ul.files')).toMatch(/1 duplicate records counted once/);
  expect(text('[data-testid="comments"] .card-value')).toBe('2');
});

test('clear-all stays disabled until the exact phrase is typed', async () => {
  const db = await seeded();
  render(<Dashboard db={db} moderator="anna" salt={SALT} lang="it" now={() => NOW} download={vi.fn()} />, container());
  await settle();
  const danger = document.querySelector('button.danger') as HTMLButtonElement;
  const input = danger.parentElement!.querySelector('input[type="text"]:last-of-type') as HTMLInputElement;
  const type = async (v: string) =>
    act(() => {
      input.value = v;
      input.dispatchEvent(new Event('input'));
    });
  await type('cancella tutto');
  expect(danger.disabled).toBe(true);
  await type(CLEAR_ALL_CONFIRMATION);
  expect(danger.disabled).toBe(false);
  await act(() => danger.click());
  await settle();
  expect(await countAll(db)).toBe(0);
  expect(document.querySelector('[data-testid="empty"]')).not.toBeNull();
});

test('opens on the day given by initialDay', async () => {
  const db = await seeded();
  render(<Dashboard db={db} moderator="anna" salt={SALT} lang="en" initialDay="2026-11-18" now={() => NOW} download={vi.fn()} />, container());
  await settle();
  expect(text('[data-testid="comments"] .card-value')).toBe('1');
  expect(text('.period')).toBe('2026-11-18');
});
