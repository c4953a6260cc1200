// Puts a reply into the platform's composer the way the platform's own code expects it, then
// checks the editor really holds it. Never submits. On failure the UI offers "copy" instead.
//  - Facebook (and Instagram Direct): a Lexical contenteditable. Lexical keeps its own state and
//    rewrites the DOM from it, so text must arrive as input events: `beforeinput` insertText for
//    one line, a synthetic `paste` (DataTransfer text/plain) for several lines, and
//    execCommand('insertText') (trusted input events) when the editor ignores the synthetic one.
//  - Instagram comments: a React-controlled <textarea>: the native value setter + `input` makes
//    React see the change (assigning .value directly is swallowed by React's value tracker).

export interface InsertResult {
  ok: boolean;
  /** 'beforeinput' | 'paste' | 'execCommand' | 'value-setter' | 'none' */
  method: string;
  /** The composer's text after insertion (to show what happened). */
  actualText: string;
}

export interface InsertOptions {
  /** Replace what the composer holds instead of appending (default: append, keeping e.g. an @mention). */
  replace?: boolean;
  /** How long to wait for the editor to commit its update (ms). */
  timeoutMs?: number;
}

// Compared without whitespace: editors render line breaks as paragraphs, <br> or spaces.
const norm = (s: string) => s.replace(/[\s\u00a0\u200b\ufeff]+/g, '');

function editorText(box: HTMLElement): string {
  if (isTextField(box)) return box.value;
  // innerText follows rendering (paragraphs → newlines); textContent where layout is absent
  const t = (box as HTMLElement).innerText;
  // (DOM emulations without layout may return '' for innerText)
  return typeof t === 'string' && (t.trim() || !box.textContent?.trim()) ? t : (box.textContent ?? '');
}

function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
}

/** True if the composer shows only its placeholder (Lexical keeps an empty <p><br></p>). */
export function isComposerEmpty(box: HTMLElement): boolean {
  return norm(editorText(box)) === '';
}

/** Whether the composer's text contains `text` (whitespace-insensitive). */
export function composerContains(box: HTMLElement, text: string): boolean {
  return norm(editorText(box)).includes(norm(text));
}

const tick = (ms = 0) => new Promise<void>((r) => setTimeout(r, ms));

async function waitFor(cond: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  // Lexical commits in a microtask; React re-renders synchronously or in a task
  await Promise.resolve();
  if (cond()) return true;
  while (Date.now() < end) {
    await tick(5);
    if (cond()) return true;
  }
  return cond();
}

function placeCaret(box: HTMLElement, selectAll: boolean): void {
  const doc = box.ownerDocument;
  const sel = doc.getSelection?.();
  if (!sel) return;
  const range = doc.createRange();
  range.selectNodeContents(box);
  if (!selectAll) range.collapse(false);
  sel.removeAllRanges();
  sel.addRange(range);
}

function setTextFieldValue(box: HTMLTextAreaElement | HTMLInputElement, value: string): void {
  const win = box.ownerDocument.defaultView;
  const proto = box.tagName === 'TEXTAREA' ? win?.HTMLTextAreaElement?.prototype : win?.HTMLInputElement?.prototype;
  const setter = proto ? Object.getOwnPropertyDescriptor(proto, 'value')?.set : undefined;
  if (setter) setter.call(box, value);
  else box.value = value;
}

function insertIntoTextField(box: HTMLTextAreaElement | HTMLInputElement, text: string, replace: boolean): InsertResult {
  box.focus();
  const current = box.value;
  const sep = current && !/\s$/.test(current) ? ' ' : '';
  const next = replace || !current.trim() ? text : current + sep + text;
  setTextFieldValue(box, next);
  const win = box.ownerDocument.defaultView;
  const InputEv = win?.InputEvent ?? InputEvent;
  box.dispatchEvent(new InputEv('input', { bubbles: true, cancelable: false, inputType: 'insertText', data: text }));
  try {
    box.setSelectionRange(next.length, next.length);
  } catch {
    /* some inputs do not support selection */
  }
  return { ok: box.value.includes(text), method: 'value-setter', actualText: box.value };
}

