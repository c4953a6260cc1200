// The popup's "this page is…" picker: after assignPage, detectPageProfile recognises the tab as the chosen profile.
import { describe, expect, test } from 'vitest';
import { assignPage, assignmentFor, defaultSettings, detectPageProfile, parseSettings, type PageInfo } from './index';

const s = defaultSettings();

// Tabs no profile of the default pack recognises, as the adapters describe them (platform, url, name, id).
const UNKNOWN: [string, PageInfo, string][] = [
  ['slug in the post URL', { platform: 'facebook', url: 'https://www.facebook.com/galateo.fixture/posts/pfbid0fixture2025', pageName: 'Galateo Fixture', pageId: 'galateo.fixture' }, 'inps-giovani'],
  ['numeric id (profile.php)', { platform: 'facebook', url: 'https://www.facebook.com/profile.php?id=100064000000001', pageName: null, pageId: '100064000000001' }, 'inps-credito-welfare'],
  ['photo URL: only the name', { platform: 'facebook', url: 'https://www.facebook.com/photo/?fbid=1&set=a.2', pageName: 'Sede INPS di Prova', pageId: null }, 'inps-per-la-famiglia'],
  ['name with the verified badge label', { platform: 'facebook', url: 'https://www.facebook.com/photo/?fbid=1', pageName: 'Sede INPS di Prova Verified account', pageId: null }, 'inps-per-la-famiglia'],
  ['Instagram handle', { platform: 'instagram', url: 'https://www.instagram.com/inps_prova/', pageName: 'inps_prova', pageId: 'inps_prova' }, 'inps-social-instagram'],
  ['no id, account URL', { platform: 'instagram', url: 'https://www.instagram.com/inps_prova2/reels/', pageName: null, pageId: null }, 'inps-social-instagram'],
];

describe('assignPage', () => {
  test.each(UNKNOWN)('%s: unknown before, recognised after, document still valid', (_, info, target) => {
    expect(s.pages[target]).toBeTruthy();
    expect(detectPageProfile(s, info)).toBeNull();
    const next = assignPage(s, target, info);
    expect(detectPageProfile(next, info)?.id).toBe(target);
    expect(parseSettings(JSON.parse(JSON.stringify(next))).ok).toBe(true);
    // Pure: the input document is untouched.
    expect(detectPageProfile(s, info)).toBeNull();
  });

  test('a second post of the same page is recognised too (URL prefix, not the whole URL)', () => {
    const next = assignPage(s, 'inps-giovani', UNKNOWN[0][1]);
    expect(detectPageProfile(next, { platform: 'facebook', url: 'https://www.facebook.com/galateo.fixture/posts/pfbid0another', pageName: null, pageId: null })?.id).toBe('inps-giovani');
    expect(detectPageProfile(next, { platform: 'facebook', url: 'https://www.facebook.com/galateo.fixture.other/', pageName: null, pageId: null })).toBeNull();
  });

  test('assigning twice adds nothing the second time', () => {
    const once = assignPage(s, 'inps-giovani', UNKNOWN[0][1]);
    const twice = assignPage(once, 'inps-giovani', UNKNOWN[0][1]);
    expect(twice.pages['inps-giovani'].match).toEqual(once.pages['inps-giovani'].match);
    const before = s.pages['inps-giovani'].match;
    const after = once.pages['inps-giovani'].match;
    expect(after.urlPatterns.length + after.names.length + after.ids.length).toBe(before.urlPatterns.length + before.names.length + before.ids.length + 2);
  });

  test('refuses another platform, an unknown profile, and a tab with nothing to recognise it by', () => {
    expect(() => assignPage(s, 'inps-social-instagram', UNKNOWN[0][1])).toThrow(/instagram/);
    expect(() => assignPage(s, 'no-such-page', UNKNOWN[0][1])).toThrow(/no-such-page/);
    expect(() => assignPage(s, 'inps-giovani', { platform: 'facebook', url: 'https://www.facebook.com/photo/?fbid=1', pageName: null, pageId: null })).toThrow(/Nothing/);
  });

  test('assignmentFor: post routes are never taken for an account', () => {
    expect(assignmentFor({ platform: 'instagram', url: 'https://www.instagram.com/p/Cfixture2025/', pageName: null, pageId: null })).toEqual({ ids: [], urlPatterns: [], names: [] });
    expect(assignmentFor({ platform: 'facebook', url: 'https://www.facebook.com/permalink.php?story_fbid=1&id=2', pageName: null, pageId: null }).urlPatterns).toEqual([]);
  });
});
