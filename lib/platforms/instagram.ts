/**
 * Instagram (www.instagram.com). Comments are a `<textarea aria-label="Add a comment…">` in a form whose
 * Post control is a `div[role=button]`; Enter posts. Captions (create-post dialog) are a Lexical
 * contenteditable "Write a caption..." posted with Share. Sign-up "Mobile Number or Email", profile bio
 * `#pepBio`.
 */
import { defineAdapter } from './define.ts';

export const instagram = defineAdapter({
  id: 'instagram',
  name: 'Instagram',
  matches: ['https://www.instagram.com/*'],
  markers: [
    {
      name: 'comment',
      role: 'box',
      selector: 'textarea[aria-label^="Add a comment"], textarea[placeholder^="Add a comment"]',
    },
    {
      name: 'caption',
      role: 'box',
      selector:
        '[contenteditable="true"][aria-label^="Write a caption"], textarea[aria-label^="Write a caption"]',
    },
    {
      name: 'email',
      role: 'box',
      selector:
        'input[name="emailOrPhone"], input[name="email"], input[type="email"], input[autocomplete~="email"]',
    },
    { name: 'bio', role: 'box', selector: 'textarea#pepBio, textarea[name="biography"]' },
    { name: 'post', role: 'submit', selector: 'form [role="button"], form button', label: /^(Post|Reply)$/ },
    { name: 'share', role: 'submit', selector: '[role="button"], button', label: /^Share$/ },
    {
      name: 'form-submit',
      role: 'submit',
      selector: 'button[type="submit"]',
      label: /^(Sign up|Next|Log in|Submit)$/,
    },
    { name: 'profile-submit', role: 'submit', selector: '[role="button"], button', label: /^Submit$/ },
  ],
  boxes: [
    { marker: 'comment', enterSubmits: true, submit: ['post'] },
    { marker: 'caption', submit: ['share'] },
    { marker: 'email', field: 'email', submit: ['form-submit'], formSubmit: true },
    { marker: 'bio', field: 'profile', submit: ['profile-submit'] },
  ],
});
