// A small RFC 4180 CSV writer (and reader, for tests and imports) with spreadsheet formula-injection
// neutralisation: a cell starting with = + - @ TAB or CR gets a leading apostrophe, which Excel,
// LibreOffice and Google Sheets show as text and never evaluate (OWASP "CSV Injection").
export type CsvDelimiter = ';' | ',' | '\t';
export const BOM = '\uFEFF';
const DANGEROUS_START = /^[=+\-@\t\r]/;

/** One cell as text: neutralised against formulas, quoted when needed. */
export function csvCell(value: unknown, delimiter: CsvDelimiter = ';'): string {
  let s = value === null || value === undefined ? '' : typeof value === 'string' ? value : String(value);
  if (DANGEROUS_START.test(s)) s = `'${s}`;
  if (s.includes(delimiter) || s.includes('"') || s.includes('\n') || s.includes('\r')) {
    s = `"${s.replace(/"/g, '""')}"`;
  }
  return s;
}

/** A whole document: BOM (optional, default on) + rows joined with CRLF (RFC 4180). */
export function csvDocument(rows: readonly (readonly unknown[])[], opts: { delimiter?: CsvDelimiter; bom?: boolean } = {}): string {
  const d = opts.delimiter ?? ';';
  const body = rows.map((r) => r.map((c) => csvCell(c, d)).join(d)).join('\r\n');
  return (opts.bom === false ? '' : BOM) + body + '\r\n';
}

/** Parse CSV (RFC 4180 quoting; BOM skipped). Neutralising apostrophes are NOT removed. */
export function parseCsv(text: string, delimiter: CsvDelimiter = ';'): string[][] {
  if (text.startsWith(BOM)) text = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      i++;
    } else if (ch === delimiter) {
      row.push(cell);
      cell = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      i++;
    }
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
