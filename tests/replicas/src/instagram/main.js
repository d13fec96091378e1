/**
 * Instagram replica. Routes: / (feed with two posts, each with an "Add a comment…" textarea: two boxes at
 * once; Enter posts), /p/C0mment/ (SPA post page, its comment form rendered late), /create/ (caption
 * "Write a caption..." in a Lexical contenteditable, Share), /accounts/emailsignup/ (emailOrPhone),
 * /accounts/edit/ (bio #pepBio).
 */
import '../shared/style.css';
import { lexicalBox } from '../shared/lexical.js';
import {
  h,
  isPlainEnter,
  later,
  onRoute,
  prevent,
  recordPost,
  roleButtonKeys,
  spaLink,
} from '../shared/runtime.js';

const mount = document.getElementById('react-root');

function roleButton(text, onClick) {
  return h('div', { role: 'button', tabindex: '0', onclick: onClick, ...roleButtonKeys(onClick) }, text);
}

function commentForm() {
  const textarea = h('textarea', {
    'aria-label': 'Add a comment…',
    placeholder: 'Add a comment…',
    autocomplete: 'off',
    autocorrect: 'off',
    class: 'x1i0vuye',
  });
  const post = () => {
    const text = textarea.value;
    if (!text.trim()) return;
    recordPost(text);
    textarea.value = '';
  };
  textarea.addEventListener('keydown', (e) => {
    if (isPlainEnter(e)) {
      e.preventDefault();
      post();
    }
  });
  return h(
    'form',
    { method: 'POST', onsubmit: prevent(() => post()) },
    roleButton('Emoji', () => {}),
    textarea,
    roleButton('Post', post),
  );
}

function post(user, text) {
  return h(
    'article',
    { role: 'presentation' },
    h('div', {}, h('span', {}, user), ' ', text),
    spaLink('/p/C0mment/', 'View all 3 comments'),
    h('section', {}, commentForm()),
  );
}

function feed() {
  return h(
    'main',
    { role: 'main' },
    spaLink('/create/', 'New post'),
    post('alex', 'Sunset at the Forks'),
    post('sam', 'Winnipeg in winter'),
  );
}

function postPage() {
  const main = h('main', { role: 'main' }, h('div', {}, 'alex: Sunset at the Forks'), h('p', {}, 'Loading…'));
  later(300).then(() => {
    if (main.isConnected) main.lastChild.replaceWith(h('section', {}, commentForm()));
  });
  return main;
}

function create() {
  const box = lexicalBox({
    attrs: { 'aria-label': 'Write a caption...', 'aria-placeholder': 'Write a caption...' },
    placeholder: 'Write a caption...',
  });
  return h(
    'div',
    { role: 'dialog', 'aria-label': 'Create new post' },
    h('h1', {}, 'Create new post'),
    roleButton('Share', () => {
      const text = box.getText();
      if (text.trim()) recordPost(text);
    }),
    box.element,
  );
}

function signup() {
  const form = h(
    'form',
    { method: 'post', onsubmit: prevent(() => recordPost(form.elements.emailOrPhone.value)) },
    h('input', {
      name: 'emailOrPhone',
      'aria-label': 'Mobile Number or Email',
      type: 'text',
      autocomplete: 'tel',
    }),
    h('input', { name: 'fullName', 'aria-label': 'Full Name', type: 'text' }),
    h('input', { name: 'username', 'aria-label': 'Username', type: 'text' }),
    h('input', { name: 'password', 'aria-label': 'Password', type: 'password' }),
    h('button', { type: 'submit' }, 'Sign up'),
  );
  return h('main', { role: 'main' }, form);
}

function edit() {
  const bio = h('textarea', { id: 'pepBio', 'aria-label': 'Bio', placeholder: 'Bio' });
  return h(
    'main',
    { role: 'main' },
    h('h2', {}, 'Edit profile'),
    h('label', { for: 'pepBio' }, 'Bio'),
    bio,
    roleButton('Submit', () => recordPost(bio.value)),
  );
}

function render() {
  const p = location.pathname;
  let view;
  if (p.startsWith('/p/')) view = postPage();
  else if (p.startsWith('/create')) view = create();
  else if (p.startsWith('/accounts/emailsignup')) view = signup();
  else if (p.startsWith('/accounts/edit')) view = edit();
  else view = feed();
  mount.replaceChildren(view);
}

onRoute(render);
render();
