/**
 * LinkedIn (www.linkedin.com). Quill editors (`.ql-editor`, contenteditable, role=textbox). The share box
 * ("Start a post" dialog) posts with `.share-actions__primary-action`; comment boxes
 * (`.comments-comment-box`, `.comments-comment-texteditor`) with `.comments-comment-box__submit-button`
 * (`--cr` variant), which appears once there is text. Enter makes a new line.
 */
import { defineAdapter } from './define.ts';

export const linkedin = defineAdapter({
  id: 'linkedin',
  name: 'LinkedIn',
  matches: ['https://www.linkedin.com/*'],
  markers: [
    {
      name: 'share-box',
      role: 'box',
      selector:
        '.share-creation-state__text-editor .ql-editor[contenteditable="true"], .share-box .ql-editor[contenteditable="true"]',
    },
    {
      name: 'comment',
      role: 'box',
      selector:
        '.comments-comment-box .ql-editor[contenteditable="true"], .comments-comment-texteditor .ql-editor[contenteditable="true"]',
    },
    { name: 'ql-editor', role: 'box', selector: '.ql-editor[contenteditable="true"]' },
    {
      name: 'email',
      role: 'box',
      selector:
        'input#email-address, input[name="email-address"], input#username[name="session_key"], input[type="email"], input[autocomplete~="email"]',
    },
    { name: 'headline', role: 'box', selector: 'input[id*="headline"], textarea[id*="summary"]' },
    { name: 'share-post', role: 'submit', selector: 'button.share-actions__primary-action' },
    {
      name: 'comment-submit',
      role: 'submit',
      selector: 'button.comments-comment-box__submit-button, button.comments-comment-box__submit-button--cr',
    },
    { name: 'form-submit', role: 'submit', selector: 'button[type="submit"]' },
    { name: 'profile-save', role: 'submit', selector: 'button[data-view-name="profile-form-save"]' },
  ],
  boxes: [
    { marker: 'share-box', submit: ['share-post'] },
    { marker: 'comment', submit: ['comment-submit'] },
    { marker: 'ql-editor', submit: ['share-post', 'comment-submit'] },
    { marker: 'email', field: 'email', submit: ['form-submit'], formSubmit: true },
    { marker: 'headline', field: 'profile', submit: ['profile-save', 'form-submit'] },
  ],
});
