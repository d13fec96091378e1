/**
 * YouTube (www.youtube.com). Polymer elements, rendered in the light DOM: the comment box `ytd-commentbox`
 * holds `#contenteditable-root` (contenteditable, "Add a comment…"), created when the person clicks the
 * placeholder; it posts with `#submit-button` ("Comment"/"Reply"); Enter is a new line. Live chat
 * (`yt-live-chat-text-input-field-renderer #input`) sends on Enter.
 */
import { defineAdapter } from './define.ts';

export const youtube = defineAdapter({
  id: 'youtube',
  name: 'YouTube',
  matches: ['https://www.youtube.com/*'],
  markers: [
    {
      name: 'commentbox',
      role: 'box',
      selector: 'ytd-commentbox #contenteditable-root[contenteditable="true"]',
    },
    { name: 'contenteditable-root', role: 'box', selector: '#contenteditable-root[contenteditable="true"]' },
    {
      name: 'live-chat',
      role: 'box',
      selector: 'yt-live-chat-text-input-field-renderer #input[contenteditable]',
    },
    {
      name: 'submit-button',
      role: 'submit',
      selector: '#submit-button button, #submit-button:not(:has(button))',
    },
    { name: 'live-chat-send', role: 'submit', selector: '#send-button button' },
    { name: 'ytd-app', role: 'page', selector: 'ytd-app' },
    {
      name: 'comment-placeholder',
      role: 'page',
      selector: 'ytd-comment-simplebox-renderer #placeholder-area',
    },
  ],
  boxes: [
    { marker: 'commentbox', submit: ['submit-button'] },
    { marker: 'contenteditable-root', submit: ['submit-button'] },
    { marker: 'live-chat', enterSubmits: true, submit: ['live-chat-send'] },
  ],
});