function dispatchBeforeInput(box: HTMLElement, text: string): boolean {
  const win = box.ownerDocument.defaultView;
  const InputEv = win?.InputEvent ?? InputEvent;
  const ev = new InputEv('beforeinput', { bubbles: true, cancelable: true, composed: true, inputType: 'insertText', data: text });
  box.dispatchEvent(ev);
  return ev.defaultPrevented;
}

function dispatchPaste(box: HTMLElement, text: string): boolean {
  const win = box.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const DT = win?.DataTransfer ?? (typeof DataTransfer !== 'undefined' ? DataTransfer : undefined);
  const CE = win?.ClipboardEvent ?? (typeof ClipboardEvent !== 'undefined' ? ClipboardEvent : undefined);
  if (!DT || !CE) return false;
  let dt: DataTransfer;
  try {
    dt = new DT();
    dt.setData('text/plain', text);
  } catch {
    return false;
  }
  let ev: ClipboardEvent;
  try {
    ev = new CE('paste', { bubbles: true, cancelable: true, composed: true, clipboardData: dt });
  } catch {
    return false;
  }
  // some engines ignore clipboardData in the constructor
  if (!ev.clipboardData) {
    try {
      Object.defineProperty(ev, 'clipboardData', { value: dt });
    } catch {
      return false;
    }
  }
  box.dispatchEvent(ev);
  return ev.defaultPrevented;
}

function execInsert(box: HTMLElement, text: string): boolean {
  const doc = box.ownerDocument as Document & { execCommand?: (c: string, ui?: boolean, v?: string) => boolean };
  if (typeof doc.execCommand !== 'function') return false;
  try {
    const lines = text.split('\n');
    let ok = true;
    lines.forEach((line, i) => {
      if (i > 0) ok = doc.execCommand!('insertParagraph', false) && ok;
      if (line) ok = doc.execCommand!('insertText', false, line) && ok;
    });
    return ok;
  } catch {
    return false;
  }
}

/**
 * Inserts `text` into a composer (textarea, input or contenteditable/Lexical) and verifies it.
 * Asynchronous because Lexical commits its DOM in a microtask after the event.
 */
export async function insertReplyText(box: HTMLElement, text: string, opts: InsertOptions = {}): Promise<InsertResult> {
  const timeoutMs = opts.timeoutMs ?? 300;
  if (!text) return { ok: false, method: 'none', actualText: editorText(box) };
  if (isTextField(box)) return insertIntoTextField(box, text, opts.replace ?? false);
  if (!box.isContentEditable && box.getAttribute('contenteditable') !== 'true') {
    return { ok: false, method: 'none', actualText: editorText(box) };
  }
  box.focus();
  const empty = isComposerEmpty(box);
  placeCaret(box, empty || !!opts.replace);
  // let the editor see the selection (selectionchange is dispatched asynchronously)
  await tick();
  const before = editorText(box);
  // appending to existing text (an @mention, an earlier insert): keep a space between
  if (!empty && !opts.replace && before.trim() && !/\s$/.test(before.replace(/[\u200b\ufeff]/g, ''))) text = ' ' + text;
  const multiLine = text.includes('\n');
  const changed = () => editorText(box) !== before;
  const contains = () => composerContains(box, text);

  // 1. the event the editor handles itself
  const handled = multiLine ? dispatchPaste(box, text) : dispatchBeforeInput(box, text);
  const method1 = multiLine ? 'paste' : 'beforeinput';
  if (handled) {
    if (await waitFor(contains, timeoutMs)) return { ok: true, method: method1, actualText: editorText(box) };
    // the editor took the event but holds something else: do not insert a second copy
    if (changed()) return { ok: false, method: method1, actualText: editorText(box) };
  }
  // 2. trusted input events through the browser's editing commands
  placeCaret(box, (empty && !changed()) || !!opts.replace);
  await tick();
  if (execInsert(box, text) && (await waitFor(contains, timeoutMs))) {
    return { ok: true, method: 'execCommand', actualText: editorText(box) };
  }
  return { ok: contains(), method: changed() ? 'execCommand' : 'none', actualText: editorText(box) };
}
