// Rescans of a changing thread (infinite scroll, edits, recycled nodes) read what the page shows now.
import { afterEach, describe, expect, test } from 'vitest';
import { facebookAdapter } from '../../../lib/platforms/facebook';
import { instagramAdapter } from '../../../lib/platforms/instagram';
import { loadDocument, type LoadedDocument } from '../../../scripts/extract';
import { buildFacebookItem, buildFacebookThread, buildInstagramThread } from './builders';

let page: LoadedDocument | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

const THREAD = [
  { id: '501', author: 'Anna Verdi', text: 'Primo commento.' },
  { id: '502', author: 'Paolo Neri', text: 'Secondo commento.', replies: [{ id: '503', author: 'Sara Blu', text: 'Una risposta.' }] },
];

describe.each([
  ['facebook', facebookAdapter, buildFacebookThread, 'https://www.facebook.com/', (n: string) => n],
  ['instagram', instagramAdapter, buildInstagramThread, 'https://www.instagram.com/', (n: string) => n.toLowerCase().replace(/ /g, '.')],
] as const)('%s', (_name, adapter, build, url, who) => {
  const setup = () => {
    page = loadDocument('<!doctype html><html><body><main></main></body></html>', url);
    const doc = page.document;
    const data = THREAD.map((c) => ({ ...c, author: who(c.author), replies: c.replies?.map((r) => ({ ...r, author: who(r.author) })) }));
    doc.querySelector('main')!.appendChild(build(doc, data));
    return doc;
  };
  const brief = (doc: Document) => adapter.findComments(doc).map((c) => [c.id, c.text, c.parentId]);

  test('a second scan gives the same comments', () => {
    const doc = setup();
    const first = adapter.findComments(doc);
    const second = adapter.findComments(doc);
    expect(second.map((c) => [c.id, c.author, c.text, c.isReply, c.parentId, c.element, c.textElement, c.anchor])).toEqual(
      first.map((c) => [c.id, c.author, c.text, c.isReply, c.parentId, c.element, c.textElement, c.anchor]),
    );
  });

  test('a text edited in place is read again', () => {
    const doc = setup();
    const [first] = adapter.findComments(doc);
    const textNode = Array.from(first.textElement!.querySelectorAll('*')).concat(first.textElement!).find((e) => e.textContent === 'Primo commento.')!;
    textNode.textContent = 'Primo commento (modificato).';
    expect(brief(doc)[0]).toEqual(['501', 'Primo commento (modificato).', null]);
  });

  test('comments added later (infinite scroll) appear in order with their parents', () => {
    const doc = setup();
    expect(brief(doc).map((c) => c[0])).toEqual(['501', '502', '503']);
    const more = build(doc, [{ id: '504', author: who('Ugo Viola'), text: 'Arrivato dopo.', replies: [{ id: '505', author: who('Ivo Grigi'), text: 'Risposta tarda.' }] }]);
    doc.querySelector('main')!.appendChild(more);
    expect(brief(doc)).toEqual([
      ['501', 'Primo commento.', null],
      ['502', 'Secondo commento.', null],
      ['503', 'Una risposta.', '502'],
      ['504', 'Arrivato dopo.', null],
      ['505', 'Risposta tarda.', '504'],
    ]);
  });
});

test('facebook: an article node recycled for another comment is read as that comment', () => {
  page = loadDocument('<!doctype html><html><body><main></main></body></html>', 'https://www.facebook.com/');
  const doc = page.document;
  const main = doc.querySelector('main')!;
  main.appendChild(buildFacebookThread(doc, [{ id: '601', author: 'Anna Verdi', text: 'Testo A' }]));
  const [a] = facebookAdapter.findComments(doc);
  // the platform swaps the contents of the same article element (virtualized list)
  const other = buildFacebookItem(doc, { id: '602', author: 'Bruno Gialli', text: 'Testo B' }).querySelector('[role="article"]')!;
  a.element.replaceChildren(...Array.from(other.childNodes));
  for (const attr of Array.from(other.attributes)) a.element.setAttribute(attr.name, attr.value);
  const [b] = facebookAdapter.findComments(doc);
  expect(b.element).toBe(a.element);
  expect([b.id, b.author, b.text]).toEqual(['602', 'Bruno Gialli', 'Testo B']);
});
