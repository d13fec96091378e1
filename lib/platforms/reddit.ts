/**
 * Reddit. New UI (www.reddit.com, "shreddit"): web components. Comment and post-body editors are
 * `shreddit-composer` elements whose editor (a Lexical contenteditable, `slot="rte"` or inside the
 * component's OPEN shadow root) posts with the submit button of the composer or its `faceplate-form`; the
 * post title is a `faceplate-textarea-input` with its textarea in a shadow root. Old UI (old.reddit.com):
 * plain `<textarea name="text">` in `.usertext-edit`, submitted by `.usertext-buttons button.save`.
 */
import { defineAdapter } from './define.ts';

export const reddit = defineAdapter({
  id: 'reddit',
  name: 'Reddit',
  matches: [
    'https://www.reddit.com/*',
    'https://old.reddit.com/*',
    'https://new.reddit.com/*',
    'https://sh.reddit.com/*',
  ],
  pierce: true,
  markers: [
    { name: 'shreddit-composer', role: 'box', selector: 'shreddit-composer' },
    { name: 'rte', role: 'box', selector: '[slot="rte"][contenteditable="true"]' },
    { name: 'lexical-editor', role: 'box', selector: '[data-lexical-editor="true"][contenteditable="true"]' },
    { name: 'post-title', role: 'box', selector: 'faceplate-textarea-input[name="title"]' },
    { name: 'old-usertext', role: 'box', selector: '.usertext-edit textarea' },
    {
      name: 'old-title',
      role: 'box',
      selector: '#title-field textarea[name="title"], textarea[name="title"]',
    },
    {
      name: 'email',
      role: 'box',
      selector: 'input[type="email"], input[name="email"], input[autocomplete~="email"]',
    },
    {
      name: 'composer-submit',
      role: 'submit',
      selector:
        'button[slot="submit-button"], shreddit-composer button[type="submit"], faceplate-form button[type="submit"]',
    },
    {
      name: 'shadow-submit',
      role: 'submit',
      selector: 'button[type="submit"]',
      label: /^(Comment|Reply|Save)$/,
    },
    {
      name: 'post-submit',
      role: 'submit',
      selector: '#submit-post-button, #inner-post-submit-button, r-post-form-submit-button',
    },
    {
      name: 'old-save',
      role: 'submit',
      selector: '.usertext-buttons button.save, .usertext-buttons button[type="submit"]',
    },
    { name: 'old-submit', role: 'submit', selector: 'button[name="submit"][type="submit"]' },
    { name: 'form-submit', role: 'submit', selector: 'button[type="submit"]' },
    { name: 'shreddit-app', role: 'page', selector: 'shreddit-app' },
    { name: 'old-reddit', role: 'page', selector: 'body.listing-page, body.comments-page, body.submit-page' },
  ],
  boxes: [
    { marker: 'shreddit-composer', submit: ['composer-submit', 'shadow-submit', 'post-submit'] },
    { marker: 'rte', submit: ['composer-submit', 'shadow-submit', 'post-submit'] },
    { marker: 'lexical-editor', submit: ['composer-submit', 'shadow-submit', 'post-submit'] },
    { marker: 'post-title', submit: ['post-submit'] },
    { marker: 'old-usertext', submit: ['old-save'], formSubmit: true },
    { marker: 'old-title', submit: ['old-submit'], formSubmit: true },
    { marker: 'email', field: 'email', submit: ['form-submit'], formSubmit: true },
  ],
});
