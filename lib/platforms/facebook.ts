/**
 * Facebook (www.facebook.com). Lexical editors (`[data-lexical-editor="true"]`, role=textbox). The feed
 * composer ("What's on your mind, Name?", in the "Create post" dialog) posts with the Post button; comment
 * and reply boxes ("Write a comment…", "Comment as Name", "Write a reply…") post on Enter (Shift+Enter is a
 * new line) or with the Comment button (`#focused-state-composer-submit`).
 */
import { defineAdapter } from './define.ts';

const TEXTBOX = '[contenteditable="true"][role="textbox"]';
const commentLabels = [
  'Write a comment',
  'Comment as',
  'Write a reply',
  'Reply as',
  'Write a public comment',
];

export const facebook = defineAdapter({
  id: 'facebook',
  name: 'Facebook',
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*'],
  markers: [
    {
      name: 'comment',
      role: 'box',
      selector: commentLabels.map((l) => `${TEXTBOX}[aria-label^="${l}"]`).join(', '),
    },
    {
      name: 'composer',
      role: 'box',
      selector: `${TEXTBOX}[aria-label^="What's on your mind"], ${TEXTBOX}[aria-label^="What’s on your mind"], ${TEXTBOX}[aria-label^="Create a public post"], ${TEXTBOX}[aria-label^="Write something"]`,
    },
    { name: 'lexical-editor', role: 'box', selector: `${TEXTBOX}[data-lexical-editor="true"]` },
    {
      name: 'email',
      role: 'box',
      selector:
        'input[name="reg_email__"], input[name="email"], input[type="email"], input[autocomplete~="email"]',
    },
    { name: 'bio', role: 'box', selector: 'textarea[placeholder="Describe who you are"]' },
    {
      name: 'post-button',
      role: 'submit',
      selector: '[aria-label="Post"][role="button"], button[aria-label="Post"]',
    },
    {
      name: 'comment-submit',
      role: 'submit',
      selector:
        '#focused-state-composer-submit, [aria-label="Comment"][role="button"], [aria-label="Reply"][role="button"]',
    },
    {
      name: 'form-submit',
      role: 'submit',
      selector: 'button[name="websubmit"], button[name="login"], button[type="submit"]',
    },
    { name: 'save-button', role: 'submit', selector: '[aria-label="Save"][role="button"]' },
    { name: 'create-post-dialog', role: 'page', selector: '[role="dialog"][aria-label="Create post"]' },
  ],
  boxes: [
    { marker: 'comment', enterSubmits: true, submit: ['comment-submit'] },
    { marker: 'composer', submit: ['post-button'] },
    { marker: 'lexical-editor', submit: ['post-button', 'comment-submit'] },
    { marker: 'email', field: 'email', submit: ['form-submit'], formSubmit: true },
    { marker: 'bio', field: 'profile', submit: ['save-button'] },
  ],
});
