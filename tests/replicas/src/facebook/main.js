/**
 * Facebook replica (Lexical). Routes: / (feed: "What's on your mind, Sam?" opens the Create post dialog;
 * a post, rendered late, with a "Write a comment…" box that posts on Enter), /groups/1/posts/2/ (SPA
 * permalink with a "Comment as Sam" box), /r.php (sign-up, reg_email__), /login/ (email).
 */
import '../shared/style.css';
import { lexicalBox } from '../shared/lexical.js';
import { h, later, navigate, onRoute, prevent, recordPost, spaLink } from '../shared/runtime.js';

const mount = document.getElementById('mount_0_0_xy');

function roleButton(label, onClick, extra = {}) {
  return h(
    'div',
    {
      role: 'button',
      tabindex: '0',
      'aria-label': label,
      onclick: onClick,
      onkeydown: (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onClick();
        }
      },
      ...extra,
    },
    h('span', {}, label),
  );
}

function commentBox(label) {
  const post = (text) => {
    if (!text.trim()) return;
    recordPost(text);
    box.clear();
  };
  const box = lexicalBox({
    attrs: { 'aria-label': label, 'aria-placeholder': label },
    placeholder: label,
    enter: 'submit',
    onSubmit: post,
  });
  return h(
    'form',
    { class: 'x1r8uery', onsubmit: (e) => e.preventDefault() },
    box.element,
    roleButton('Comment', () => post(box.getText()), { id: 'focused-state-composer-submit' }),
  );
}

function createPostDialog(close) {
  const label = "What's on your mind, Sam?";
  const box = lexicalBox({ attrs: { 'aria-label': label, 'aria-placeholder': label }, placeholder: label });
  return h(
    'div',
    { role: 'dialog', 'aria-label': 'Create post' },
    h('h2', {}, 'Create post'),
    roleButton('Close', close),
    box.element,
    roleButton('Post', () => {
      const text = box.getText();
      if (!text.trim()) return;
      recordPost(text);
      close();
    }),
  );
}

function feed() {
  const main = h('div', { role: 'main' });
  let dialog = null;
  const open = () => {
    if (dialog) return;
    dialog = createPostDialog(() => {
      dialog?.remove();
      dialog = null;
    });
    main.append(dialog);
  };
  main.append(
    h(
      'div',
      { role: 'region', 'aria-label': 'Create a post' },
      roleButton("What's on your mind, Sam?", open),
    ),
    h('div', { role: 'feed' }, h('p', {}, 'Loading…')),
  );
  later(300).then(() => {
    const feedEl = main.querySelector('[role="feed"]');
    if (!feedEl?.isConnected) return;
    feedEl.replaceChildren(
      h(
        'div',
        { role: 'article', 'aria-label': 'Post by Alex' },
        h('p', {}, 'Alex: Great day at the lake!'),
        spaLink('/groups/1/posts/2/', 'Open post'),
        commentBox('Write a comment…'),
      ),
    );
  });
  return main;
}

function permalink() {
  return h(
    'div',
    { role: 'main' },
    h('a', { href: '/', onclick: prevent(() => navigate('/')) }, 'Back to feed'),
    h(
      'div',
      { role: 'article' },
      h('p', {}, 'Group post: meeting moved to Thursday.'),
      commentBox('Comment as Sam'),
    ),
  );
}

function signup() {
  const form = h(
    'form',
    {
      id: 'reg',
      method: 'post',
      onsubmit: (e) => {
        e.preventDefault();
        recordPost(form.elements.reg_email__.value);
      },
    },
    h('input', { name: 'firstname', 'aria-label': 'First name', type: 'text' }),
    h('input', { name: 'lastname', 'aria-label': 'Surname', type: 'text' }),
    h('input', {
      name: 'reg_email__',
      'aria-label': 'Mobile number or email',
      type: 'text',
      autocomplete: 'email',
    }),
    h('input', { name: 'reg_passwd__', 'aria-label': 'New password', type: 'password' }),
    h('button', { type: 'submit', name: 'websubmit' }, 'Sign Up'),
  );
  return h('div', { role: 'main' }, h('h1', {}, 'Create a new account'), form);
}

function login() {
  const form = h(
    'form',
    {
      onsubmit: (e) => {
        e.preventDefault();
        recordPost(form.elements.email.value);
      },
    },
    h('input', { id: 'email', name: 'email', type: 'text', placeholder: 'Email address or phone number' }),
    h('input', { id: 'pass', name: 'pass', type: 'password', placeholder: 'Password' }),
    h('button', { type: 'submit', name: 'login' }, 'Log in'),
  );
  return h('div', { role: 'main' }, form);
}

function render() {
  const path = location.pathname;
  let view;
  if (path.startsWith('/r.php') || path.startsWith('/reg')) view = signup();
  else if (path.startsWith('/login')) view = login();
  else if (path.startsWith('/groups/')) view = permalink();
  else view = feed();
  mount.replaceChildren(view);
}

onRoute(render);
render();
