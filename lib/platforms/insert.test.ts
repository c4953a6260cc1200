// @vitest-environment happy-dom
// Unit level: textareas (React-style controlled) and contenteditables without an editor
// framework. The real Lexical editor is exercised in tests/browser/insert.test.ts (Chromium).
import { describe, expect, test } from 'vitest';
import { composerContains, insertReplyText, isComposerEmpty } from './insert';

/** A textarea that behaves like a React-controlled one: React tracks the last value it saw by
 * overriding `value` on the instance; assigning .value updates the tracker (so onChange never
 * fires), the prototype's native setter does not. */
function reactLikeTextarea() {
  const ta = document.createElement('textarea');
  document.body.appendChild(ta);
  const proto = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!;
  let tracked = '';
  Object.defineProperty(ta, 'value', {
    configurable: true,
    get() {
      return proto.get!.call(this);
    },
    set(v: string) {
      tracked = v;
      proto.set!.call(this, v);
    },
  });
  const changes: string[] = [];
  ta.addEventListener('input', () => {
    const v = proto.get!.call(ta) as string;
    if (v !== tracked) {
      tracked = v;
      changes.push(v);
    }
  });
  return { ta, changes };
}

describe('textarea (Instagram)', () => {
  test('native setter + input: the controlled component sees the change', async () => {
    const { ta, changes } = reactLikeTextarea();
    const r = await insertReplyText(ta, 'Gentile utente, la invitiamo a consultare www.inps.it');
    expect(r).toEqual({ ok: true, method: 'value-setter', actualText: 'Gentile utente, la invitiamo a consultare www.inps.it' });
    expect(changes).toEqual(['Gentile utente, la invitiamo a consultare www.inps.it']);
  });

  test('keeps an @mention already typed, appends after it', async () => {
    const { ta, changes } = reactLikeTextarea();
    ta.value = '@giulia.rossi ';
    const r = await insertReplyText(ta, 'Buongiorno!');
    expect(r.actualText).toBe('@giulia.rossi Buongiorno!');
    expect(changes).toEqual(['@giulia.rossi Buongiorno!']);
  });

  test('multi-line text and replace option', async () => {
    const { ta } = reactLikeTextarea();
    await insertReplyText(ta, 'prima');
    const r = await insertReplyText(ta, 'riga 1\nriga 2', { replace: true });
    expect(r.ok).toBe(true);
    expect(ta.value).toBe('riga 1\nriga 2');
  });

  test('a plain assignment would be lost (why the native setter is used)', () => {
    const { ta, changes } = reactLikeTextarea();
    ta.value = 'assegnato';
    ta.dispatchEvent(new Event('input', { bubbles: true }));
    expect(changes).toEqual([]);
  });
});

describe('contenteditable', () => {
  test('an editor that handles beforeinput (Lexical-like) gets the text once', async () => {
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    box.innerHTML = '<p><br></p>';
    document.body.appendChild(box);
    expect(isComposerEmpty(box)).toBe(true);
    let events = 0;
    box.addEventListener('beforeinput', (e) => {
      const ev = e as InputEvent;
      if (ev.inputType !== 'insertText') return;
      e.preventDefault();
      events++;
      // commit later, as Lexical does
      queueMicrotask(() => {
        box.innerHTML = `<p>${ev.data}</p>`;
      });
    });
    const r = await insertReplyText(box, 'Grazie della segnalazione.');
    expect(r).toMatchObject({ ok: true, method: 'beforeinput' });
    expect(events).toBe(1);
    expect(composerContains(box, 'Grazie della segnalazione.')).toBe(true);
  });

  test('multi-line text goes through a paste event with text/plain', async () => {
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    document.body.appendChild(box);
    let pasted: string | null = null;
    box.addEventListener('paste', (e) => {
      e.preventDefault();
      pasted = (e as ClipboardEvent).clipboardData?.getData('text/plain') ?? null;
      box.textContent = pasted;
    });
    const r = await insertReplyText(box, 'Riga uno\nRiga due');
    expect(pasted).toBe('Riga uno\nRiga due');
    expect(r).toMatchObject({ ok: true, method: 'paste' });
  });

  test('an editor that ignores the events: ok=false, nothing claimed', async () => {
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    document.body.appendChild(box);
    const r = await insertReplyText(box, 'testo', { timeoutMs: 20 });
    if (r.ok) expect(box.textContent).toContain('testo'); // an engine with execCommand
    else expect(r.method).toBe('none');
  });

  test('not a composer at all', async () => {
    const div = document.createElement('div');
    expect(await insertReplyText(div, 'x')).toMatchObject({ ok: false, method: 'none' });
  });
});
