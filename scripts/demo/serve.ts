// Serves pages at facebook.com / instagram.com addresses through Playwright request routing.
// Nothing reaches the network: any request we do not serve is aborted and recorded.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';

let editorBundle: Promise<string> | null = null;
/** The real Lexical editor bundled for the page (built once per process). */
export function lexicalBundle(): Promise<string> {
  editorBundle ??= build({
    entryPoints: [fileURLToPath(new URL('./lexical-editor.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0].text);
  return editorBundle;
}

export interface Routes {
  /** Full URL (without query) -> HTML. */
  pages: Map<string, string>;
  /** Requests that were not served (and aborted). */
  aborted: string[];
}

export async function routePages(context: BrowserContext, pages: Record<string, string>): Promise<Routes> {
  const routes: Routes = { pages: new Map(Object.entries(pages)), aborted: [] };
  const editor = await lexicalBundle();
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    // The extension's own pages and chunks are not network: let them load.
    if (url.protocol === 'chrome-extension:') return route.continue();
    const key = `${url.origin}${url.pathname}`;
    if (url.pathname === '/__galateo_demo/lexical-editor.js' && /^https:\/\/www\.(facebook|instagram)\.com$/.test(url.origin)) {
      return route.fulfill({ status: 200, contentType: 'application/javascript', body: editor });
    }
    const html = routes.pages.get(key);
    if (html !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    routes.aborted.push(url.href);
    return route.abort('blockedbyclient');
  });
  return routes;
}
