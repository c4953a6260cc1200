import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { csvCell, csvDocument, parseCsv, BOM } from './csv';
import { CSV_HEADER, exportFileName, toCsv, toJson } from './export';
import { buildHandledItem } from './db';
import { ExportDocSchema } from './schema';
import { sampleInput } from './testing';

const opts = { moderator: 'mod;a', salt: 's', now: new Date('2026-11-20T10:00:00Z') };

describe('csvCell: formula injection', () => {
  test.each([
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ['+39 333', "'+39 333"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['a=1', 'a=1'],
    ['', ''],
    ['semi;colon', '"semi;colon"'],
    ['line\nbreak', '"line\nbreak"'],
  ])('%j → %j', (input, expected) => {
    expect(csvCell(input, ';')).toBe(expected);
  });

  test('null and numbers', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(1500)).toBe('1500');
  });

  test('property: every cell parses back to itself (plus the neutralising apostrophe), for each delimiter', () => {
    for (const d of [';', ',', '\t'] as const) {
      fc.assert(
        fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
          const parsed = parseCsv(csvDocument(rows, { delimiter: d }), d);
          const expected = rows.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
          expect(parsed).toEqual(expected);
        }),
        { numRuns: 150 },
      );
    }
  });
});

describe('toCsv', () => {
  test('BOM, fixed header, one row per record, hostile text neutralised', async () => {
    const a = await buildHandledItem(sampleInput({ text: '=cmd|"/C calc"!A0 ciao; "citazione"\nriga due' }), opts);
    const b = await buildHandledItem(sampleInput({ commentId: 'c-2', findings: [], topic: null, text: '-1' }), opts);
    const csv = toCsv([a, b]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv, ';');
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(3);
    const col = (name: string) => CSV_HEADER.indexOf(name);
    expect(rows[1]![col('excerpt')]).toBe(`'=cmd|"/C calc"!A0 ciao; "citazione" riga due`);
    expect(rows[1]![col('moderator')]).toBe('mod;a');
    expect(rows[1]![col('rules')]).toBe('vulgarity');
    expect(rows[1]![col('findings')]).toBe('vulgarity:medium');
    expect(rows[1]![col('response_ms')]).toBe(String(a.responseMs));
    expect(rows[1]![col('key')]).toBe(a.key);
    expect(rows[2]![col('excerpt')]).toBe("'-1");
    expect(rows[2]![col('topic')]).toBe('');
    expect(rows.every((r) => r.length === CSV_HEADER.length)).toBe(true);
  });

  test('configurable delimiter', async () => {
    const a = await buildHandledItem(sampleInput(), opts);
    for (const d of [',', '\t'] as const) {
      const rows = parseCsv(toCsv([a], { delimiter: d }), d);
      expect(rows[0]).toEqual([...CSV_HEADER]);
      expect(rows[1]![CSV_HEADER.indexOf('comment_id')]).toBe('c-1');
    }
  });

  test('header is the documented column list in docs/log-format.md', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../docs/log-format.md', import.meta.url), 'utf8');
    const documented = [...doc.matchAll(/^\| (\d+) \| `([a-z_]+)` \|/gm)].map((m) => m[2]);
    expect(documented).toEqual([...CSV_HEADER]);
  });
});

describe('toJson', () => {
  test('a valid, versioned export document that round-trips', async () => {
    const items = [await buildHandledItem(sampleInput(), opts)];
    const text = toJson(items, { moderator: 'mod-a', from: '2026-11-20', exportedAt: new Date('2026-11-20T17:00:00Z') });
    const doc = ExportDocSchema.parse(JSON.parse(text));
    expect(doc.schemaVersion).toBe(1);
    expect(doc.items).toEqual(items);
    expect(doc.to).toBe('2026-11-20');
    expect(text).not.toContain('Maria');
  });
});

describe('exportFileName', () => {
  test.each([
    [['csv', '2026-11-20', 'inps-famiglia'], 'galateo-log_2026-11-20_inps-famiglia.csv'],
    [['json', '2026-11-20', null], 'galateo-log_2026-11-20_all-pages.json'],
    [['report', '2026-11-20', 'INPS per la Famiglia'], 'galateo-report_2026-11-20_INPS-per-la-Famiglia.csv'],
    [['csv', '2026-11-01', '../../etc/passwd', '2026-11-20'], 'galateo-log_2026-11-01_2026-11-20_etc-passwd.csv'],
  ] as const)('%j', (args, expected) => {
    expect(exportFileName(...(args as unknown as Parameters<typeof exportFileName>))).toBe(expected);
  });
});
