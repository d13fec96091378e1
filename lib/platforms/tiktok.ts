/**
 * TikTok (www.tiktok.com). The comment box is a Draft.js editor inside `[data-e2e="comment-input"]`,
 * posted by `[data-e2e="comment-post"]` or Enter (Shift+Enter is a new line).
 */
import { defineAdapter } from './define.ts';

export const tiktok = defineAdapter({
  id: 'tiktok',
  name: 'TikTok',
  matches: ['https://www.tiktok.com/*'],
  markers: [
    { name: 'comment-input', role: 'box', selector: '[data-e2e="comment-input"]' },
    {
      name: 'comment-draft-editor',
      role: 'box',
      selector: '[class*="CommentInput"] .public-DraftEditor-content[contenteditable="true"]',
    },
    {
      name: 'email',
      role: 'box',
      selector: 'input[name="email"], input[type="email"], input[autocomplete~="email"]',
    },
    { name: 'comment-post', role: 'submit', selector: '[data-e2e="comment-post"]' },
    { name: 'form-submit', role: 'submit', selector: 'button[type="submit"], [data-e2e="login-button"]' },
  ],
  boxes: [
    { marker: 'comment-input', enterSubmits: true, submit: ['comment-post'] },
    { marker: 'comment-draft-editor', enterSubmits: true, submit: ['comment-post'] },
    { marker: 'email', field: 'email', submit: ['form-submit'], formSubmit: true },
  ],
});
