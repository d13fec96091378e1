/**
 * Mastodon, on ANY instance: not bound to a host (`matches: []`); the page is recognised by Mastodon's own
 * markers (`<meta name="application-name" content="Mastodon">`, the `#mastodon` React root with
 * `data-props`, `body.app-body`, `#initial-state`, `.compose-form`). The compose form is a `<textarea>`
 * (`.compose-form textarea`, "What's on your mind?") plus the optional content-warning input, posted by
 * the form's submit button or Ctrl/Cmd+Enter. Sign-up `#user_email`; profile `#account_display_name`,
 * `#account_note`.
 */
import { defineAdapter } from './define.ts';

const PAGE = {
  meta: 'meta[name="application-name"][content="Mastodon" i]',
  root: '#mastodon[data-props]',
  body: 'body.app-body',
  state: 'script#initial-state[type="application/json"]',
  compose: '.compose-form',
  authForm: 'form#new_user, form.simple_form[action^="/auth/"]',
};

export const mastodon = defineAdapter({
  id: 'mastodon',
  name: 'Mastodon',
  matches: [],
  recognise(doc) {
    if (doc.querySelector(PAGE.meta) || doc.querySelector(PAGE.root)) return true;
    let weak = 0;
    for (const sel of [PAGE.body, PAGE.state, PAGE.compose, PAGE.authForm])
      if (doc.querySelector(sel)) weak++;
    return weak >= 2;
  },
  markers: [
    { name: 'compose', role: 'box', selector: '.compose-form textarea' },
    {
      name: 'content-warning',
      role: 'box',
      selector: '.compose-form .spoiler-input__input, .compose-form input[type="text"]',
    },
    {
      name: 'email',
      role: 'box',
      selector: 'input#user_email, input[name="user[email]"], input[type="email"]',
    },
    { name: 'profile', role: 'box', selector: 'input#account_display_name, textarea#account_note' },
    {
      name: 'publish',
      role: 'submit',
      selector:
        '.compose-form__submit button[type="submit"], .compose-form__publish button, .compose-form button[type="submit"]',
    },
    { name: 'form-submit', role: 'submit', selector: 'button[type="submit"], input[type="submit"]' },
    { name: 'application-name', role: 'page', selector: PAGE.meta },
    { name: 'react-root', role: 'page', selector: PAGE.root },
    { name: 'app-body', role: 'page', selector: PAGE.body },
    { name: 'initial-state', role: 'page', selector: PAGE.state },
  ],
  boxes: [
    { marker: 'compose', modEnterSubmits: true, submit: ['publish'] },
    { marker: 'content-warning', modEnterSubmits: true, enterSubmits: false, submit: ['publish'] },
    { marker: 'email', field: 'email', submit: ['form-submit'], formSubmit: true },
    { marker: 'profile', field: 'profile', submit: ['form-submit'], formSubmit: true },
  ],
});
