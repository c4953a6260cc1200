// The Facebook adapter on threads built from the real comment template (tests/fixtures/dom/templates),
// with any text as the comment body (set through the DOM, as the platform's React does) and deeply nested
// markup around the thread and inside the text: no throw, every comment found with its id, its text exactly
// what the user sees, and every highlight range covering exactly the span of text it was asked for.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { facebookAdapter } from '../../lib/platforms/facebook';
import { instagramAdapter } from '../../lib/platforms/instagram';
import { buildInstagramThread } from '../unit/platforms/builders';
import { rangeForSpan, serializeText } from '../../lib/platforms/text';
import { commentHtml } from '../../scripts/demo/thread';
import { loadDocument, type LoadedDocument } from '../../scripts/extract';
import { hostileCorpus, nestedMarkup } from '../hostile/corpus';
import { commentText, RUNS } from './arbitraries';

const TEMPLATE = readFileSync(fileURLToPath(new URL('../fixtures/dom/templates/facebook-comment-2025.html', import.meta.url)), 'utf8');
const PLACEHOLDER = 'GALATEO_PLACEHOLDER_TEXT';
const NOW = new Date('2026-03-04T10:30:00Z');
const idOf = (i: number) => String(1000000000000100 + i);

/** One Facebook-like page: comments in a list wrapped in `pageDepth` elements, each body inside `textDepth` inline elements. */
function threadHtml(n: number, pageDepth: number, textDepth: number): string {
  const items: string[] = [];
  for (let i = 0; i < n; i++) {
    let html = commentHtml({ author: `Autore ${i}`, slug: `autore.${i}`, text: PLACEHOLDER, hoursAgo: 2, shows: 'property' }, idOf(i), 2, TEMPLATE, false);
    if (textDepth) html = html.replace(`>${PLACEHOLDER}<`, `>${nestedMarkup(textDepth, PLACEHOLDER).replace(/<\/?(div|section)>/g, (t) => t.replace(/div|section/, 'span'))}<`);
    items.push(html);
  }
  const list = `<div role="list" aria-label="Commenti">${items.join('\n')}</div>`;
  return `<!doctype html><html><body><div role="main">${nestedMarkup(pageDepth, list)}</div></body></html>`;
}

/** What the adapter must read: the text trimmed, or '' when only blanks and zero-width spaces (no text block then). */
const visibleText = (t: string) => (/^[\s\u00a0\u200b]*$/.test(t) ? '' : t.trim());

const docs: LoadedDocument[] = [];
afterAll(async () => {
  for (const d of docs) await d.close();
});

/** Puts each text into its comment as one DOM text node (markup in it stays text). */
function loadThread(texts: string[], pageDepth: number, textDepth: number): Document {
  const loaded = loadDocument(threadHtml(texts.length, pageDepth, textDepth), 'https://www.facebook.com/INPS.PerLaFamiglia/posts/pfbid0x');
  docs.push(loaded);
  if (docs.length > 20) void docs.shift()!.close();
  const doc = loaded.document;
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  const slots: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data === PLACEHOLDER) slots.push(n as Text);
  expect(slots.length).toBe(texts.length);
  slots.forEach((t, i) => (t.data = texts[i]));
  return doc;
}

describe('Facebook adapter on template threads with any text', () => {
  test('every comment is found, in order, with its id and exactly its visible text', () => {
    fc.assert(
      fc.property(fc.array(commentText, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 30 }), (texts, pageDepth, textDepth) => {
        const doc = loadThread(texts, pageDepth, textDepth);
        const found = facebookAdapter.findComments(doc, NOW);
        expect(found.map((c) => c.id)).toEqual(texts.map((_, i) => idOf(i)));
        found.forEach((c, i) => {
          expect(c.author).toBe(`Autore ${i}`);
          expect(c.text).toBe(visibleText(texts[i]));
        });
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  test('highlight ranges cover exactly the requested span of the comment text', () => {
    fc.assert(
      fc.property(commentText.filter((t) => visibleText(t) !== ''), fc.nat(), fc.nat(), fc.integer({ min: 0, max: 20 }), (text, a, b, textDepth) => {
        const doc = loadThread([text], 3, textDepth);
        const [c] = facebookAdapter.findComments(doc, NOW);
        expect(c.textElement).not.toBeNull();
        const n = c.text.length;
        const start = a % n;
        const end = start + 1 + (b % (n - start));
        const range = rangeForSpan(c.textElement!, { start, end }, serializeText(c.textElement!));
        expect(range).not.toBeNull();
        expect(range!.toString()).toBe(c.text.slice(start, end));
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});

describe('the hostile corpus as a Facebook thread (100 KB comments included), nested 200 deep', () => {
  test('every case is a comment with its exact text', () => {
    const corpus = hostileCorpus();
    const doc = loadThread(corpus.map((c) => c.text), 200, 50);
    const found = facebookAdapter.findComments(doc, NOW);
    expect(found.length).toBe(corpus.length);
    found.forEach((c, i) => expect(c.text, corpus[i].id).toBe(corpus[i].text.trim()));
  });
});

describe('Instagram adapter on template threads (tests/unit/platforms/builders.ts) with any text', () => {
  test('every comment is found, in order, with its id and exactly its visible text; highlights land exactly', () => {
    fc.assert(
      fc.property(fc.array(commentText, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 60 }), fc.nat(), fc.nat(), (texts, depth, a, b) => {
        const loaded = loadDocument('<!doctype html><html><body><main></main></body></html>', 'https://www.instagram.com/p/Cproperty/');
        docs.push(loaded);
        const doc = loaded.document;
        const thread = buildInstagramThread(doc, texts.map((text, i) => ({ id: `179000000000000${10 + i}`, author: `utente.${i}`, text })));
        let parent: Element = doc.querySelector('main')!;
        for (let i = 0; i < depth; i++) parent = parent.appendChild(doc.createElement(i % 2 ? 'section' : 'div'));
        parent.appendChild(thread);
        const found = instagramAdapter.findComments(doc, NOW);
        expect(found.map((c) => c.id)).toEqual(texts.map((_, i) => `179000000000000${10 + i}`));
        found.forEach((c, i) => {
          expect(c.author).toBe(`utente.${i}`);
          expect(c.text).toBe(visibleText(texts[i]));
        });
        const c = found.find((x) => x.text.length > 0 && x.textElement && texts[found.indexOf(x)].trimStart() === texts[found.indexOf(x)]);
        if (c) {
          const start = a % c.text.length;
          const end = start + 1 + (b % (c.text.length - start));
          expect(rangeForSpan(c.textElement!, { start, end }, serializeText(c.textElement!))!.toString()).toBe(c.text.slice(start, end));
        }
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});
