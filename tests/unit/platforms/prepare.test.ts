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
