/**
 * Generic replica: a plain site with the kinds of fields the generic adapter must take or skip.
 * / : a form (textarea#message, email, a tiny "city" input, a bio textarea; Send), a contenteditable note
 * with its own Post button (not in a form), and fields that are NOT boxes: a search input, a combobox, a
 * search form, and an input inside a contenteditable=false island of a second editor. /reply (SPA): a new
 * textarea replaces the page.
 */
import '../shared/style.css';
import { h, onRoute, prevent, recordPost, spaLink } from '../shared/runtime.js';

const page = document.getElementById('page');

function home() {
  const message = h('textarea', { id: 'message', name: 'message', 'aria-label': 'Message', rows: '4' });
  const email = h('input', { id: 'email', name: 'email', type: 'email', 'aria-label': 'Your email' });
  const bio = h('textarea', { name: 'bio', id: 'bio', 'aria-label': 'Bio', rows: '2' });
  const form = h(
    'form',
    { id: 'contact', onsubmit: prevent(() => recordPost(message.value)) },
    h('label', {}, 'Message ', message),
    h('label', {}, 'Email ', email),
    h('label', {}, 'City ', h('input', { name: 'city', type: 'text', size: '8' })),
    h('label', {}, 'Bio ', bio),
    h('button', { type: 'submit' }, 'Send'),
  );
  const note = h('div', {
    id: 'note',
    contenteditable: 'true',
    'aria-label': 'Note',
    style: 'min-height:40px',
  });
  const noteArea = h(
    'div',
    { class: 'note-area' },
    note,
    h(
      'button',
      // biome-ignore lint/performance/useDomNodeTextContent: the page reads what the person sees
      { type: 'button', id: 'post-note', onclick: () => recordPost(note.innerText.replace(/\n$/, '')) },
      'Post note',
    ),
  );
  const island = h(
    'div',
    { contenteditable: 'true', id: 'doc-editor', 'aria-label': 'Document' },
    h('p', {}, 'Editable document'),
    h(
      'div',
      { contenteditable: 'false' },
      h('input', { type: 'email', id: 'island-email', 'aria-label': 'Embedded widget email' }),
    ),
  );
  const search = h(
    'form',
    { role: 'search', onsubmit: (e) => e.preventDefault() },
    h('input', { type: 'search', name: 'q', 'aria-label': 'Search' }),
    h('textarea', { name: 'query', 'aria-label': 'Search query' }),
  );
  const combo = h('input', {
    type: 'text',
    role: 'combobox',
    'aria-expanded': 'false',
    'aria-label': 'Pick a tag',
  });
  return h('main', {}, search, combo, form, noteArea, island, spaLink('/reply', 'Reply'));
}

function reply() {
  const text = h('textarea', { id: 'reply', 'aria-label': 'Reply', rows: '3' });
  return h(
    'main',
    {},
    h(
      'form',
      { onsubmit: prevent(() => recordPost(text.value)) },
      text,
      h('button', { type: 'submit' }, 'Reply'),
    ),
  );
}

function render() {
  page.replaceChildren(location.pathname.startsWith('/reply') ? reply() : home());
}

onRoute(render);
render();
