/**
 * Any site the person enables (no host of its own: never picked by adaptersFor unless asked). Boxes:
 * every textarea and contenteditable editor, e-mail fields, and profile fields (bio, about, display name,
 * headline). Skipped: role=combobox and search fields, anything inside a `[contenteditable="false"]`
 * island or read-only, and single-line text inputs other than e-mail and profile fields.
 */

import { defineAdapter } from './define.ts';
import { closestDeep, isTextInput } from './dom.ts';

const SEARCH = /search|query|\bfind\b/i;
const PROFILE_HINTS = ['bio', 'about', 'displayname', 'display_name', 'display-name', 'headline', 'tagline'];
const profileSelector = PROFILE_HINTS.flatMap((h) =>
  ['textarea', 'input'].flatMap((t) => [`${t}[name*="${h}" i]`, `${t}[id*="${h}" i]`]),
)
  .concat(['input[autocomplete="nickname"]'])
  .join(', ');

function isSearchLike(el: HTMLElement): boolean {
  if (el.getAttribute('role') === 'combobox' || el.getAttribute('role') === 'searchbox') return true;
  if (el.getAttribute('aria-autocomplete') === 'list' && el.hasAttribute('aria-controls')) return true;
  if (el.getAttribute('type') === 'search' || el.getAttribute('inputmode') === 'search') return true;
  if (closestDeep(el, '[role="search"], form[role="search"], search')) return true;
  const hints = ['name', 'id', 'aria-label', 'placeholder'].map((a) => el.getAttribute(a) ?? '').join(' ');
  return SEARCH.test(hints);
}

/** Too small to be somewhere people write posts (a one-line box under 40 by 12 CSS pixels). */
function isTiny(el: HTMLElement): boolean {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && (r.width < 40 || r.height < 12);
}

export const generic = defineAdapter({
  id: 'generic',
  name: 'This site',
  matches: [],
  pierce: true,
  markers: [
    {
      name: 'email',
      role: 'box',
      selector:
        'input[type="email"], input[name*="email" i], input[autocomplete~="email"], input[id*="email" i]',
    },
    { name: 'profile', role: 'box', selector: profileSelector },
    { name: 'textarea', role: 'box', selector: 'textarea' },
    { name: 'contenteditable', role: 'box', selector: '[contenteditable]:not([contenteditable="false"])' },
    {
      name: 'form-submit',
      role: 'submit',
      selector: 'form button[type="submit"], form input[type="submit"], form button:not([type])',
    },
    {
      name: 'post-button',
      role: 'submit',
      selector: 'button, [role="button"], input[type="submit"]',
      label:
        /^(post|send|submit|publish|reply|comment|share|save|tweet|toot|update|next|sign up|continue)\b/i,
    },
  ],
  skip: (el) =>
    isSearchLike(el) ||
    !!el.parentElement?.closest('[contenteditable="false"]') ||
    el.getAttribute('aria-readonly') === 'true' ||
    isTiny(el),
  boxes: [
    { marker: 'email', field: 'email', formSubmit: true, accept: isTextInput },
    { marker: 'profile', field: 'profile', formSubmit: true },
    { marker: 'textarea', formSubmit: true },
    { marker: 'contenteditable', formSubmit: true },
  ],
});
