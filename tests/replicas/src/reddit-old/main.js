/**
 * Old Reddit (old.reddit.com) replica: server-rendered forms, no SPA.
 * - /r/test/comments/abc/hello/ (body.comments-page): the top-level comment form
 *   (`form.usertext.cloneable > .usertext-edit textarea[name=text]`, `.usertext-buttons button.save`) and a
 *   comment whose "reply" link clones a second form under it (a box that appears on demand).
 * - /submit (body.submit-page): title and text textareas, `button[name=submit]`.
 */
import '../shared/style.css';
import { h, recordPost } from '../shared/runtime.js';

const content = document.getElementById('siteTable');

function usertextForm(onDone) {
  const textarea = h('textarea', {
    rows: '1',
    cols: '1',
    name: 'text',
    class: '',
    'data-event-action': 'comment',
  });
  const form = h(
    'form',
    {
      action: '#',
      class: 'usertext cloneable',
      onsubmit: (e) => {
        e.preventDefault();
        if (!textarea.value.trim()) return;
        recordPost(textarea.value);
        textarea.value = '';
        onDone?.();
      },
    },
    h('input', { type: 'hidden', name: 'thing_id', value: 't3_abc' }),
    h(
      'div',
      { class: 'usertext-edit md-container', style: 'width: 500px' },
      h('div', { class: 'md' }, textarea),
      h(
        'div',
        { class: 'bottom-area' },
        h(
          'div',
          { class: 'usertext-buttons' },
          h('button', { type: 'submit', class: 'save' }, 'save'),
          h('button', { type: 'button', class: 'cancel', style: 'display: none' }, 'cancel'),
        ),
      ),
    ),
  );
  return form;
}

function commentsPage() {
  document.body.classList.add('comments-page');
  const child = h('div', { class: 'child' });
  const reply = h(
    'a',
    {
      href: '#',
      onclick: (e) => {
        e.preventDefault();
        if (!child.firstChild) child.append(usertextForm(() => child.replaceChildren()));
      },
    },
    'reply',
  );
  content.append(
    h('div', { class: 'thing link' }, h('a', { class: 'title' }, 'hello')),
    h('div', { class: 'commentarea' }, usertextForm()),
    h(
      'div',
      { class: 'thing comment', id: 'thing_t1_c1' },
      h(
        'div',
        { class: 'entry' },
        h('div', { class: 'md' }, h('p', {}, 'first!')),
        h('ul', { class: 'flat-list buttons' }, h('li', {}, reply)),
      ),
      child,
    ),
  );
}

function submitPage() {
  document.body.classList.add('submit-page');
  const title = h('textarea', { name: 'title', rows: '2', required: true });
  const text = h('textarea', { name: 'text', rows: '1', cols: '1' });
  content.append(
    h(
      'form',
      {
        id: 'newlink',
        class: 'submit content warn-on-unload',
        onsubmit: (e) => {
          e.preventDefault();
          recordPost(title.value);
          recordPost(text.value);
        },
      },
      h('div', { id: 'title-field' }, h('span', { class: 'title' }, 'title'), title),
      h(
        'div',
        { id: 'text-field' },
        h('div', { class: 'usertext-edit md-container' }, h('div', { class: 'md' }, text)),
      ),
      h('button', { name: 'submit', value: 'form', type: 'submit' }, 'submit'),
    ),
  );
}

if (location.pathname.includes('/comments/')) commentsPage();
else if (location.pathname.startsWith('/submit') || /^\/r\/[^/]+\/submit/.test(location.pathname))
  submitPage();
else {
  document.body.classList.add('listing-page');
  content.append(h('a', { href: '/r/test/comments/abc/hello/' }, 'hello'));
}
