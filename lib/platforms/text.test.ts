// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { rangeForSpan, serializeText } from './text';
import { GALATEO_ATTR } from './types';

function el(html: string): HTMLElement {
  const d = document.createElement('div');
  d.innerHTML = html; // static test markup
  document.body.appendChild(d);
  return d.firstElementChild as HTMLElement;
}

describe('serializeText', () => {
  test('paragraph wrappers become newlines; emoji images their alt; no trailing spaces', () => {
    const root = el(
      '<span dir="auto"><div><div dir="auto">Marco Bruno </div></div><div><div dir="auto">Ciao <img alt="❤️"> a tutti</div><div dir="auto">seconda riga<div role="button">See more</div></div></div></span>',
    );
    expect(serializeText(root).text).toBe('Marco Bruno\nCiao ❤️ a tutti\nseconda riga');
  });

  test('br, decorative images, buttons and our own nodes are handled', () => {
    const root = el(`<h1 dir="auto">riga uno<br><br>riga due <img alt=""><img alt="Profile picture of x"><span ${GALATEO_ATTR}="1">BADGE</span></h1>`);
    expect(serializeText(root).text).toBe('riga uno\nriga due');
  });

  test('ranges map offsets back onto the host text nodes, across paragraphs and emoji', () => {
    const root = el('<span><div dir="auto">Prima riga</div><div dir="auto">vai a <img alt="🔗"> quel paese</div></span>');
    const s = serializeText(root);
    expect(s.text).toBe('Prima riga\nvai a 🔗 quel paese');
    const check = (needle: string) => {
      const start = s.text.indexOf(needle);
      const r = rangeForSpan(root, { start, end: start + needle.length }, s)!;
      expect(r).not.toBeNull();
      return r.toString();
    };
    expect(check('riga')).toBe('riga');
    expect(check('quel paese')).toBe('quel paese');
    expect(check('riga\nvai')).toBe('rigavai'); // the newline is synthetic: no text node holds it
    const span = { start: s.text.indexOf('🔗'), end: s.text.indexOf('🔗') + 2 };
    const r = rangeForSpan(root, span, s)!;
    expect(r.cloneContents().querySelector('img')?.getAttribute('alt')).toBe('🔗');
    expect(rangeForSpan(root, { start: 5, end: 5 })).toBeNull();
    expect(rangeForSpan(root, { start: 500, end: 600 })).toBeNull();
  });
});

describe('textExpanders', () => {
  test('"See more" inside the text is found, in any language; nothing in a full text', async () => {
    const { textExpanders } = await import('./text');
    const cut = el('<span dir="auto"><div dir="auto">Un testo lungo che continua…<div role="button" tabindex="0">Altro</div></div></span>');
    expect(textExpanders(cut).map((b) => b.textContent)).toEqual(['Altro']);
    expect(serializeText(cut).text).toBe('Un testo lungo che continua…');
    const full = el('<span dir="auto"><div dir="auto">Testo completo.</div></span>');
    expect(textExpanders(full)).toEqual([]);
  });
});
