/**
 * Threads replica (Lexical). Routes: / ("What's new?" opens the composer dialog; a post links to its page),
 * /@zuck/post/C1 (SPA post page with a reply box rendered late). Post is a div[role=button]; Enter makes a
 * new line.
 */
import '../shared/style.css';
import { lexicalBox } from '../shared/lexical.js';
import { h, later, onRoute, recordPost, roleButtonKeys, spaLink } from '../shared/runtime.js';

const mount = document.getElementById('barcelona-page-layout');

function roleButton(text, onClick) {
  return h(
    'div',
    { role: 'button', tabindex: '0', onclick: onClick, ...roleButtonKeys(onClick) },
    h('div', {}, text),
  );
}

function composer(ariaLabel, placeholder, after) {
  const box = lexicalBox({
    attrs: { 'aria-label': ariaLabel, 'aria-placeholder': placeholder },
    placeholder,
  });
  const post = () => {
    const text = box.getText();
    if (!text.trim()) return;
    recordPost(text);
    box.clear();
    after?.();
  };
  return h('div', { class: 'composer' }, box.element, h('div', {}, roleButton('Post', post)));
}

function home() {
  const main = h('div', { role: 'main' });
  let dialog = null;
  const close = () => {
    dialog?.remove();
    dialog = null;
  };
  main.append(
    roleButton("What's new?", () => {
      if (dialog) return;
      dialog = h(
        'div',
        { role: 'dialog', 'aria-label': 'New thread' },
        h('h1', {}, 'New thread'),
        composer('Empty text field. Type to compose a new post.', "What's new?", close),
      );
      main.append(dialog);
    }),
    h(
      'div',
      { class: 'post' },
      h('span', {}, 'zuck: hello threads'),
      ' ',
      spaLink('/@zuck/post/C1', 'Reply'),
    ),
  );
  return main;
}

function postPage() {
  const main = h('div', { role: 'main' }, h('div', {}, 'zuck: hello threads'), h('p', {}, 'Loading…'));
  later(300).then(() => {
    if (main.isConnected) main.lastChild.replaceWith(composer('Reply to zuck...', 'Reply to zuck...'));
  });
  return main;
}

function render() {
  mount.replaceChildren(/^\/@[^/]+\/post\//.test(location.pathname) ? postPage() : home());
}

onRoute(render);
render();
