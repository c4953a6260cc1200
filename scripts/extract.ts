// npm run --silent extract -- FILE.html [--url URL] [--now ISO]
// Runs the same adapter code as the extension on a saved page (DOM by happy-dom, no scripts,
// no network) and prints {platform, page, comments, warnings} as JSON.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import {
  extractDirectFromDocument,
  extractFromDocument,
  isDirectPage,
  type DirectExtractResult,
  type ExtractResult,
} from '../lib/platforms/extract';

export interface LoadedDocument {
  document: Document;
  close(): Promise<void>;
}

/** Parses a saved page into a DOM without running or fetching anything. */
export function loadDocument(html: string, url = 'https://localhost/'): LoadedDocument {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  const document = window.document as unknown as Document;
  document.write(html);
  return { document, close: () => window.happyDOM.close() };
}

/** Comments of a post page, or the messages of an Instagram Direct conversation. */
export async function extractFile(file: string, url: string | null, now = new Date()): Promise<ExtractResult | DirectExtractResult> {
  const html = readFileSync(file, 'utf8');
  const parsedUrl = url ? new URL(url) : null;
  const loaded = loadDocument(html, parsedUrl?.toString());
  try {
    if (isDirectPage(loaded.document, parsedUrl)) return extractDirectFromDocument(loaded.document, parsedUrl);
    return extractFromDocument(loaded.document, parsedUrl, now);
  } finally {
    await loaded.close();
  }
}

const USAGE = `usage: npm run --silent extract -- FILE.html [--url URL] [--now ISO-8601]
uso:   npm run --silent extract -- FILE.html [--url URL] [--now ISO-8601]`;

function fail(it: string, en: string, code = 2): never {
  process.stderr.write(`errore: ${it}\nerror: ${en}\n${USAGE}\n`);
  process.exit(code);
}

async function main(argv: string[]): Promise<void> {
  let file: string | null = null;
  let url: string | null = null;
  let now = new Date();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--url') {
      url = argv[++i] ?? fail('manca il valore di --url', 'missing value for --url');
      try {
        new URL(url);
      } catch {
        fail(`URL non valido: ${url}`, `invalid URL: ${url}`);
      }
    } else if (a === '--now') {
      const v = argv[++i] ?? fail('manca il valore di --now', 'missing value for --now');
      now = new Date(v);
      if (Number.isNaN(now.getTime())) fail(`data non valida: ${v}`, `invalid date: ${v}`);
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(USAGE + '\n');
      return;
    } else if (a.startsWith('--')) fail(`opzione sconosciuta: ${a}`, `unknown option: ${a}`);
    else if (!file) file = a;
    else fail(`un solo file alla volta (anche: ${a})`, `one file at a time (also got: ${a})`);
  }
  if (!file) fail('nessun file indicato', 'no file given');
  let result: ExtractResult | DirectExtractResult;
  try {
    result = await extractFile(file, url, now);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if ((e as NodeJS.ErrnoException)?.code === 'ENOENT') fail(`file non trovato: ${file}`, `file not found: ${file}`);
    fail(`impossibile leggere la pagina: ${msg}`, `cannot read the page: ${msg}`, 1);
  }
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void main(process.argv.slice(2));
}
