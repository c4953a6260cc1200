// Selectors are data: valid as shipped, round-trip through JSON, bad updates rejected with a reason.
import { describe, expect, test } from 'vitest';
import { FACEBOOK_SELECTORS } from './facebook';
import { INSTAGRAM_DIRECT_SELECTORS, INSTAGRAM_SELECTORS, DirectSelectorsSchema } from './instagram';
import { anyOf, PlatformSelectorsSchema } from './schema';

describe.each([
  ['facebook', FACEBOOK_SELECTORS],
  ['instagram', INSTAGRAM_SELECTORS],
])('%s selectors', (_name, sel) => {
  test('round-trip through JSON unchanged', () => {
    expect(PlatformSelectorsSchema.parse(JSON.parse(JSON.stringify(sel)))).toEqual(sel);
  });

  test('no class-name selectors (obfuscated classes change every release)', () => {
    const css = [sel.commentRoot, sel.commentLink, sel.textBlock, sel.control, sel.composer, sel.composerScope, sel.notText].join(' ');
    expect(css).not.toMatch(/\.[a-z_][\w-]*/i);
    expect(css).not.toMatch(/\[class/);
  });

  test('a bad regular expression is refused with a bilingual reason', () => {
    const bad = { ...sel, labels: { ...sel.labels, moreComments: ['(unclosed'] } };
    const r = PlatformSelectorsSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('espressione regolare non valida');
  });

  test('missing fields are refused', () => {
    const { composer: _c, ...rest } = sel;
    expect(PlatformSelectorsSchema.safeParse(rest).success).toBe(false);
  });
});

test('Direct selectors round-trip', () => {
  expect(DirectSelectorsSchema.parse(JSON.parse(JSON.stringify(INSTAGRAM_DIRECT_SELECTORS)))).toEqual(INSTAGRAM_DIRECT_SELECTORS);
});

describe('labels cover English, Spanish and Italian', () => {
  test.each([
    ['View 3 more comments', true],
    ['View previous comments', true],
    ['Ver más comentarios', true],
    ['Ver comentarios anteriores', true],
    ['Visualizza altri 3 commenti', true],
    ['Visualizza commenti precedenti', true],
    ['Ver más', false],
    ['See more', false],
    ['Most relevant', false],
  ])('facebook more comments: %s', (label, expected) => {
    expect(anyOf(FACEBOOK_SELECTORS.labels.moreComments)(label)).toBe(expected);
  });
  test.each([
    ['Comment by Giulia Rossi a week ago', true],
    ['Comentario de Giulia Rossi hace 10 horas', true],
    ['Commento di Giulia Rossi una settimana fa', true],
    ['Giulia Rossi', false],
  ])('facebook comment label: %s', (label, expected) => {
    expect(anyOf(FACEBOOK_SELECTORS.labels.commentBy)(label)).toBe(expected);
  });
  test.each([
    ['View all 5 replies', true],
    ['View replies (1)', true],
    ['Ver las 5 respuestas', true],
    ['Visualizza tutte le 5 risposte', true],
    ['Visualizza risposte (1)', true],
    ['Reply', false],
  ])('instagram more replies: %s', (label, expected) => {
    expect(anyOf(INSTAGRAM_SELECTORS.labels.moreReplies)(label)).toBe(expected);
  });
});
