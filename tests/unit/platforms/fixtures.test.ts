// Every real fixture against its truth, as saved, with all class names rewritten, and with the
// UI translated to Italian: same authors, order, text, ids, reply structure, times and controls.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { facebookAdapter } from '../../../lib/platforms/facebook';
import { instagramAdapter } from '../../../lib/platforms/instagram';
import { relativeTimeMs } from '../../../lib/platforms/time';
import { serializeText } from '../../../lib/platforms/text';
import { GALATEO_ATTR, type PlatformAdapter } from '../../../lib/platforms/types';
import type { LoadedDocument } from '../../../scripts/extract';
import { FIXTURE_DIR, loadFixture, readTruth, renameClasses, translateToItalian, type Truth } from './variants';

const NOW = new Date('2026-07-01T12:00:00Z');
const FILES = readdirSync(FIXTURE_DIR)
  .filter((f) => f.endsWith('.html'))
  .sort();
const COMMENT_FILES = FILES.filter((f) => readTruth(f).comments);
const VARIANTS = ['original', 'classes-renamed', 'italian', 'italian+classes-renamed'] as const;
type Variant = (typeof VARIANTS)[number];

const adapterOf = (t: Truth): PlatformAdapter => (t.platform === 'facebook' ? facebookAdapter : instagramAdapter);

function load(file: string, variant: Variant): LoadedDocument {
  const loaded = loadFixture(file);
  if (variant.includes('classes')) expect(renameClasses(loaded.document, file.length)).toBeGreaterThan(0);
  if (variant.includes('italian')) translateToItalian(loaded.document);
  return loaded;
}

test('every fixture has a truth file and the suite sees all of them', () => {
  expect(FILES.length).toBe(12);
  expect(COMMENT_FILES.length).toBe(11);
});

describe.each(COMMENT_FILES.flatMap((f) => VARIANTS.map((v) => [f, v] as const)))('%s (%s)', (file, variant) => {
  const truth = readTruth(file);
  const adapter = adapterOf(truth);
  let page: LoadedDocument;
  beforeAll(() => {
    page = load(file, variant);
  });
  afterAll(async () => page.close());

  test('comments: authors, order, text, ids, replies, times', () => {
    const doc = page.document;
    const got = adapter.findComments(doc, NOW);
    const want = truth.comments!;
    expect(got.map((c) => c.id)).toEqual(want.map((c) => c.commentId));
    expect(got.map((c) => c.author)).toEqual(want.map((c) => c.author));
    got.forEach((c, i) => {
      const w = want[i];
      if (w.textPrefix === '') expect(c.text).toBe('');
      else expect(c.text.startsWith(w.textPrefix), `text of ${c.id}: ${JSON.stringify(c.text.slice(0, 60))}`).toBe(true);
      expect(c.isReply).toBe(w.isReply);
      expect(c.parentId).toBe(w.parentIndex === null ? null : want[w.parentIndex].commentId);
      if (variant.startsWith('italian')) {
        expect(c.timeText).not.toBeNull();
        expect(relativeTimeMs(c.timeText!)).toBe(relativeTimeMs(w.relativeTime));
      } else expect(c.timeText).toBe(w.relativeTime);
      expect(c.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(c.permalink).toContain(c.id);
      // the text element really holds the text; the anchor is inside the comment, outside the text
      if (c.textElement) expect(serializeText(c.textElement).text).toBe(c.text);
      expect(c.element.contains(c.anchor)).toBe(true);
      expect(c.anchor).not.toBe(c.element);
      if (c.textElement) expect(c.textElement === c.anchor || c.anchor.contains(c.textElement)).toBe(true);
    });
    // times: datetime when present, else relative to NOW
    for (const c of got) if (!c.element.querySelector('time[datetime]')) expect(Date.parse(c.time!)).toBeLessThan(NOW.getTime());
  });

  test('controls: collapsed replies, load more, composers; comment signals', () => {
    const doc = page.document;
    const more = adapter.findMoreControlsByKind(doc);
    expect(more.moreReplies.length, 'collapsed reply buttons').toBe(truth.collapsedReplyButtons);
    expect(more.moreComments.length, 'load-more buttons').toBe(truth.loadMoreButtons);
    expect(adapter.findMoreControls(doc).length).toBe(truth.collapsedReplyButtons! + truth.loadMoreButtons!);
    expect(adapter.findComposers(doc).length, 'composers').toBe(truth.composers);
    expect(adapter.hasCommentSignals(doc)).toBe(truth.comments!.length > 0);
    const comments = adapter.findComments(doc, NOW);
    // the comments' own "…" menus (hide, delete, report) and their Reply actions
    expect(comments.filter((c) => adapter.findCommentMenu(c)).length, 'hide/report menus').toBe(truth.hideOrReportMenus);
    for (const c of comments) {
      const menu = adapter.findCommentMenu(c);
      if (menu) expect(c.element.contains(menu)).toBe(true);
    }
    for (const c of comments) {
      const reply = adapter.findReplyAction(c);
      if (reply) {
        expect(c.element.contains(reply)).toBe(true);
        expect(reply.textContent).not.toMatch(/\d/);
      }
    }
    // pages where every comment shows its Reply action (logged in, actions rendered)
    if (['facebook-photo-comments-en-2022.html', 'facebook-feed-en-2022.html', 'instagram-post-modal-en-2025.html', 'instagram-post-en-2026.html', 'instagram-comment-row-en-2025.html'].includes(file)) {
      for (const c of comments) expect(adapter.findReplyAction(c), `reply action of ${c.id}`).not.toBeNull();
    }
    for (const c of comments) {
      const box = adapter.findReplyBox(c, doc);
      if (truth.composers) expect(box).not.toBeNull();
      else expect(box).toBeNull();
    }
  });

  test('a badge host after each anchor changes nothing; our own nodes are never scanned', () => {
    const doc = page.document;
    const before = adapter.findComments(doc, NOW);
    const hosts: Element[] = [];
    for (const c of before) {
      const host = doc.createElement('div');
      host.setAttribute(GALATEO_ATTR, 'badge');
      // a copy of the whole comment inside our host must not become a second comment
      host.appendChild(c.element.cloneNode(true));
      c.anchor.after(host);
      hosts.push(host);
    }
    const after = adapter.findComments(doc, NOW);
    expect(after.map((c) => [c.id, c.author, c.text, c.isReply, c.parentId])).toEqual(
      before.map((c) => [c.id, c.author, c.text, c.isReply, c.parentId]),
    );
    expect(adapter.findMoreControls(doc).length).toBe(truth.collapsedReplyButtons! + truth.loadMoreButtons!);
    for (const h of hosts) h.remove();
  });

  if (truth.platform === 'instagram') {
    test('the caption is apart from the comments', () => {
      const cap = instagramAdapter.findCaption(page.document);
      if (!truth.caption) expect(cap).toBeNull();
      else {
        expect(cap?.author).toBe(truth.caption.author);
        expect(cap?.text.startsWith(truth.caption.textPrefix)).toBe(true);
        const texts = instagramAdapter.findComments(page.document, NOW).map((c) => c.text);
        expect(texts).not.toContain(cap!.text);
      }
    });
  }
});

describe('adapters do not cross platforms', () => {
  test.each(COMMENT_FILES)('%s', async (file) => {
    const truth = readTruth(file);
    const other = truth.platform === 'facebook' ? instagramAdapter : facebookAdapter;
    const page = loadFixture(file);
    expect(other.findComments(page.document, NOW)).toEqual([]);
    await page.close();
  });
});
