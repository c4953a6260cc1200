// Runs in the PAGE (main world) of the demo and of browser tests: turns the inert composer copies into
// real Lexical plain-text editors, as Facebook's are, so inserted text is checked against the editor's own state.
import { createEditor, $getRoot, type LexicalEditor } from 'lexical';
import { registerPlainText } from '@lexical/plain-text';

declare global {
  interface Window {
    __galateoEditors: Map<Element, LexicalEditor>;
    __lexicalText(el?: Element | null): string | null;
  }
}

window.__galateoEditors = new Map();
function mount(el: HTMLElement) {
  if (window.__galateoEditors.has(el)) return;
  el.innerHTML = '';
  const editor = createEditor({ namespace: 'fb-composer', onError: (e) => console.error(e) });
  editor.setRootElement(el);
  registerPlainText(editor);
  window.__galateoEditors.set(el, editor);
}
window.__lexicalText = (el) => {
  const target = el ?? document.querySelector('[data-lexical-editor]');
  const editor = target && window.__galateoEditors.get(target);
  if (!editor) return null;
  return editor.getEditorState().read(() => $getRoot().getTextContent());
};
const scan = () => document.querySelectorAll<HTMLElement>('[data-lexical-editor="true"]').forEach(mount);
scan();
new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
