// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { rangesFor } from './highlight';

function el(html: string): Element {
  const d = document.createElement('div');
  d.innerHTML = html; // test-controlled markup only
  document.body.append(d);
  return d;
}

describe('rangesFor maps evidence spans of the extracted text onto the page text nodes', () => {
  test.each([
    {
      name: 'one paragraph',
      html: '<div dir="auto">Ma che schifo di servizio</div>',
      text: 'Ma che schifo di servizio',
      span: [7, 13],
      want: 'schifo',
    },
    {
      name: 'paragraphs joined with a newline that has no text node',
      html: '<div><div dir="auto">Primo paragrafo.</div><div dir="auto">Il mio IBAN è IT60X0542811101000000123456</div></div>',
      text: 'Primo paragrafo.\nIl mio IBAN è IT60X0542811101000000123456',
      span: [31, 58],
      want: 'IT60X0542811101000000123456',
    },
    {
      name: 'evidence split across inline elements',
      html: '<div>Chiama il <b>347</b> 123 4567 subito</div>',
      text: 'Chiama il 347 123 4567 subito',
      span: [10, 22],
      want: '347 123 4567',
    },
    {
      name: 'a leading mention in the element but not at the same offset',
      html: '<div><a>Marco Bruno</a> sei un idiota</div>',
      text: 'sei un idiota',
      span: [7, 13],
      want: 'idiota',
    },
  ])('$name', ({ html, text, span, want }) => {
    const root = el(html);
    const [r] = rangesFor(root, text, [{ start: span[0], end: span[1] }]);
    expect(r).toBeDefined();
    expect(r.toString()).toBe(want);
  });

  test('our own UI inside the comment is never part of the mapping', () => {
    const root = el('<div>testo <span data-galateo>badge 3</span>volgare</div>');
    const [r] = rangesFor(root, 'testo volgare', [{ start: 6, end: 13 }]);
    expect(r.toString()).toBe('volgare');
  });

  test('spans outside the text give no range instead of throwing', () => {
    const root = el('<div>breve</div>');
    expect(rangesFor(root, 'breve', [{ start: 50, end: 60 }])).toEqual([]);
  });
});
