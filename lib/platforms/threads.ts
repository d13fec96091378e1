/**
 * Threads (threads.com, formerly threads.net). Lexical editors: `[contenteditable][role=textbox]
 * [data-lexical-editor="true"]` in the composer dialog ("Start a thread...") and reply boxes; Enter makes a
 * new line; the Post control is a `div[role=button]` labelled "Post".
 */
import { defineAdapter } from './define.ts';

export const threads = defineAdapter({
  id: 'threads',
  name: 'Threads',
  matches: [
    'https://www.threads.com/*',
    'https://threads.com/*',
    'https://www.threads.net/*',
    'https://threads.net/*',
  ],
  markers: [
    {
      name: 'composer',
      role: 'box',
      selector: '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    },
    { name: 'textbox', role: 'box', selector: '[contenteditable="true"][role="textbox"]' },
    { name: 'email', role: 'box', selector: 'input[type="email"], input[autocomplete~="email"]' },
    { name: 'post-button', role: 'submit', selector: '[role="button"], button', label: /^(Post|Reply)$/ },
    { name: 'form-submit', role: 'submit', selector: 'button[type="submit"]' },
  ],
  boxes: [
    { marker: 'composer', submit: ['post-button'] },
    { marker: 'textbox', submit: ['post-button'] },
    { marker: 'email', field: 'email', submit: ['form-submit'], formSubmit: true },
  ],
});
