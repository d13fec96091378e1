/**
 * A Lexical plain-text editor as Facebook, Threads and Reddit mount it (vanilla: createEditor +
 * setRootElement; Lexical itself adds data-lexical-editor="true"). Enter handling per platform.
 */
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerPlainText } from '@lexical/plain-text';
import {
  $createParagraphNode,
  $getRoot,
  COMMAND_PRIORITY_HIGH,
  createEditor,
  KEY_ENTER_COMMAND,
} from 'lexical';
import { h, isModEnter, isPlainEnter } from './runtime.js';

/**
 * attrs: attributes of the contenteditable (aria-label, ...). enter: 'newline' | 'submit' (plain Enter
 * posts, Shift+Enter is a line break). modEnter: Ctrl/Cmd+Enter posts. onSubmit(text) is called by the keys.
 */
export function lexicalBox({ attrs = {}, placeholder = '', enter = 'newline', modEnter = false, onSubmit }) {
  const root = h('div', { contenteditable: 'true', role: 'textbox', spellcheck: 'true', ...attrs });
  const ph = h('div', { class: 'placeholder', 'aria-hidden': 'true' }, placeholder);
  const wrapper = h('div', { class: 'box', style: 'position: relative' }, ph, root);
  const editor = createEditor({
    namespace: attrs['aria-label'] || 'replica',
    onError: (e) => {
      throw e;
    },
  });
  editor.setRootElement(root);
  registerPlainText(editor);
  registerHistory(editor, createEmptyHistoryState(), 300);
  const getText = () => editor.getEditorState().read(() => $getRoot().getTextContent());
  editor.registerUpdateListener(() => {
    ph.style.display = getText() ? 'none' : '';
  });
  editor.registerCommand(
    KEY_ENTER_COMMAND,
    (event) => {
      if (!event) return false;
      if ((enter === 'submit' && isPlainEnter(event)) || (modEnter && isModEnter(event))) {
        event.preventDefault();
        onSubmit?.(getText());
        return true;
      }
      return false;
    },
    COMMAND_PRIORITY_HIGH,
  );
  const clear = () =>
    editor.update(() => {
      const r = $getRoot();
      r.clear();
      r.append($createParagraphNode());
    });
  return { element: wrapper, root, editor, getText, clear };
}
