import { describe, expect, test } from 'vitest';
import { defaultSettings, detectPageProfile, parseSettings } from '../../lib/settings';
import { addPage } from './PagesSection';
import { addTopic, deleteTopic } from './TopicsSection';
import { parseAdditions } from './OtherSections';
import { previewTemplate } from './TemplatesSection';

const valid = (s: unknown) => parseSettings(JSON.parse(JSON.stringify(s)));

describe('options edits keep the document valid', () => {
  test('a new page is recognised by its name', () => {
    const s = addPage(defaultSettings(), { id: 'inps-test', platform: 'instagram', name: 'inps_test' });
    expect(valid(s).ok).toBe(true);
    expect(detectPageProfile(s, { platform: 'instagram', url: 'https://www.instagram.com/p/X/', pageName: 'inps_test' })?.id).toBe('inps-test');
  });

  test('a new topic with an unknown URL gets its own link to verify; a known URL reuses the entry', () => {
    const s = addTopic(defaultSettings(), { id: 'nuovo', it: 'Nuovo', en: '', keywords: ['nuovo bonus'], url: 'https://www.inps.it/it/it/nuovo.html', reply: 'Ciao {{nome}}', pageId: 'inps-giovani' });
    expect(valid(s).ok).toBe(true);
    expect(s.links.nuovo).toMatchObject({ confidence: 'low', url: 'https://www.inps.it/it/it/nuovo.html' });
    expect(s.topics.nuovo.label.en).toBe('Nuovo');
    expect(s.pages['inps-giovani'].topics).toContain('nuovo');
    const t = addTopic(defaultSettings(), { id: 'x', it: 'X', en: 'X', keywords: ['x'], url: defaultSettings().links.myinps.url, reply: '', pageId: null });
    expect(t.topics.x.linkId).toBe('myinps');
    expect(t.templates['x-it']).toBeUndefined();
  });

  test('a topic link to the back end is refused by validation', () => {
    const s = addTopic(defaultSettings(), { id: 'y', it: 'Y', en: 'Y', keywords: ['y'], url: 'https://www.inps.it/content/inps-site/it/it/y.html', reply: '', pageId: null });
    const r = valid(s);
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(['links.y.url']);
  });

  test('deleting a topic removes it from pages and its templates', () => {
    const s = deleteTopic(defaultSettings(), 'bonus-nido');
    expect(valid(s).ok).toBe(true);
    expect(s.pages['inps-per-la-famiglia'].topics).not.toContain('bonus-nido');
    expect(Object.values(s.templates).some((t) => t.topic === 'bonus-nido')).toBe(false);
  });

  test('lexicon lines', () => {
    expect(parseAdditions('scemo; insult\nporcaccia\n\nbad; nope')).toEqual({
      additions: [{ term: 'scemo', category: 'insult' }, { term: 'porcaccia', category: 'vulgar' }],
      bad: ['bad; nope'],
    });
  });

  test('template preview uses a sample name, the topic and the tracked link', () => {
    const s = defaultSettings();
    const p = previewTemplate(s, s.templates['naspi-it']);
    expect(p.text).toMatch(/^Ciao Maria, /);
    expect(p.text).toContain('naspi-indennit-mensile-di-disoccupazione.html?utm_source=facebook&utm_medium=social');
    expect(p.unknown).toEqual([]);
  });
});
