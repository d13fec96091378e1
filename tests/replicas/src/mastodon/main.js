/**
 * Mastodon replica (served for mastodon.social and social.example.org alike: adapters must recognise it by
 * its markup, not its host). Routes: /home (compose form: textarea + content warning added on demand by the
 * CW button; Ctrl/Cmd+Enter posts), /@Gargron/1 (SPA status page, the compose form stays), /publish (SPA:
 * the compose form is replaced by a new one), /auth/sign_up (email), /settings/profile (display name, note).
 */
import '../shared/style.css';
import { h, isModEnter, onRoute, prevent, recordPost, spaLink } from '../shared/runtime.js';

const root = document.getElementById('mastodon');

function composeForm() {
  const textarea = h('textarea', {
    class: 'autosuggest-textarea__textarea',
    'aria-label': "What's on your mind?",
    placeholder: "What's on your mind?",
    dir: 'auto',
  });
  const spoilerHost = h('div', { class: 'spoiler-input' });
  let spoiler = null;
  const publish = () => {
    const text = textarea.value;
    if (!text.trim()) return;
    if (spoiler?.value) recordPost(spoiler.value);
    recordPost(text);
    textarea.value = '';
  };
  const form = h(
    'form',
    { class: 'compose-form', onsubmit: prevent(() => publish()) },
    spoilerHost,
    h(
      'div',
      { class: 'compose-form__highlightable' },
      h('div', { class: 'autosuggest-textarea' }, h('label', {}, textarea)),
    ),
    h(
      'div',
      { class: 'compose-form__footer' },
      h(
        'button',
        {
          type: 'button',
          class: 'spoiler-button',
          'aria-label': 'Content warning',
          onclick: () => {
            if (spoiler) return;
            spoiler = h('input', {
              type: 'text',
              class: 'spoiler-input__input',
              'aria-label': 'Content warning (optional)',
              placeholder: 'Content warning (optional)',
            });
            spoilerHost.append(spoiler);
          },
        },
        'CW',
      ),
      h('div', { class: 'compose-form__submit' }, h('button', { type: 'submit', class: 'button' }, 'Post')),
    ),
  );
  form.addEventListener('keydown', (e) => {
    if (isModEnter(e)) {
      e.preventDefault();
      publish();
    }
  });
  return h('div', { class: 'drawer' }, h('div', { class: 'drawer__inner' }, form));
}

function column(children) {
  return h('div', { class: 'column', role: 'region' }, ...children);
}

function ui(main, withCompose = true) {
  return h(
    'div',
    { class: 'ui' },
    h('div', { class: 'columns-area__panels' }, withCompose ? composeForm() : null, column(main)),
  );
}

function signUp() {
  const email = h('input', {
    id: 'user_email',
    name: 'user[email]',
    type: 'email',
    autocomplete: 'email',
    class: 'string email required',
  });
  return h(
    'div',
    { class: 'container-alt' },
    h(
      'form',
      {
        id: 'new_user',
        class: 'simple_form',
        action: '/auth',
        onsubmit: prevent(() => recordPost(email.value)),
      },
      h('input', {
        id: 'user_account_attributes_username',
        name: 'user[account_attributes][username]',
        type: 'text',
      }),
      email,
      h('input', { id: 'user_password', name: 'user[password]', type: 'password' }),
      h('button', { type: 'submit', name: 'button', class: 'btn' }, 'Sign up'),
    ),
  );
}

function profile() {
  const name = h('input', { id: 'account_display_name', name: 'account[display_name]', type: 'text' });
  const note = h('textarea', { id: 'account_note', name: 'account[note]' });
  return h(
    'form',
    {
      class: 'simple_form edit_account',
      onsubmit: prevent(() => {
        recordPost(name.value);
        recordPost(note.value);
      }),
    },
    name,
    note,
    h('button', { type: 'submit', name: 'button', class: 'btn' }, 'Save changes'),
  );
}

function render() {
  const p = location.pathname;
  let view;
  if (p.startsWith('/auth/sign_up')) view = signUp();
  else if (p.startsWith('/settings/profile')) view = profile();
  else if (p.startsWith('/publish')) view = h('div', { class: 'ui' }, h('h1', {}, 'New post'), composeForm());
  else if (/^\/@[^/]+\/\d+/.test(p))
    view = ui([
      h('div', { class: 'detailed-status' }, 'Gargron: Hello, fediverse!'),
      spaLink('/publish', 'Compose'),
    ]);
  else
    view = ui([
      h('div', { class: 'status' }, 'Gargron: Hello, fediverse! ', spaLink('/@Gargron/1', 'Open thread')),
    ]);
  root.replaceChildren(view);
}

onRoute(render);
render();
