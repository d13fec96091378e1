/**
 * LinkedIn replica (Quill). Routes: /feed/ ("Start a post" opens the share box dialog; a feed update with
 * a comment box whose Comment button appears once there is text: two boxes with the dialog open),
 * /feed/update/urn:li:activity:1/ (SPA, a new comment box), /signup (email-address).
 */
import 'quill/dist/quill.core.css';
import '../shared/style.css';
import Quill from 'quill';
import { h, onRoute, prevent, recordPost, spaLink } from '../shared/runtime.js';

const mount = document.getElementById('main-outlet');

function quillBox(container, placeholder) {
  const quill = new Quill(container, { placeholder, modules: { toolbar: false } });
  quill.root.setAttribute('role', 'textbox');
  quill.root.setAttribute('aria-multiline', 'true');
  quill.root.setAttribute('aria-label', 'Text editor for creating content');
  // LinkedIn posts the editor's text without Quill's final newline.
  const getText = () => quill.getText().replace(/\n$/, '');
  return { quill, getText };
}

function shareBox(close) {
  const editorHost = h('div', { class: 'editor-container' });
  const dialog = h(
    'div',
    {
      role: 'dialog',
      class: 'artdeco-modal share-box',
      'aria-labelledby': 'share-to-linkedin-modal__header',
    },
    h('h2', { id: 'share-to-linkedin-modal__header' }, 'Create a post'),
    h('div', { class: 'share-creation-state__text-editor' }, editorHost),
  );
  mount.append(dialog);
  const { getText } = quillBox(editorHost, 'What do you want to talk about?');
  dialog.append(
    h(
      'div',
      { class: 'share-box_actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'share-actions__primary-action artdeco-button artdeco-button--primary',
          onclick: () => {
            const text = getText();
            if (!text.trim()) return;
            recordPost(text);
            close();
          },
        },
        h('span', { class: 'artdeco-button__text' }, 'Post'),
      ),
    ),
  );
  return dialog;
}

function commentBox(parent) {
  const editorHost = h('div', { class: 'editor-container' });
  const form = h(
    'form',
    { class: 'comments-comment-box__form', onsubmit: (e) => e.preventDefault() },
    h('div', { class: 'comments-comment-texteditor' }, editorHost),
  );
  const wrapper = h('div', { class: 'comments-comment-box comments-comment-box--cr' }, form);
  parent.append(wrapper);
  // Quill mounts once the view is in the document (render() appends it synchronously).
  queueMicrotask(() => mountComment(editorHost, form));
}

function mountComment(editorHost, form) {
  const { quill, getText } = quillBox(editorHost, 'Add a comment…');
  let button = null;
  quill.on('text-change', () => {
    const has = getText().trim() !== '';
    if (has && !button) {
      button = h(
        'button',
        {
          type: 'submit',
          class: 'comments-comment-box__submit-button--cr artdeco-button artdeco-button--primary',
          onclick: () => {
            const text = getText();
            if (!text.trim()) return;
            recordPost(text);
            quill.setText('');
          },
        },
        'Comment',
      );
      form.append(button);
    } else if (!has && button) {
      button.remove();
      button = null;
    }
  });
}

function feed() {
  const main = h('main', { id: 'main', class: 'scaffold-layout__main' });
  let dialog = null;
  main.append(
    h(
      'div',
      { class: 'share-box-feed-entry__closed-share-box' },
      h(
        'button',
        {
          type: 'button',
          class: 'share-box-feed-entry__trigger',
          onclick: () => {
            if (dialog) return;
            dialog = shareBox(() => {
              dialog?.remove();
              dialog = null;
            });
          },
        },
        'Start a post',
      ),
    ),
  );
  const update = h(
    'div',
    { class: 'feed-shared-update-v2', 'data-urn': 'urn:li:activity:1' },
    h('p', {}, 'Pat: Proud of our team this quarter.'),
    spaLink('/feed/update/urn:li:activity:1/', 'Open post'),
  );
  main.append(update);
  commentBox(update);
  return main;
}

function updatePage() {
  const main = h('main', { id: 'main' }, h('p', {}, 'Pat: Proud of our team this quarter.'));
  commentBox(main);
  return main;
}

function signup() {
  const form = h(
    'form',
    { onsubmit: prevent(() => recordPost(form.elements['email-address'].value)) },
    h('label', { for: 'email-address' }, 'Email'),
    h('input', { id: 'email-address', name: 'email-address', type: 'text', autocomplete: 'email' }),
    h('input', { id: 'password', name: 'password', type: 'password' }),
    h('button', { type: 'submit', id: 'join-form-submit' }, 'Agree & Join'),
  );
  return h('main', {}, form);
}

function render() {
  const p = location.pathname;
  mount.replaceChildren();
  if (p.startsWith('/signup')) mount.append(signup());
  else if (p.startsWith('/feed/update/')) mount.append(updatePage());
  else {
    mount.append(feed());
  }
}

onRoute(render);
render();
