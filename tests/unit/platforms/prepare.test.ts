// Reading a thread piecemeal (adapter.prepare) gives exactly what one whole read gives, on a real fixture.
import { afterEach, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { createFacebookAdapter } from '../../../lib/platforms/facebook';
import { loadDocument, type LoadedDocument } from '../../../scripts/extract';

let page: LoadedDocument | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

const html = readFileSync(new URL('../../fixtures/dom/facebook-post-loggedout-en-2025.html', import.meta.url), 'utf8');
const URL_ = 'https://www.facebook.com/galateo.fixture/posts/pfbid0fixture2025';
const brief = (cs: ReturnType<ReturnType<typeof createFacebookAdapter>['findComments']>) =>
  cs.map((c) => [c.id, c.author, c.text, c.isReply, c.parentId, c.element, c.textElement, c.anchor]);

test('prepare with no time left reads one comment per call, and findComments then equals a single full read', () => {
  page = loadDocument(html, URL_);
  const whole = createFacebookAdapter().findComments(page.document);
  expect(whole.length).toBe(10);

  const sliced = createFacebookAdapter();
  let calls = 0;
  while (!sliced.prepare!(page.document, { timeRemaining: () => 0 })) {
    calls++;
    expect(calls).toBeLessThanOrEqual(whole.length + 5);
  }
  expect(calls).toBeGreaterThanOrEqual(whole.length - 1);
  expect(brief(sliced.findComments(page.document))).toEqual(brief(whole));
});

test('an edited comment read by prepare is read again by findComments', () => {
  page = loadDocument(html, URL_);
  const a = createFacebookAdapter();
  while (!a.prepare!(page.document, { timeRemaining: () => 100 }));
  const first = a.findComments(page.document)[0];
  const leaf = [...first.textElement!.querySelectorAll('*')].find((e) => e.children.length === 0 && e.textContent) ?? first.textElement!;
  leaf.textContent = 'Testo modificato';
  expect(a.findComments(page.document)[0].text).toContain('Testo modificato');
});

test('a comment edited during a read is read again when the next call says the page changed', () => {
  page = loadDocument(html, URL_);
  const a = createFacebookAdapter();
  const full = createFacebookAdapter().findComments(page.document);
  expect(a.prepare!(page.document, { timeRemaining: () => 100 }, true)).toBe(true);
  // The page changes after the pass: the caller starts a new one, read in slices.
  const leaf = [...full[0].textElement!.querySelectorAll('*')].find((e) => e.children.length === 0 && e.textContent) ?? full[0].textElement!;
  leaf.textContent = 'Testo modificato';
  let calls = 0;
  for (let fresh = true; !a.prepare!(page.document, { timeRemaining: () => 0 }, fresh); fresh = false) calls++;
  expect(calls).toBeGreaterThan(0);
  expect(a.findComments(page.document)[0].text).toContain('Testo modificato');
});

test('after a finished read with no change, prepare answers at once; findComments still sees what the read did not', () => {
  page = loadDocument(html, URL_);
  const a = createFacebookAdapter();
  while (!a.prepare!(page.document, { timeRemaining: () => 100 }, true));
  expect(a.prepare!(page.document, { timeRemaining: () => 0 })).toBe(true);
  const [first] = a.findComments(page.document);
  // a comment removed after the read is gone from the next list
  first.element.remove();
  const next = a.findComments(page.document);
  expect(next.map((c) => c.id)).not.toContain(first.id);
  expect(next.length).toBe(9);
});

test('detectPage stops at the first comment: a thread of comments with no post article is not read link by link', () => {
  page = loadDocument(html, URL_);
  const a = createFacebookAdapter();
  const articles = a.findComments(page.document).map((c) => c.element);
  const before = a.detectPage(page.document, new URL(URL_));
  // Only comments left (no post article): one of them is looked at, not all.
  const doc = page.document;
  // (the post article holds the comments here: it stops being an article, its content stays)
  for (const el of [...doc.querySelectorAll('[role="article"]')]) if (!articles.includes(el)) el.removeAttribute('role');
  let looked = 0;
  const proto = Object.getPrototypeOf(articles[0]);
  const orig = proto.querySelectorAll;
  proto.querySelectorAll = function (this: Element, s: string) {
    if (s.includes('comment_id')) looked++;
    return orig.call(this, s);
  };
  try {
    expect(a.detectPage(doc, new URL(URL_))).toMatchObject({ id: before!.id, postId: before!.postId, name: null });
  } finally {
    proto.querySelectorAll = orig;
  }
  expect(looked).toBe(1);
});
