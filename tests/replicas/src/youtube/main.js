/**
 * YouTube replica (Polymer-style custom elements in the light DOM). /watch?v=…: the comments section
 * renders late; clicking the "Add a comment…" placeholder creates `ytd-commentbox` with
 * `#contenteditable-root` and `#submit-button`; a comment's Reply button opens a second commentbox (two
 * boxes). A related-video link changes the route (SPA) and reloads the comments. Enter is a new line.
 */
import '../shared/style.css';
import { h, later, onRoute, recordPost, spaLink } from '../shared/runtime.js';

const app = document.querySelector('ytd-app');

function commentbox(label, buttonLabel, onDone) {
  const editable = h('div', {
    id: 'contenteditable-root',
    contenteditable: 'true',
    'aria-label': label,
    class: 'style-scope yt-formatted-string',
    style: 'display:block; min-height: 24px',
  });
  const submit = () => {
    // The page reads what the person sees in the box.
    // biome-ignore lint/performance/useDomNodeTextContent: the page reads what the person sees
    const text = editable.innerText.replace(/\n$/, '');
    if (!text.trim()) return;
    recordPost(text);
    editable.replaceChildren();
    onDone?.();
  };
  return h(
    'ytd-commentbox',
    { id: 'commentbox', class: 'style-scope ytd-comment-simplebox-renderer', style: 'display:block' },
    h('yt-formatted-string', { id: 'contenteditable-textarea', style: 'display:block' }, editable),
    h(
      'div',
      { id: 'buttons' },
      h(
        'ytd-button-renderer',
        { id: 'cancel-button' },
        h('button', { type: 'button', 'aria-label': 'Cancel', onclick: () => onDone?.() }, 'Cancel'),
      ),
      h(
        'ytd-button-renderer',
        { id: 'submit-button' },
        h('button', { type: 'button', 'aria-label': buttonLabel, onclick: submit }, buttonLabel),
      ),
    ),
  );
}

function simplebox() {
  const host = h('ytd-comment-simplebox-renderer', { style: 'display:block' });
  const placeholder = h(
    'div',
    {
      id: 'placeholder-area',
      tabindex: '0',
      onclick: () => {
        const box = commentbox('Add a comment…', 'Comment', () => host.replaceChildren(placeholder));
        host.replaceChildren(box);
        box.querySelector('#contenteditable-root').focus();
      },
    },
    'Add a comment…',
  );
  host.append(placeholder);
  return host;
}

function thread() {
  const replies = h('div', { id: 'reply-dialog' });
  return h(
    'ytd-comment-thread-renderer',
    { style: 'display:block' },
    h('div', { id: 'content-text' }, 'Great video!'),
    h(
      'ytd-button-renderer',
      { id: 'reply-button-end' },
      h(
        'button',
        {
          type: 'button',
          'aria-label': 'Reply',
          onclick: () => {
            if (!replies.firstChild)
              replies.append(commentbox('Add a reply…', 'Reply', () => replies.replaceChildren()));
          },
        },
        'Reply',
      ),
    ),
    replies,
  );
}

function watch() {
  const v = new URLSearchParams(location.search).get('v') || 'none';
  const comments = h(
    'ytd-comments',
    { id: 'comments', style: 'display:block' },
    h('p', {}, 'Loading comments…'),
  );
  later(400).then(() => {
    if (comments.isConnected)
      comments.replaceChildren(h('ytd-comments-header-renderer', {}, simplebox()), thread());
  });
  return h(
    'ytd-watch-flexy',
    { 'video-id': v, style: 'display:block' },
    h('h1', { class: 'title' }, `Video ${v}`),
    spaLink(v === 'abc' ? '/watch?v=def' : '/watch?v=abc', 'Up next'),
    comments,
  );
}

function render() {
  app.replaceChildren(
    location.pathname === '/watch' ? watch() : h('ytd-browse', {}, spaLink('/watch?v=abc', 'A video')),
  );
}

onRoute(render);
render();
