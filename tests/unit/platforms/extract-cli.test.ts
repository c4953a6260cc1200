// `npm run --silent extract -- FILE.html [--url URL]`: the same adapters on a saved page.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { extractFile } from '../../../scripts/extract';
import type { DirectExtractResult, ExtractResult } from '../../../lib/platforms/extract';
import { FIXTURE_DIR, readTruth } from './variants';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const cli = (args: string[]) => run(TSX, ['scripts/extract.ts', ...args], { cwd: ROOT });

describe('extract command', () => {
  test('Facebook page with --url: JSON with platform, page and the truth comments', async () => {
    const file = 'facebook-post-loggedout-en-2025.html';
    const { stdout } = await cli([join(FIXTURE_DIR, file), '--url', 'https://www.facebook.com/giulia.rossi.1001/posts/pfbid07etg98y4EjBaDix', '--now', '2026-01-01T00:00:00Z']);
    const out = JSON.parse(stdout);
    const truth = readTruth(file);
    expect(out.platform).toBe('facebook');
    expect(out.page).toMatchObject({ platform: 'facebook', id: 'giulia.rossi.1001', postId: 'pfbid07etg98y4EjBaDix' });
    expect(out.comments.map((c: { id: string }) => c.id)).toEqual(truth.comments!.map((c) => c.commentId));
    expect(Object.keys(out.comments[0]).sort()).toEqual(['author', 'id', 'isReply', 'parentId', 'permalink', 'text', 'time']);
    expect(out.comments[0].time).toBe('2025-12-25T00:00:00.000Z'); // "1w" before --now
    expect(out.comments[0].permalink).not.toContain('__cft__'); // tracking tokens dropped
    expect(out.warnings).toEqual([]);
  });

  test('Instagram page without --url: platform guessed from the markup, caption not a comment', async () => {
    const file = 'instagram-post-en-2026.html';
    const out = (await extractFile(join(FIXTURE_DIR, file), null)) as ExtractResult;
    expect(out.platform).toBe('instagram');
    expect(out.page?.id).toBe('francesca.bruno');
    expect(out.comments.map((c) => c.author)).toEqual(readTruth(file).comments!.map((c) => c.author));
    expect(out.comments.some((c) => c.text.startsWith('Didascalia'))).toBe(false);
  });

  test('comment links but nothing extracted: a warning for the maintainers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'galateo-extract-'));
    const file = join(dir, 'changed-markup.html');
    writeFileSync(file, '<html><body><div><a href="https://www.facebook.com/x?comment_id=123">x</a></div></body></html>');
    const out = (await extractFile(file, 'https://www.facebook.com/x/posts/1')) as ExtractResult;
    expect(out.comments).toEqual([]);
    expect(out.warnings).toContain('comment links found but no comments extracted');
  });

  test('unknown page: platform null with a warning', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'galateo-extract-'));
    const file = join(dir, 'other.html');
    writeFileSync(file, '<html><body><p>niente</p></body></html>');
    const out = (await extractFile(file, null)) as ExtractResult;
    expect(out).toMatchObject({ platform: null, page: null, comments: [] });
    expect(out.warnings.length).toBe(1);
  });

  test('Instagram Direct page: kind "direct" with the messages in order', async () => {
    const file = 'instagram-direct-en-2025.html';
    const truth = readTruth(file).messages!;
    for (const url of [null, 'https://www.instagram.com/direct/t/340282366841710300949128/']) {
      const out = (await extractFile(join(FIXTURE_DIR, file), url)) as DirectExtractResult;
      expect(out).toMatchObject({ platform: 'instagram', kind: 'direct', warnings: [] });
      expect(out.messages.map((m) => [m.fromSelf, m.fromSelf ? undefined : m.sender, m.text.slice(0, 40)])).toEqual(
        truth.map((m) => [m.fromSelf, m.sender, m.textPrefix]),
      );
      expect(Object.keys(out.messages[0]).sort()).toEqual(['fromSelf', 'id', 'quoted', 'sender', 'text', 'time']);
      if (url) expect(out.conversation?.id).toBe('340282366841710300949128');
    }
  });

  test('missing file: exit code 2 and a message in Italian and English', async () => {
    const err = await cli(['/nonexistent/page.html']).catch((e) => e);
    expect(err.code).toBe(2);
    expect(err.stderr).toContain('file non trovato');
    expect(err.stderr).toContain('file not found');
  });
});
