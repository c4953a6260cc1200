// @vitest-environment happy-dom
// Which page/account a URL belongs to (for the per-page profile), and which adapter handles it.
import { describe, expect, test } from 'vitest';
import { adapterFor } from './index';
import { facebookAdapter } from './facebook';
import { instagramAdapter } from './instagram';
import { isDirectUrl } from './instagram-direct';

describe('adapterFor', () => {
  test.each([
    ['https://www.facebook.com/INPS.per.la.Famiglia/posts/pfbid0abc', 'facebook'],
    ['https://web.facebook.com/photo/?fbid=1', 'facebook'],
    ['https://m.facebook.com/story.php?story_fbid=1&id=2', 'facebook'],
    ['https://www.instagram.com/p/ABC/', 'instagram'],
    ['https://www.instagram.com/direct/t/123/', 'instagram'],
    ['https://www.inps.it/', null],
    ['https://facebook.com.example.org/', null],
    ['https://notfacebook.com/', null],
  ])('%s → %s', (url, platform) => {
    expect(adapterFor(new URL(url))?.platform ?? null).toBe(platform);
  });
});

describe('detectPage from the URL', () => {
  test.each([
    ['https://www.facebook.com/INPS.per.la.Famiglia/posts/pfbid0abc?comment_id=1', { id: 'INPS.per.la.Famiglia', postId: 'pfbid0abc' }],
    ['https://www.facebook.com/permalink.php?story_fbid=111&id=222', { id: '222', postId: '111' }],
    ['https://www.facebook.com/groups/genitori.roma/posts/333/', { id: 'groups/genitori.roma', postId: '333' }],
    ['https://www.facebook.com/photo/?fbid=444&set=a.5', { id: null, postId: '444' }],
    ['https://www.facebook.com/INPS.per.la.Famiglia', { id: 'INPS.per.la.Famiglia', postId: null }],
  ])('facebook %s', (url, want) => {
    expect(facebookAdapter.detectPage(document, new URL(url))).toMatchObject({ platform: 'facebook', ...want });
  });

  test.each([
    ['https://www.instagram.com/p/DGDfaBMSnL6/', { postId: 'DGDfaBMSnL6' }],
    ['https://www.instagram.com/inps_official/p/DGDfaBMSnL6/?img_index=1', { id: 'inps_official', postId: 'DGDfaBMSnL6' }],
    ['https://www.instagram.com/reel/C1a2B3/', { postId: 'C1a2B3' }],
    ['https://www.instagram.com/inps_official/', { id: 'inps_official', postId: null }],
  ])('instagram %s', (url, want) => {
    expect(instagramAdapter.detectPage(document, new URL(url))).toMatchObject({ platform: 'instagram', ...want });
  });

  test('other sites: null', () => {
    expect(facebookAdapter.detectPage(document, new URL('https://www.instagram.com/p/X/'))).toBeNull();
    expect(instagramAdapter.detectPage(document, new URL('https://www.facebook.com/x'))).toBeNull();
  });

  test('Direct URLs', () => {
    expect(isDirectUrl(new URL('https://www.instagram.com/direct/t/123/'))).toBe(true);
    expect(isDirectUrl(new URL('https://www.instagram.com/direct/inbox/'))).toBe(true);
    expect(isDirectUrl(new URL('https://www.instagram.com/directory/'))).toBe(false);
    expect(isDirectUrl(new URL('https://www.facebook.com/direct/t/1'))).toBe(false);
  });
});
