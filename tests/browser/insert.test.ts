// insertReplyText against the real editors in Chromium: a Lexical editor (npm lexical +
// @lexical/plain-text) mounted on the composer of a real Facebook fixture, found by the adapter,
// and a React-style controlled textarea on the Instagram fixture. The editor's own state is checked.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { describeBrowser, fixture } from './support';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// Bundled into the page: the adapters and insert.ts exactly as the content script uses them.
const ENTRY = `
import { createEditor, $getRoot } from 'lexical';
import { registerPlainText } from '@lexical/plain-text';
import { facebookAdapter } from './lib/platforms/facebook';
import { instagramAdapter } from './lib/platforms/instagram';
import { instagramDirectAdapter } from './lib/platforms/instagram-direct';
import { insertReplyText } from './lib/platforms/insert';
const w = window;
const composer = () => facebookAdapter.findComposers(document)[0] ?? instagramDirectAdapter.findComposer(document);
w.mountLexical = () => {
  const box = composer();
  const editor = createEditor({ namespace: 'galateo-test', onError: (e) => { throw e; } });
  editor.setRootElement(box);
  registerPlainText(editor);
  w.lexicalText = () => editor.getEditorState().read(() => $getRoot().getTextContent());
  return new Promise((r) => setTimeout(r, 20));
};
w.insertIntoFacebook = async (text) => {
  const box = composer();
  const r = await insertReplyText(box, text);
  await new Promise((res) => setTimeout(res, 20));
  return { ...r, state: w.lexicalText() };
};
w.mountControlledTextarea = () => {
  // React's trick: the instance tracks the last value React rendered; onChange fires only
  // when an input event brings a value different from the tracked one.
  const ta = instagramAdapter.findComposers(document)[0];
  const proto = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
  let tracked = '';
  w.reactState = '';
  Object.defineProperty(ta, 'value', { configurable: true, get() { return proto.get.call(this); }, set(v) { tracked = v; proto.set.call(this, v); } });
  ta.addEventListener('input', () => { const v = proto.get.call(ta); if (v !== tracked) { tracked = v; w.reactState = v; } });
};
w.insertIntoInstagram = async (text) => {
  const ta = instagramAdapter.findComposers(document)[0];
  const r = await insertReplyText(ta, text);
  return { ...r, state: w.reactState };
};
`;

let browser: Browser;
let bundle: string;

describeBrowser('insertReplyText in Chromium', () => {
  beforeAll(async () => {
    const out = await build({
      stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts', sourcefile: 'insert-entry.ts' },
      bundle: true,
      format: 'iife',
      write: false,
      platform: 'browser',
      target: 'chrome120',
    });
    bundle = out.outputFiles[0].text;
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(html: string): Promise<Page> {
    const page = await browser.newPage();
    // no network at all: the fixture's images are data: URLs, everything else is aborted
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ content: bundle });
    return page;
  }

  test('Lexical: one line, then a second insert appends without doubling', async () => {
    const page = await open(fixture('facebook-photo-composer-en-2023.html'));
    await page.evaluate(() => (window as any).mountLexical());
    const a = await page.evaluate(() => (window as any).insertIntoFacebook('Gentile utente, grazie per la segnalazione.'));
    expect(a.ok).toBe(true);
    expect(a.method).toBe('beforeinput'); // Lexical takes the event itself on an empty editor
    expect(a.state).toBe('Gentile utente, grazie per la segnalazione.');
    const b = await page.evaluate(() => (window as any).insertIntoFacebook('Saluti.'));
    expect(b.ok).toBe(true);
    expect(['beforeinput', 'execCommand']).toContain(b.method);
    expect(b.state.replace(/\s+/g, ' ')).toBe('Gentile utente, grazie per la segnalazione. Saluti.');
    await page.close();
  });

  test('Lexical: several lines through paste keep their line breaks', async () => {
    const page = await open(fixture('facebook-feed-en-2022.html'));
    await page.evaluate(() => (window as any).mountLexical());
    const text = 'Gentile Giulia,\nla invitiamo a contattare il Contact Center.\nSaluti';
    const r = await page.evaluate((t) => (window as any).insertIntoFacebook(t), text);
    expect(r.ok).toBe(true);
    expect(r.method).toBe('paste');
    expect(r.state.replace(/\n+/g, '\n')).toBe(text);
    await page.close();
  });

  test('Instagram Direct: the message composer (Lexical) found by the Direct adapter', async () => {
    const page = await open(fixture('instagram-direct-en-2025.html'));
    await page.evaluate(() => (window as any).mountLexical());
    const text = 'Gentile utente,\nper la sua sicurezza non condivida dati personali in chat.';
    const r = await page.evaluate((t) => (window as any).insertIntoFacebook(t), text);
    expect(r.ok).toBe(true);
    expect(r.state.replace(/\n+/g, '\n')).toBe(text);
    await page.close();
  });

  test('Instagram: the controlled textarea sees the value (native setter + input)', async () => {
    const page = await open(fixture('instagram-post-modal-en-2025.html'));
    await page.evaluate(() => (window as any).mountControlledTextarea());
    const r = await page.evaluate(() => (window as any).insertIntoInstagram('Buongiorno, trova le informazioni su www.inps.it'));
    expect(r).toMatchObject({ ok: true, method: 'value-setter', state: 'Buongiorno, trova le informazioni su www.inps.it' });
    await page.close();
  });
});
