/**
 * Reddit (new UI, "shreddit") replica: web components with OPEN shadow roots.
 * - /r/test/comments/abc/hello/: a comment composer `comment-composer-host > faceplate-form >
 *   shreddit-composer`; the composer's editor (a contenteditable) and its Comment button live in its shadow root.
 *   `shreddit-composer` is defined 300 ms after load (the box appears late, like an upgrade after hydration).
 * - /r/test/: listing with an SPA link to the post.
 * - /r/test/submit: title `faceplate-textarea-input[name=title]` (textarea in a shadow root) and a body
 *   `shreddit-composer` with its editor slotted from the light DOM (`div[slot=rte]`); Post button
 *   `#submit-post-button`.
 * - /register/: `faceplate-text-input` with an email input in its shadow root.
 */
import '../shared/style.css';
import { lexicalBox } from '../shared/lexical.js';
import { h, later, onRoute, recordPost, spaLink } from '../shared/runtime.js';

const app = document.getElementById('app');

class ShredditComposer extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const sr = this.attachShadow({ mode: 'open' });
    sr.append(h('style', {}, ':host{display:block} .container{border:1px solid #ccc;padding:4px}'));
    if (this.querySelector('[slot="rte"]')) {
      sr.append(
        h('div', { class: 'container' }, h('slot', { name: 'rte' }), h('slot', { name: 'submit-button' })),
      );
      return;
    }
    // Lexical (0.38) cannot edit inside a shadow root, so the shadow-root variant is a plain contenteditable
    // (the slotted variant on the submit page is Lexical).
    const label = this.getAttribute('label') || 'Comment';
    const editable = h('div', {
      contenteditable: 'true',
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-label': label,
      'aria-placeholder': this.getAttribute('placeholder') || 'Join the conversation',
      style: 'white-space: pre-wrap; min-height: 40px',
    });
    const box = {
      element: editable,
      // The page reads what the person sees.
      // biome-ignore lint/performance/useDomNodeTextContent: layout-aware text, like the site
      getText: () => editable.innerText.replace(/\n$/, ''),
      clear: () => editable.replaceChildren(),
    };
    this.getText = box.getText;
    this.clear = box.clear;
    const button = h(
      'button',
      {
        type: 'submit',
        class: 'button-primary',
        onclick: (e) => {
          e.preventDefault();
          const text = box.getText();
          if (!text.trim()) return;
          recordPost(text);
          box.clear();
        },
      },
      'Comment',
    );
    sr.append(h('div', { class: 'container' }, box.element, h('div', { class: 'actions' }, button)));
  }
}

class FaceplateInput extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const sr = this.attachShadow({ mode: 'open' });
    const multiline = this.localName === 'faceplate-textarea-input';
    const field = multiline
      ? h('textarea', { name: this.getAttribute('name'), 'aria-label': this.getAttribute('label') || '' })
      : h('input', {
          type: this.getAttribute('type') || 'text',
          name: this.getAttribute('name'),
          autocomplete: this.getAttribute('autocomplete') || 'off',
          'aria-label': this.getAttribute('label') || '',
        });
    this.field = field;
    sr.append(h('label', {}, h('span', {}, this.getAttribute('label') || ''), field));
  }
  get value() {
    return this.field ? this.field.value : '';
  }
}

customElements.define('faceplate-textarea-input', class extends FaceplateInput {});
customElements.define('faceplate-text-input', class extends FaceplateInput {});

function postPage() {
  const main = h(
    'main',
    { class: 'main' },
    h('shreddit-post', { 'post-title': 'hello' }, h('h1', {}, 'hello'), h('p', {}, 'First post in r/test.')),
    h(
      'comment-composer-host',
      {},
      h(
        'faceplate-form',
        { action: '/svc/shreddit/graphql', method: 'post' },
        h('shreddit-composer', { label: 'Comment', placeholder: 'Join the conversation' }),
      ),
    ),
  );
  return main;
}

function listing() {
  return h(
    'main',
    { class: 'main' },
    h('h1', {}, 'r/test'),
    h('shreddit-post', {}, spaLink('/r/test/comments/abc/hello/', 'hello')),
  );
}

function submitPage() {
  const rte = lexicalBox({
    attrs: { 'aria-label': 'Post body text field', slot: 'rte' },
    placeholder: 'Body text',
  });
  rte.root.setAttribute('slot', 'rte');
  const title = h('faceplate-textarea-input', { name: 'title', label: 'Title' });
  const composer = h('shreddit-composer', {}, rte.root);
  const form = h(
    'form',
    { id: 'post-submit-form', onsubmit: (e) => e.preventDefault() },
    title,
    composer,
    h(
      'r-post-form-submit-button',
      {},
      h(
        'button',
        {
          id: 'submit-post-button',
          type: 'button',
          onclick: () => {
            recordPost(title.value);
            recordPost(rte.getText());
          },
        },
        'Post',
      ),
    ),
  );
  return h('main', { class: 'main' }, h('h1', {}, 'Create post'), form);
}

function register() {
  const email = h('faceplate-text-input', {
    id: 'register-email',
    name: 'email',
    type: 'email',
    autocomplete: 'email',
    label: 'Email',
  });
  return h(
    'main',
    {},
    h('h1', {}, 'Sign up'),
    email,
    h('button', { type: 'submit', onclick: () => recordPost(email.value) }, 'Continue'),
  );
}

function render() {
  const p = location.pathname;
  let view;
  if (p.includes('/comments/')) view = postPage();
  else if (p.startsWith('/r/test/submit') || p === '/submit') view = submitPage();
  else if (p.startsWith('/register')) view = register();
  else view = listing();
  app.replaceChildren(view);
}

onRoute(render);
render();
// The comment composer upgrades late (its definition loads after the page).
later(300).then(() => customElements.define('shreddit-composer', ShredditComposer));
