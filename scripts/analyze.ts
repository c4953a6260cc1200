// npm run --silent analyze -- [--page PAGE_ID] [--settings SETTINGS.json] [FILE]
//
// Reads JSONL comments from FILE (or stdin; "-" also means stdin) and writes one JSON line per
// non-empty input line, in order: {"id","findings":[{rule,severity,evidence,reason}],"topics"}.
// A malformed line becomes {"id": id|null, "error": "…"} and the run goes on. Lines sharing a
// `thread` form one thread in input order (repeated-question). A line's own `page` wins over
// --page; without either, every rule but off-topic runs. Times never come from the wall clock:
// old-post measures the post's age at the comment's createdAt (no createdAt → it stays silent).
// Exit codes: 0 done (even with malformed lines), 2 unreadable input or bad arguments.
import { createReadStream, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { createAnalyzer, UNKNOWN_NOW, type Analyzer } from '../lib/analyzer';
import type { CommentInput } from '../lib/types';
import { defaultSettings } from '../lib/settings/defaults';
import { resolveAnalyzerProfile } from '../lib/settings/profile';
import { parseSettingsText, problemLines } from '../lib/settings/parse';
import type { Settings } from '../lib/settings/schema';

const isoDate = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s)), { message: 'not an ISO-8601 date/time' });

export const CommentLineSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  author: z.string().optional(),
  page: z.string().min(1).optional(),
  platform: z.enum(['facebook', 'instagram']).optional(),
  createdAt: isoDate.optional(),
  postCreatedAt: isoDate.optional(),
  thread: z.string().optional(),
  isReply: z.boolean().optional(),
  parentText: z.string().optional(),
  authorIsPage: z.boolean().optional(),
});

function fail(it: string, en: string): never {
  process.stderr.write(`galateo analyze: ${it}\ngalateo analyze: ${en}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { page: string | null; settings: string | null; file: string | null } {
  let page: string | null = null;
  let settings: string | null = null;
  let file: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--page' || a === '--settings') {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) fail(`${a} richiede un valore`, `${a} needs a value`);
      if (a === '--page') page = v;
      else settings = v;
    } else if (a.startsWith('--page=')) page = a.slice(7);
    else if (a.startsWith('--settings=')) settings = a.slice(11);
    else if (a === '-h' || a === '--help') {
      process.stdout.write('usage: npm run --silent analyze -- [--page PAGE_ID] [--settings SETTINGS.json] [FILE]\n');
      process.exit(0);
    } else if (a.startsWith('--')) fail(`opzione sconosciuta: ${a}`, `unknown option: ${a}`);
    else if (file !== null) fail(`un solo file alla volta (${file}, ${a})`, `one file at a time (${file}, ${a})`);
    else file = a;
  }
  return { page: page || null, settings, file: file === '-' ? null : file };
}

function loadSettings(path: string | null): Settings {
  if (!path) return defaultSettings();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    fail(`impossibile leggere le impostazioni ${path}: ${(e as Error).message}`, `cannot read settings ${path}: ${(e as Error).message}`);
  }
  const r = parseSettingsText(text);
  if (!r.ok) {
    process.stderr.write(problemLines(r.problems).join('\n') + '\n');
    fail(`impostazioni non valide: ${path}`, `invalid settings: ${path}`);
  }
  return r.settings;
}

function zodMessage(err: z.ZodError): string {
  return err.issues.map((i) => `${i.path.length ? i.path.join('.') : '(line)'}: ${i.message}`).join('; ');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const settings = loadSettings(args.settings);
  const knownPages = Object.keys(settings.pages);
  if (args.page && !settings.pages[args.page]) {
    fail(
      `pagina sconosciuta: ${args.page} (pagine note: ${knownPages.join(', ')})`,
      `unknown page: ${args.page} (known pages: ${knownPages.join(', ')})`,
    );
  }

  let input: NodeJS.ReadableStream;
  if (args.file) {
    try {
      const fh = await open(args.file, 'r');
      await fh.close();
    } catch (e) {
      fail(`impossibile leggere ${args.file}: ${(e as Error).message}`, `cannot read ${args.file}: ${(e as Error).message}`);
    }
    const stream = createReadStream(args.file, { encoding: 'utf8' });
    stream.on('error', (e) => fail(`errore di lettura ${args.file}: ${e.message}`, `read error on ${args.file}: ${e.message}`));
    input = stream;
  } else {
    input = process.stdin;
  }

  const analyzers = new Map<string | null, Analyzer>();
  const analyzerFor = (page: string | null): Analyzer => {
    let a = analyzers.get(page);
    if (!a) {
      a = createAnalyzer(resolveAnalyzerProfile(settings, page));
      analyzers.set(page, a);
    }
    return a;
  };
  const warned = new Set<string>();
  const threads = new Map<string, CommentInput[]>();
  let out: string[] = [];
  const flush = () => {
    if (out.length) {
      process.stdout.write(out.join('\n') + '\n');
      out = [];
    }
  };

  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const raw of rl) {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      out.push(JSON.stringify({ id: null, error: `riga ${lineNo}: JSON non valido / line ${lineNo}: invalid JSON (${(e as Error).message})` }));
      continue;
    }
    const parsed = CommentLineSchema.safeParse(json);
    if (!parsed.success) {
      const id = json && typeof json === 'object' && typeof (json as { id?: unknown }).id === 'string' ? (json as { id: string }).id : null;
      const msg = zodMessage(parsed.error);
      out.push(JSON.stringify({ id, error: `riga ${lineNo}: commento non valido / line ${lineNo}: invalid comment: ${msg}` }));
      continue;
    }
    const c: CommentInput = parsed.data;
    let page = c.page ?? args.page;
    if (page && !settings.pages[page]) {
      if (!warned.has(page)) {
        warned.add(page);
        process.stderr.write(
          `galateo analyze: pagina sconosciuta "${page}", analizzo senza pagina / unknown page "${page}", analysing without a page (known: ${knownPages.join(', ')})\n`,
        );
      }
      page = null;
    }
    let thread: CommentInput[] | undefined;
    if (c.thread !== undefined) {
      thread = threads.get(c.thread);
      if (!thread) {
        thread = [];
        threads.set(c.thread, thread);
      }
    }
    const now = c.createdAt ? new Date(c.createdAt) : UNKNOWN_NOW;
    try {
      const r = analyzerFor(page ?? null).analyze(c, { now, thread: thread ?? [] });
      out.push(
        JSON.stringify({
          id: r.id,
          findings: r.findings.map((f) => ({
            rule: f.rule,
            severity: f.severity,
            evidence: f.evidence.map((e) => ({ start: e.start, end: e.end })),
            reason: f.reason,
          })),
          topics: r.topics,
        }),
      );
    } catch (e) {
      // a bug in a rule must not lose the rest of the file
      out.push(JSON.stringify({ id: c.id, error: `riga ${lineNo}: errore interno / line ${lineNo}: internal error: ${(e as Error).message}` }));
    }
    thread?.push(c);
    if (out.length >= 512) flush();
  }
  flush();
}

main().catch((e) => fail(`errore: ${(e as Error).message}`, `error: ${(e as Error).message}`));
