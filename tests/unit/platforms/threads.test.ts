// Expanded replies (no fixture has them): threads built from the real templates, with and
// without the platforms' reply hints, must come out with the right parents, in order.
import { afterEach, describe, expect, test } from 'vitest';
import { facebookAdapter } from '../../../lib/platforms/facebook';
import { instagramAdapter } from '../../../lib/platforms/instagram';
import { loadDocument, type LoadedDocument } from '../../../scripts/extract';
import { buildFacebookThread, buildInstagramThread, type BuiltComment } from './builders';
import { renameClasses } from './variants';

const THREAD: BuiltComment[] = [
  { id: '2001', author: 'Anna Verdi', text: 'Prima domanda sul bonus nido.' },
  {
    id: '2002',
    author: 'Paolo Neri',
    text: 'Quando arriva l\u2019assegno?',
    replies: [
      { id: '2003', author: 'Sara Blu', text: 'Anche io aspetto.' },
      { id: '2004', author: 'Luca Gialli', text: 'Il mio è arrivato ieri.' },
    ],
  },
  { id: '2005', author: 'Marta Rosa', text: 'Grazie per le informazioni.', replies: [{ id: '2006', author: 'Ugo Viola', text: 'Prego!' }] },
  { id: '2007', author: 'Ivo Grigi', text: 'Ultimo commento.' },
];
const EXPECTED = [
  ['2001', 'Anna Verdi', 'Prima domanda sul bonus nido.', false, null],
  ['2002', 'Paolo Neri', 'Quando arriva l\u2019assegno?', false, null],
  ['2003', 'Sara Blu', 'Anche io aspetto.', true, '2002'],
  ['2004', 'Luca Gialli', 'Il mio è arrivato ieri.', true, '2002'],
  ['2005', 'Marta Rosa', 'Grazie per le informazioni.', false, null],
  ['2006', 'Ugo Viola', 'Prego!', true, '2005'],
  ['2007', 'Ivo Grigi', 'Ultimo commento.', false, null],
];

let page: LoadedDocument | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

const pick = (cs: ReturnType<typeof facebookAdapter.findComments>) => cs.map((c) => [c.id, c.author, c.text, c.isReply, c.parentId]);
// Instagram shows usernames, not display names
const handle = (name: string) => name.toLowerCase().replace(/ /g, '.');
const asInstagram = (cs: BuiltComment[]): BuiltComment[] => cs.map((c) => ({ ...c, author: handle(c.author), replies: c.replies && asInstagram(c.replies) }));

describe.each([
  ['facebook', facebookAdapter, buildFacebookThread, 'https://www.facebook.com/'],
  ['instagram', instagramAdapter, buildInstagramThread, 'https://www.instagram.com/'],
] as const)('%s threads', (_name, adapter, build, url) => {
  test.each([
    ['with reply hints', true, false],
    ['structure only (no reply labels or reply ids)', false, false],
    ['structure only, class names rewritten', false, true],
  ])('%s', (_label, hints, rename) => {
    page = loadDocument('<!doctype html><html><body><main></main></body></html>', url);
    const doc = page.document;
    const ig = adapter.platform === 'instagram';
    doc.querySelector('main')!.appendChild(build(doc, ig ? asInstagram(THREAD) : THREAD, { hints }));
    if (rename) renameClasses(doc, 7);
    expect(pick(adapter.findComments(doc))).toEqual(EXPECTED.map((e) => (ig ? [e[0], handle(e[1] as string), ...e.slice(2)] : e)));
  });

  test('scanning a single comment element finds that comment', () => {
    page = loadDocument('<!doctype html><html><body><main></main></body></html>', url);
    const doc = page.document;
    doc.querySelector('main')!.appendChild(build(doc, THREAD, {}));
    const all = adapter.findComments(doc);
    const one = adapter.findComments(all[0].element);
    expect(one.map((c) => c.id)).toEqual(['2001']);
  });
});
