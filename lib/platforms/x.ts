/**
 * X (x.com, formerly twitter.com). Draft.js editors: the contenteditable carries
 * `data-testid="tweetTextarea_N"` (N = position in a thread) and `.public-DraftEditor-content`.
 * The home timeline composer and inline replies post with `tweetButtonInline`, the compose modal
 * (/compose/post, also for quote posts) with `tweetButton`. Ctrl/Cmd+Enter posts; Enter is a new line.
 */
import { defineAdapter } from './define.ts';

export const x = defineAdapter({
  id: 'x',
  name: 'X',
  matches: [
    'https://x.com/*',
    'https://mobile.x.com/*',
    'https://pro.x.com/*',
    'https://twitter.com/*',
    'https://mobile.twitter.com/*',
  ],
  markers: [
    {
      name: 'tweet-textarea',
      role: 'box',
      selector: '[data-testid^="tweetTextarea_"][contenteditable="true"]',
    },
    { name: 'draft-editor', role: 'box', selector: '.public-DraftEditor-content[contenteditable="true"]' },
    {
      name: 'email',
      role: 'box',
      selector: 'input[type="email"], input[name="email"], input[autocomplete~="email"]',
    },
    { name: 'login-username', role: 'box', selector: 'input[autocomplete="username"][name="text"]' },
    { name: 'profile-name', role: 'box', selector: 'input[name="displayName"]' },
    { name: 'profile-bio', role: 'box', selector: 'textarea[name="description"]' },
    { name: 'profile-location', role: 'box', selector: 'input[name="location"]' },
    { name: 'tweet-button', role: 'submit', selector: '[data-testid="tweetButton"]' },
    { name: 'tweet-button-inline', role: 'submit', selector: '[data-testid="tweetButtonInline"]' },
    { name: 'profile-save', role: 'submit', selector: '[data-testid="Profile_Save_Button"]' },
    {
      name: 'signup-next',
      role: 'submit',
      selector: '[data-testid="ocfSignupNextLink"], [data-testid="LoginForm_Login_Button"]',
    },
    { name: 'app-root', role: 'page', selector: '#react-root' },
    { name: 'modal', role: 'page', selector: '[role="dialog"][aria-modal="true"]' },
  ],
  boxes: [
    { marker: 'tweet-textarea', modEnterSubmits: true, submit: ['tweet-button', 'tweet-button-inline'] },
    { marker: 'draft-editor', modEnterSubmits: true, submit: ['tweet-button', 'tweet-button-inline'] },
    { marker: 'email', field: 'email', submit: ['signup-next'], formSubmit: true },
    { marker: 'login-username', field: 'email', submit: ['signup-next'], formSubmit: true },
    { marker: 'profile-name', field: 'profile', submit: ['profile-save'] },
    { marker: 'profile-bio', field: 'profile', submit: ['profile-save'] },
    { marker: 'profile-location', field: 'profile', submit: ['profile-save'] },
  ],
});
