/**
 * Bluesky (bsky.app). The composer is a TipTap/ProseMirror editor (`.ProseMirror`, contenteditable) in the
 * composer dialog, posted by `[data-testid="composePostButton"]` or Ctrl/Cmd+Enter; Enter is a new line.
 * Sign-up `[data-testid="emailInput"]`; profile editor display name and description by test id.
 */
import { defineAdapter } from './define.ts';

export const bluesky = defineAdapter({
  id: 'bluesky',
  name: 'Bluesky',
  matches: ['https://bsky.app/*', 'https://main.bsky.dev/*'],
  markers: [
    {
      name: 'composer',
      role: 'box',
      selector: '[data-testid="composerTextInput"] .ProseMirror[contenteditable="true"]',
    },
    { name: 'prosemirror', role: 'box', selector: '.ProseMirror[contenteditable="true"]' },
    {
      name: 'email',
      role: 'box',
      selector:
        '[data-testid="emailInput"], [data-testid="loginUsernameInput"], input[type="email"], input[autocomplete~="email"]',
    },
    {
      name: 'profile',
      role: 'box',
      selector: '[data-testid="editProfileDisplayNameInput"], [data-testid="editProfileDescriptionInput"]',
    },
    { name: 'post-button', role: 'submit', selector: '[data-testid="composePostButton"]' },
    {
      name: 'signup-next',
      role: 'submit',
      selector: '[data-testid="nextBtn"], [data-testid="loginNextButton"], button[type="submit"]',
    },
    { name: 'profile-save', role: 'submit', selector: '[data-testid="editProfileSaveBtn"]' },
    {
      name: 'composer-dialog',
      role: 'page',
      selector: '[data-testid="composerDiscardButton"], [aria-label="New post"]',
    },
  ],
  boxes: [
    { marker: 'composer', modEnterSubmits: true, submit: ['post-button'] },
    { marker: 'prosemirror', modEnterSubmits: true, submit: ['post-button'] },
    { marker: 'email', field: 'email', submit: ['signup-next'], formSubmit: true },
    { marker: 'profile', field: 'profile', submit: ['profile-save'] },
  ],
});
