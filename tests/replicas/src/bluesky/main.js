/**
 * Bluesky replica (TipTap/ProseMirror). Routes: / (feed; `composeFAB` opens the composer dialog),
 * /profile/alice.test/post/3kabc (SPA post page; "Write your reply" opens the composer as a reply, rendered
 * late), /signup (emailInput), /profile/edit (display name, description). Post with
 * `composePostButton` or Ctrl/Cmd+Enter; Enter starts a new paragraph, Shift+Enter a line break.
 */
import '../shared/style.css';
import { Editor, Extension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { h, later, onRoute, recordPost, spaLink } from '../shared/runtime.js';

const root = document.getElementById('root');
let dialog = null;

function closeComposer() {
  dialog?.editor.destroy();
  dialog?.el.remove();
  dialog = null;
}

function openComposer(replyTo) {
  if (dialog) return;
  const host = h('div', { 'data-testid': 'composerTextInput' });
  // Bluesky joins paragraphs with one newline; hard breaks are newlines too.
  const getText = () => editor.getText({ blockSeparator: '\n' });
  const post = () => {
    const text = getText();
    if (!text.trim()) return true;
    recordPost(text);
    closeComposer();
    return true;
  };
  const editor = new Editor({
    element: host,
    extensions: [
      StarterKit.configure({ heading: false, codeBlock: false, blockquote: false, horizontalRule: false }),
      Extension.create({ name: 'postShortcut', addKeyboardShortcuts: () => ({ 'Mod-Enter': post }) }),
    ],
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-label': 'Rich-Text Editor',
        'aria-multiline': 'true',
        'data-placeholder': replyTo ? 'Write your reply' : "What's up?",
      },
    },
  });
  const el = h(
    'div',
    { role: 'dialog', 'aria-modal': 'true', 'aria-label': replyTo ? 'Reply' : 'New post' },
    h(
      'div',
      {},
      h(
        'button',
        { type: 'button', 'data-testid': 'composerDiscardButton', onclick: closeComposer },
        'Cancel',
      ),
      h(
        'button',
        { type: 'button', 'data-testid': 'composePostButton', 'aria-label': 'Publish post', onclick: post },
        replyTo ? 'Reply' : 'Post',
      ),
    ),
    replyTo ? h('div', {}, `Replying to ${replyTo}`) : null,
    host,
  );
  document.body.append(el);
  dialog = { el, editor };
  editor.commands.focus();
}

function feed() {
  return h(
    'main',
    {},
    h(
      'button',
      {
        type: 'button',
        'data-testid': 'composeFAB',
        'aria-label': 'New post',
        onclick: () => openComposer(),
      },
      '+',
    ),
    h(
      'div',
      { 'data-testid': 'feedItem-by-alice.test' },
      'alice: hello from the sky',
      ' ',
      spaLink('/profile/alice.test/post/3kabc', 'Open post'),
    ),
  );
}

function postPage() {
  const main = h('main', {}, h('div', {}, 'alice: hello from the sky'), h('p', {}, 'Loading…'));
  later(300).then(() => {
    if (!main.isConnected) return;
    main.lastChild.replaceWith(
      h(
        'button',
        { type: 'button', 'data-testid': 'replyPromptBtn', onclick: () => openComposer('@alice.test') },
        'Write your reply',
      ),
    );
  });
  return main;
}

function signup() {
  const email = h('input', {
    'data-testid': 'emailInput',
    type: 'email',
    autocomplete: 'email',
    'aria-label': 'Email',
  });
  return h(
    'main',
    {},
    h('h1', {}, 'Create account'),
    email,
    h('button', { type: 'button', 'data-testid': 'nextBtn', onclick: () => recordPost(email.value) }, 'Next'),
  );
}

function editProfile() {
  const name = h('input', { 'data-testid': 'editProfileDisplayNameInput', 'aria-label': 'Display name' });
  const desc = h('textarea', { 'data-testid': 'editProfileDescriptionInput', 'aria-label': 'Description' });
  return h(
    'div',
    { role: 'dialog', 'aria-label': 'Edit profile' },
    name,
    desc,
    h(
      'button',
      {
        type: 'button',
        'data-testid': 'editProfileSaveBtn',
        onclick: () => {
          recordPost(name.value);
          recordPost(desc.value);
        },
      },
      'Save',
    ),
  );
}

function render() {
  closeComposer();
  const p = location.pathname;
  let view;
  if (p.startsWith('/signup')) view = signup();
  else if (p.startsWith('/profile/edit')) view = editProfile();
  else if (/^\/profile\/[^/]+\/post\//.test(p)) view = postPage();
  else view = feed();
  root.replaceChildren(view);
}

onRoute(render);
render();
