// Instagram Direct against its truth: as saved, with class names rewritten, and in Italian.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { instagramDirectAdapter } from '../../../lib/platforms/instagram-direct';
import { serializeText } from '../../../lib/platforms/text';
import { GALATEO_ATTR } from '../../../lib/platforms/types';
import type { LoadedDocument } from '../../../scripts/extract';
import { loadFixture, readTruth, renameClasses, translateToItalian } from './variants';

const FILE = 'instagram-direct-en-2025.html';
const truth = readTruth(FILE);

describe.each(['original', 'classes-renamed', 'italian', 'italian+classes-renamed'])('%s', (variant) => {
  let page: LoadedDocument;
  beforeAll(() => {
    page = loadFixture(FILE, 'https://www.instagram.com/direct/t/1234567890/');
    if (variant.includes('classes')) renameClasses(page.document, 3);
    if (variant.includes('italian')) expect(translateToItalian(page.document)).toBeGreaterThan(20);
  });
  afterAll(async () => page.close());

  test('messages in order: ours and theirs, sender, text', () => {
    const got = instagramDirectAdapter.findMessages(page.document);
    const want = truth.messages!;
    expect(got.length).toBe(18);
    expect(got.map((m) => m.fromSelf)).toEqual(want.map((m) => m.fromSelf));
    expect(got.filter((m) => !m.fromSelf).length).toBe(11);
    got.forEach((m, i) => {
      expect(m.text.startsWith(want[i].textPrefix), m.text).toBe(true);
      expect(m.sender).toBe(want[i].fromSelf ? null : want[i].sender);
      expect(m.id).toMatch(/^mid\.\$/);
      if (m.textElement) expect(serializeText(m.textElement).text).toBe(m.text);
      expect(m.element.contains(m.anchor)).toBe(true);
    });
    expect(new Set(got.map((m) => m.id)).size).toBe(18);
  });

  test('quoted replies are read apart from the message text', () => {
    const got = instagramDirectAdapter.findMessages(page.document);
    const quoting = got.filter((m) => m.quoted);
    // messages 4, 5, 6, 10, 17 reply to an earlier message (the "Original message" blocks)
    expect(got.map((m, i) => (m.quoted ? i + 1 : 0)).filter(Boolean)).toEqual([4, 5, 6, 10, 17]);
    for (const m of quoting) {
      expect(m.quoted!.startsWith('Testo segnaposto')).toBe(true);
      expect(m.text).not.toContain('Testo segnaposto');
    }
  });

  test('conversation and composer', () => {
    const conv = instagramDirectAdapter.detectConversation(page.document, new URL('https://www.instagram.com/direct/t/1234567890/'));
    expect(conv).toMatchObject({ id: '1234567890', title: 'Martina De Rosa' });
    const box = instagramDirectAdapter.findComposer(page.document);
    expect(box?.getAttribute('contenteditable')).toBe('true');
    expect(truth.composers).toBe(1);
  });

  test('our own nodes are never read as messages', () => {
    const doc = page.document;
    const before = instagramDirectAdapter.findMessages(doc);
    const host = doc.createElement('div');
    host.setAttribute(GALATEO_ATTR, 'card');
    host.appendChild(before[0].element.cloneNode(true));
    before[0].anchor.after(host);
    expect(instagramDirectAdapter.findMessages(doc).map((m) => m.id)).toEqual(before.map((m) => m.id));
    host.remove();
  });
});
