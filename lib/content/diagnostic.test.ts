// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sanitizeForDiagnostic } from './diagnostic';
import { facebookAdapter } from '../platforms/facebook';

const fixture = readFileSync(resolve('tests/fixtures/dom/facebook-post-loggedout-en-2025.html'), 'utf8');

describe('sanitizeForDiagnostic', () => {
  const doc = new DOMParser().parseFromString(fixture, 'text/html');
  const comments = facebookAdapter.findComments(doc);
  const names = comments.map((c) => c.author);
  const html = sanitizeForDiagnostic(doc.body, names);
  const out = new DOMParser().parseFromString(html, 'text/html');

  test('no author name, comment text or original long id survives', () => {
    expect(comments.length).toBe(10);
    for (const n of names) expect(html).not.toContain(n);
    for (const c of comments) expect(html).not.toContain(c.text.slice(0, 25));
    for (const c of comments) expect(html).not.toContain(`comment_id=${c.id}`);
  });

  test('the structure the adapter relies on is kept: it still finds every comment', () => {
    const again = facebookAdapter.findComments(out);
    expect(again.length).toBe(comments.length);
    expect(out.querySelectorAll('[role=article]').length).toBe(doc.querySelectorAll('[role=article]').length);
  });

  test('scripts, event handlers and our own UI are dropped; images become placeholders', () => {
    const d = document.createElement('div');
    d.innerHTML = '<img src="https://cdn.example/p.jpg" onerror="x()"><script>1</script><galateo-comment data-galateo>ui</galateo-comment><span>Reply</span>';
    const s = sanitizeForDiagnostic(d);
    expect(s).not.toMatch(/script|onerror|galateo|cdn\.example/);
    expect(s).toContain('Reply');
  });
});
