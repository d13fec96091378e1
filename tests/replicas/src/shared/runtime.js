/**
 * Shared by every replica page: records what the page posted, a tiny pushState router, and helpers.
 * Every string shown comes from the page's own editor and is set with textContent, never innerHTML.
 */
window.__posted = window.__posted || [];

function postedList() {
  let list = document.getElementById('replica-posted');
  if (!list) {
    const section = document.createElement('section');
    section.setAttribute('aria-label', 'Posted');
    section.className = 'replica-posted';
    const h = document.createElement('h2');
    h.textContent = 'Posted';
    list = document.createElement('ul');
    list.id = 'replica-posted';
    section.append(h, list);
    document.body.append(section);
  }
  return list;
}

/** What the page posted, exactly as its own handler read it from the editor. */
export function recordPost(text) {
  window.__posted.push(text);
  const li = document.createElement('li');
  li.textContent = text;
  li.style.whiteSpace = 'pre-wrap';
  postedList().append(li);
}

export function isModEnter(event) {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey;
}

export function isPlainEnter(event) {
  return (
    event.key === 'Enter' &&
    !event.shiftKey &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.altKey &&
    !event.isComposing
  );
}

const listeners = new Set();

/** SPA navigation: history.pushState, then every route listener re-renders. */
export function navigate(href) {
  history.pushState({}, '', href);
  for (const fn of listeners) fn(location);
}

export function onRoute(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

window.addEventListener('popstate', () => {
  for (const fn of listeners) fn(location);
});

/** Element helper for the plain-JS pages: h('div', { class: 'x', onclick }, child, 'text'). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k === 'style') el.setAttribute('style', v);
    else if (k in el && typeof v !== 'string') el[k] = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

/**
 * Keyboard activation of a `div role="button"` as React sites write it (the WAI-ARIA button pattern):
 * Enter acts on keydown, Space on keyup. Spread into h()'s attributes.
 */
export function roleButtonKeys(onActivate) {
  return {
    onkeydown: (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        onActivate(e);
      } else if (e.key === ' ') e.preventDefault();
    },
    onkeyup: (e) => {
      if (e.key === ' ') {
        e.preventDefault();
        onActivate(e);
      }
    },
  };
}

/** A link that navigates in-page (pushState) like the platforms' SPA routers. */
export function spaLink(href, text, attrs = {}) {
  return h(
    'a',
    {
      href,
      ...attrs,
      onclick: (e) => {
        e.preventDefault();
        navigate(href);
      },
    },
    text,
  );
}

export const later = (ms) => new Promise((r) => setTimeout(r, ms));

/** An event handler that cancels the default action, then calls fn (form submit handlers). */
export const prevent = (fn) => (event) => {
  event.preventDefault();
  fn(event);
};
