/**
 * The platform adapters against the replica pages, in real Chromium (and Firefox; SECOND_LOOK_SKIP_FIREFOX=1
 * skips it) at the platforms' real URLs: the adapter
 * bundle (lib/platforms) is injected into each page and must pick the right adapter, find exactly the
 * expected compose boxes (in shadow roots, two at once, after SPA navigation, rendered late), find each
 * box's real submit control (clicking it must post), read exactly what was typed with the keyboard (the
 * same text the page itself posts), and report every marker's health.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapterBundle } from './harness/adapters.ts';
import type { BoxInfo, SlApi } from './harness/adapters-entry.ts';
import {
  type ChromiumSession,
  type FirefoxSession,
  launchChromium,
  launchFirefox,
  postedOn,
  pressModEnter,
  requestMark,
  requestsSince,
  typeInto,
} from './harness/index.ts';

interface BoxExpect {
  /** Identifies the box: the element matches this selector or lies inside a match (through shadow roots). */
  is: string;
  field?: 'post' | 'email' | 'profile';
  marker?: string;
  enterSubmits?: boolean;
  modEnterSubmits?: boolean | null;
  inShadow?: boolean;
  /** Every submit control found matches this (itself or an ancestor) and there is at least one; null: none. */
  submit: string | null;
  submitLabel?: RegExp;
  /** The submit control only exists once the box has text (LinkedIn comments): checked after typing. */
  submitAfterTyping?: boolean;
}

interface TypeStep {
  box: string;
  text: string;
  newline?: 'Enter' | 'Shift+Enter';
  post: 'click' | 'enter' | 'mod-enter';
  /** What the page posts last, when it is not `text`. */
  posted?: string;
}

type Action = { click: string } | { waitFor: string } | { expectUrl: string };

interface Scenario {
  name: string;
  url: string;
  adapter: string;
  /** adaptersFor(url, document) ids; default [adapter]. */
  picks?: string[];
  /** While this JS condition holds in the page, only `lateCount` boxes (default 0) may be found. */
  lateWhile?: string;
  lateCount?: number;
  actions?: Action[];
  boxes: BoxExpect[];
  /** Exact markerHealth counts for these markers (after actions). */
  health?: Record<string, number>;
  type?: TypeStep;
}

const X_BOX = '[data-testid="tweetTextarea_0"]';
const LOADING = (text: string) => `document.body.textContent.includes(${JSON.stringify(text)})`;

const SCENARIOS: Scenario[] = [
  // ---- X ------------------------------------------------------------------------------------------------
  {
    name: 'X home composer (Draft.js), Ctrl+Enter posts',
    url: 'https://x.com/home',
    adapter: 'x',
    boxes: [
      {
        is: `[data-testid="primaryColumn"] ${X_BOX}`,
        marker: 'tweet-textarea',
        modEnterSubmits: true,
        enterSubmits: false,
        submit: '[data-testid="tweetButtonInline"]',
      },
    ],
    health: {
      'tweet-textarea': 1,
      'draft-editor': 1,
      'tweet-button-inline': 1,
      'tweet-button': 0,
      'app-root': 1,
    },
    type: {
      box: X_BOX,
      text: 'Proud of our team\n\nat the Legislature today',
      newline: 'Enter',
      post: 'mod-enter',
    },
  },
  {
    name: 'X compose modal over home: two boxes, each with its own Post button',
    url: 'https://x.com/home',
    adapter: 'x',
    actions: [{ click: '[data-testid="SideNav_NewTweet_Button"]' }, { expectUrl: '/compose/post' }],
    boxes: [
      { is: `[data-testid="primaryColumn"] ${X_BOX}`, submit: '[data-testid="tweetButtonInline"]' },
      { is: `[role="dialog"] ${X_BOX}`, submit: '[role="dialog"] [data-testid="tweetButton"]' },
    ],
    health: { 'tweet-textarea': 2, 'tweet-button': 1, 'tweet-button-inline': 1, modal: 1 },
    type: {
      box: `[role="dialog"] ${X_BOX}`,
      text: 'From the modal\nsecond line',
      newline: 'Enter',
      post: 'click',
    },
  },
  {
    name: 'X SPA route to a status: old composer gone, inline reply rendered late',
    url: 'https://x.com/home',
    adapter: 'x',
    actions: [{ waitFor: '[data-testid="tweet"] [data-testid="reply"]' }, { click: '[data-testid="reply"]' }],
    lateWhile: LOADING('Loading conversation'),
    boxes: [
      { is: `[data-testid="inline_reply_offscreen"] ${X_BOX}`, submit: '[data-testid="tweetButtonInline"]' },
    ],
    type: { box: X_BOX, text: 'Replying inline', post: 'click' },
  },
  {
    name: 'X quote post on twitter.com',
    url: 'https://twitter.com/compose/post?quote=20',
    adapter: 'x',
    boxes: [
      { is: `[data-testid="primaryColumn"] ${X_BOX}`, submit: '[data-testid="tweetButtonInline"]' },
      { is: `[role="dialog"] ${X_BOX}`, submit: '[data-testid="tweetButton"]' },
    ],
    type: { box: `[role="dialog"] ${X_BOX}`, text: 'Quoting this', post: 'mod-enter' },
  },
  {
    name: 'X sign-up email',
    url: 'https://x.com/i/flow/signup',
    adapter: 'x',
    boxes: [
      {
        is: 'input[name="email"]',
        field: 'email',
        marker: 'email',
        enterSubmits: true,
        submit: '[data-testid="ocfSignupNextLink"]',
      },
    ],
    health: { email: 1, 'tweet-textarea': 0 },
    type: { box: 'input[name="email"]', text: 'sam.lee@gov.mb.ca', post: 'enter' },
  },
  {
    name: 'X edit profile: display name, bio, location',
    url: 'https://x.com/settings/profile',
    adapter: 'x',
    boxes: [
      { is: 'input[name="displayName"]', field: 'profile', submit: '[data-testid="Profile_Save_Button"]' },
      { is: 'textarea[name="description"]', field: 'profile', submit: '[data-testid="Profile_Save_Button"]' },
      { is: 'input[name="location"]', field: 'profile', submit: '[data-testid="Profile_Save_Button"]' },
    ],
    type: {
      box: 'textarea[name="description"]',
      text: 'Policy analyst\nViews my own',
      newline: 'Enter',
      post: 'click',
    },
  },
  // ---- Facebook -----------------------------------------------------------------------------------------
  {
    name: 'Facebook feed comment (Lexical), rendered late, Enter posts',
    url: 'https://www.facebook.com/',
    adapter: 'facebook',
    lateWhile: LOADING('Loading…'),
    boxes: [
      {
        is: '[aria-label="Write a comment…"]',
        marker: 'comment',
        enterSubmits: true,
        submit: '#focused-state-composer-submit',
      },
    ],
    health: { comment: 1, composer: 0, 'lexical-editor': 1, 'comment-submit': 1 },
    type: { box: '[aria-label="Write a comment…"]', text: 'Congrats!\nSee you there', post: 'enter' },
  },
  {
    name: 'Facebook Create post dialog and a comment box at once',
    url: 'https://www.facebook.com/',
    adapter: 'facebook',
    actions: [
      { waitFor: '[aria-label="Write a comment…"]' },
      { click: 'div[role="button"][aria-label^="What\'s on"]' },
    ],
    boxes: [
      {
        is: '[role="dialog"] [contenteditable="true"]',
        marker: 'composer',
        enterSubmits: false,
        submit: '[role="dialog"] [aria-label="Post"]',
      },
      {
        is: '[aria-label="Write a comment…"]',
        marker: 'comment',
        enterSubmits: true,
        submit: '#focused-state-composer-submit',
      },
    ],
    health: { composer: 1, comment: 1, 'lexical-editor': 2, 'post-button': 1, 'create-post-dialog': 1 },
    type: {
      box: '[role="dialog"] [contenteditable="true"]',
      text: 'Big news\nfrom our branch',
      newline: 'Enter',
      post: 'click',
    },
  },
  {
    name: 'Facebook SPA permalink: a new "Comment as" box',
    url: 'https://www.facebook.com/',
    adapter: 'facebook',
    actions: [{ waitFor: 'a[href="/groups/1/posts/2/"]' }, { click: 'a[href="/groups/1/posts/2/"]' }],
    boxes: [
      {
        is: '[aria-label="Comment as Sam"]',
        marker: 'comment',
        enterSubmits: true,
        submit: '#focused-state-composer-submit',
      },
    ],
    type: { box: '[aria-label="Comment as Sam"]', text: 'Thanks for sharing', post: 'click' },
  },
  {
    name: 'Facebook sign-up email (reg_email__)',
    url: 'https://www.facebook.com/r.php',
    adapter: 'facebook',
    boxes: [
      {
        is: 'input[name="reg_email__"]',
        field: 'email',
        enterSubmits: true,
        submit: 'button[name="websubmit"]',
      },
    ],
    type: { box: 'input[name="reg_email__"]', text: 'sam.lee@gov.mb.ca', post: 'enter' },
  },
  {
    name: 'Facebook login email',
    url: 'https://www.facebook.com/login/',
    adapter: 'facebook',
    boxes: [{ is: 'input#email', field: 'email', enterSubmits: true, submit: 'button[name="login"]' }],
  },
  // ---- Instagram ----------------------------------------------------------------------------------------
  {
    name: 'Instagram feed: two comment textareas, each with its own Post',
    url: 'https://www.instagram.com/',
    adapter: 'instagram',
    boxes: [
      {
        is: 'article:nth-of-type(1) textarea',
        marker: 'comment',
        enterSubmits: true,
        submit: 'article:nth-of-type(1) form [role="button"]',
        submitLabel: /^Post$/,
      },
      {
        is: 'article:nth-of-type(2) textarea',
        marker: 'comment',
        enterSubmits: true,
        submit: 'article:nth-of-type(2) form [role="button"]',
        submitLabel: /^Post$/,
      },
    ],
    health: { comment: 2, post: 2 },
    type: { box: 'article:nth-of-type(2) textarea', text: 'Beautiful\nshot', post: 'enter' },
  },
  {
    name: 'Instagram SPA post page, comment form rendered late',
    url: 'https://www.instagram.com/',
    adapter: 'instagram',
    actions: [{ click: 'article:nth-of-type(1) a[href="/p/C0mment/"]' }],
    lateWhile: LOADING('Loading…'),
    boxes: [
      {
        is: 'textarea[aria-label="Add a comment…"]',
        enterSubmits: true,
        submit: 'form [role="button"]',
        submitLabel: /^Post$/,
      },
    ],
    type: { box: 'textarea', text: 'Love it', post: 'click' },
  },
  {
    name: 'Instagram caption (Lexical)',
    url: 'https://www.instagram.com/create/',
    adapter: 'instagram',
    boxes: [
      {
        is: '[aria-label="Write a caption..."]',
        marker: 'caption',
        submit: '[role="dialog"] [role="button"]',
        submitLabel: /^Share$/,
      },
    ],
    type: {
      box: '[aria-label="Write a caption..."]',
      text: 'Spring in Manitoba\n#travel',
      newline: 'Enter',
      post: 'click',
    },
  },
  {
    name: 'Instagram sign-up email',
    url: 'https://www.instagram.com/accounts/emailsignup/',
    adapter: 'instagram',
    boxes: [
      {
        is: 'input[name="emailOrPhone"]',
        field: 'email',
        enterSubmits: true,
        submit: 'button[type="submit"]',
      },
    ],
  },
  {
    name: 'Instagram profile bio',
    url: 'https://www.instagram.com/accounts/edit/',
    adapter: 'instagram',
    boxes: [{ is: '#pepBio', field: 'profile', submit: '[role="button"]', submitLabel: /^Submit$/ }],
    type: { box: '#pepBio', text: 'Coffee and maps', post: 'click' },
  },
  // ---- Threads ------------------------------------------------------------------------------------------
  {
    name: 'Threads composer dialog (threads.net)',
    url: 'https://www.threads.net/',
    adapter: 'threads',
    actions: [{ click: '[role="main"] > div[role="button"]' }],
    boxes: [
      {
        is: '[role="dialog"] [data-lexical-editor="true"]',
        marker: 'composer',
        submit: '[role="dialog"] [role="button"]',
        submitLabel: /^Post$/,
      },
    ],
    health: { composer: 1, 'post-button': 1 },
    type: {
      box: '[data-lexical-editor="true"]',
      text: 'First thread\nsecond line',
      newline: 'Enter',
      post: 'click',
    },
  },
  {
    name: 'Threads SPA post page (threads.com), reply box rendered late',
    url: 'https://www.threads.com/',
    adapter: 'threads',
    actions: [{ click: 'a[href="/@zuck/post/C1"]' }],
    lateWhile: LOADING('Loading…'),
    boxes: [{ is: '[aria-label="Reply to zuck..."]', submit: '[role="button"]', submitLabel: /^Post$/ }],
    type: { box: '[aria-label="Reply to zuck..."]', text: 'Agreed', post: 'click' },
  },
  // ---- LinkedIn -----------------------------------------------------------------------------------------
  {
    name: 'LinkedIn feed comment (Quill): Comment button appears with text',
    url: 'https://www.linkedin.com/feed/',
    adapter: 'linkedin',
    boxes: [
      {
        is: '.comments-comment-box .ql-editor',
        marker: 'comment',
        submit: '.comments-comment-box__submit-button--cr',
        submitAfterTyping: true,
      },
    ],
    health: { comment: 1, 'ql-editor': 1, 'comment-submit': 0 },
    type: {
      box: '.comments-comment-box .ql-editor',
      text: 'Well deserved!\n\nCongrats',
      newline: 'Enter',
      post: 'click',
    },
  },
  {
    name: 'LinkedIn share box dialog and a comment box at once',
    url: 'https://www.linkedin.com/feed/',
    adapter: 'linkedin',
    actions: [{ click: '.share-box-feed-entry__trigger' }],
    boxes: [
      { is: '.share-box .ql-editor', marker: 'share-box', submit: 'button.share-actions__primary-action' },
      { is: '.comments-comment-box .ql-editor', marker: 'comment', submit: null },
    ],
    health: { 'share-box': 1, comment: 1, 'ql-editor': 2, 'share-post': 1 },
    type: { box: '.share-box .ql-editor', text: 'Hiring!\nApply by Friday', newline: 'Enter', post: 'click' },
  },
  {
    name: 'LinkedIn SPA update page: a new comment box',
    url: 'https://www.linkedin.com/feed/',
    adapter: 'linkedin',
    actions: [{ click: 'a[href="/feed/update/urn:li:activity:1/"]' }],
    boxes: [
      {
        is: '.comments-comment-box .ql-editor',
        submit: '.comments-comment-box__submit-button--cr',
        submitAfterTyping: true,
      },
    ],
    type: { box: '.ql-editor', text: 'Great update', post: 'click' },
  },
  {
    name: 'LinkedIn sign-up email',
    url: 'https://www.linkedin.com/signup',
    adapter: 'linkedin',
    boxes: [{ is: '#email-address', field: 'email', enterSubmits: true, submit: 'button[type="submit"]' }],
  },
  // ---- Reddit -------------------------------------------------------------------------------------------
  {
    name: 'Reddit comment composer: editor in an open shadow root, upgraded late',
    url: 'https://www.reddit.com/r/test/comments/abc/hello/',
    adapter: 'reddit',
    lateWhile: '!customElements.get("shreddit-composer")',
    boxes: [
      {
        is: 'shreddit-composer',
        marker: 'shreddit-composer',
        inShadow: true,
        submit: 'button[type="submit"]',
        submitLabel: /^Comment$/,
      },
    ],
    health: { 'shreddit-composer': 1, 'lexical-editor': 0, 'shadow-submit': 1, 'shreddit-app': 1 },
    type: { box: 'shreddit-composer', text: 'Interesting thread\nthanks', post: 'click' },
  },
  {
    name: 'Reddit SPA from the listing to the post',
    url: 'https://www.reddit.com/r/test/',
    adapter: 'reddit',
    actions: [{ click: 'a[href="/r/test/comments/abc/hello/"]' }],
    boxes: [{ is: 'shreddit-composer', inShadow: true, submit: 'button[type="submit"]' }],
    type: { box: 'shreddit-composer', text: 'Hello from the SPA', post: 'click' },
  },
  {
    name: 'Reddit submit page: title in a shadow root, body slotted into shreddit-composer',
    url: 'https://www.reddit.com/r/test/submit',
    adapter: 'reddit',
    // the composer upgrades 300 ms after load and re-slots the editor; a person types after that (keys
    // typed during the upgrade were dropped by Lexical in Firefox)
    actions: [{ waitFor: 'shreddit-composer:defined' }],
    boxes: [
      {
        is: 'faceplate-textarea-input[name="title"]',
        marker: 'post-title',
        inShadow: true,
        submit: '#submit-post-button',
      },
      { is: '[slot="rte"]', inShadow: false, submit: '#submit-post-button' },
    ],
    type: { box: '[slot="rte"]', text: 'Body text\nwith two lines', post: 'click' },
  },
  {
    name: 'Reddit register: email input inside a shadow root',
    url: 'https://www.reddit.com/register/',
    adapter: 'reddit',
    boxes: [{ is: 'faceplate-text-input', field: 'email', inShadow: true, submit: 'button[type="submit"]' }],
    type: { box: 'faceplate-text-input', text: 'sam@gov.mb.ca', post: 'click' },
  },
  {
    name: 'Old Reddit: comment form, and a reply form added on demand',
    url: 'https://old.reddit.com/r/test/comments/abc/hello/',
    adapter: 'reddit',
    actions: [{ click: '#thing_t1_c1 .buttons a' }],
    boxes: [
      {
        is: '.commentarea .usertext-edit textarea',
        marker: 'old-usertext',
        submit: '.commentarea button.save',
      },
      {
        is: '#thing_t1_c1 .usertext-edit textarea',
        marker: 'old-usertext',
        submit: '#thing_t1_c1 button.save',
      },
    ],
    health: { 'old-usertext': 2, 'old-save': 2, 'old-reddit': 1 },
    type: { box: '#thing_t1_c1 textarea', text: 'Old school\nreply', newline: 'Enter', post: 'click' },
  },
  {
    name: 'Old Reddit submit page',
    url: 'https://old.reddit.com/submit',
    adapter: 'reddit',
    boxes: [
      { is: 'textarea[name="title"]', marker: 'old-title', submit: 'button[name="submit"]' },
      { is: 'textarea[name="text"]', marker: 'old-usertext', submit: 'button[name="submit"]' },
    ],
  },
  // ---- Bluesky ------------------------------------------------------------------------------------------
  {
    name: 'Bluesky composer (TipTap/ProseMirror), Ctrl+Enter posts',
    url: 'https://bsky.app/',
    adapter: 'bluesky',
    actions: [{ click: '[data-testid="composeFAB"]' }],
    boxes: [
      {
        is: '[data-testid="composerTextInput"] .ProseMirror',
        marker: 'composer',
        modEnterSubmits: true,
        submit: '[data-testid="composePostButton"]',
      },
    ],
    health: { composer: 1, prosemirror: 1, 'post-button': 1 },
    type: { box: '.ProseMirror', text: 'Hello sky\n\nNew paragraph', newline: 'Enter', post: 'mod-enter' },
  },
  {
    name: 'Bluesky SPA post page: reply composer',
    url: 'https://bsky.app/',
    adapter: 'bluesky',
    actions: [
      { click: 'a[href="/profile/alice.test/post/3kabc"]' },
      { waitFor: '[data-testid="replyPromptBtn"]' },
      { click: '[data-testid="replyPromptBtn"]' },
    ],
    boxes: [{ is: '.ProseMirror', submit: '[data-testid="composePostButton"]' }],
    type: { box: '.ProseMirror', text: 'Line one\nline two', newline: 'Shift+Enter', post: 'click' },
  },
  {
    name: 'Bluesky sign-up email',
    url: 'https://bsky.app/signup',
    adapter: 'bluesky',
    boxes: [{ is: '[data-testid="emailInput"]', field: 'email', submit: '[data-testid="nextBtn"]' }],
  },
  {
    name: 'Bluesky edit profile',
    url: 'https://bsky.app/profile/edit',
    adapter: 'bluesky',
    boxes: [
      {
        is: '[data-testid="editProfileDisplayNameInput"]',
        field: 'profile',
        submit: '[data-testid="editProfileSaveBtn"]',
      },
      {
        is: '[data-testid="editProfileDescriptionInput"]',
        field: 'profile',
        submit: '[data-testid="editProfileSaveBtn"]',
      },
    ],
  },
  // ---- Mastodon (recognised by the page, any host) --------------------------------------------------------
  {
    name: 'Mastodon on mastodon.social: compose textarea, content warning on demand',
    url: 'https://mastodon.social/home',
    adapter: 'mastodon',
    actions: [{ click: '.spoiler-button' }],
    boxes: [
      {
        is: '.compose-form textarea',
        marker: 'compose',
        modEnterSubmits: true,
        submit: '.compose-form__submit button',
      },
      {
        is: '.spoiler-input__input',
        marker: 'content-warning',
        enterSubmits: false,
        submit: '.compose-form__submit button',
      },
    ],
    health: {
      compose: 1,
      'content-warning': 1,
      publish: 1,
      'application-name': 1,
      'react-root': 1,
      'app-body': 1,
    },
    type: {
      box: '.compose-form textarea',
      text: 'Hello fediverse\nfrom Winnipeg',
      newline: 'Enter',
      post: 'mod-enter',
    },
  },
  {
    name: 'Mastodon on another instance (social.example.org), SPA routes replace the compose form',
    url: 'https://social.example.org/home',
    adapter: 'mastodon',
    actions: [{ click: 'a[href="/@Gargron/1"]' }, { click: 'a[href="/publish"]' }, { expectUrl: '/publish' }],
    boxes: [{ is: '.compose-form textarea', marker: 'compose', submit: '.compose-form__submit button' }],
    type: { box: '.compose-form textarea', text: 'Posted from /publish', post: 'click' },
  },
  {
    name: 'Mastodon sign-up email',
    url: 'https://social.example.org/auth/sign_up',
    adapter: 'mastodon',
    boxes: [{ is: '#user_email', field: 'email', enterSubmits: true, submit: 'button[type="submit"]' }],
    type: { box: '#user_email', text: 'sam.lee@gov.mb.ca', post: 'enter' },
  },
  {
    name: 'Mastodon profile',
    url: 'https://mastodon.social/settings/profile',
    adapter: 'mastodon',
    boxes: [
      { is: '#account_display_name', field: 'profile', submit: 'button[type="submit"]' },
      { is: '#account_note', field: 'profile', submit: 'button[type="submit"]' },
    ],
  },
  // ---- YouTube ------------------------------------------------------------------------------------------
  {
    name: 'YouTube: comments render late, commentbox on click, a reply box too',
    url: 'https://www.youtube.com/watch?v=abc',
    adapter: 'youtube',
    lateWhile: LOADING('Loading comments'),
    actions: [
      { waitFor: '#placeholder-area' },
      { click: '#placeholder-area' },
      { click: '#reply-button-end button' },
    ],
    boxes: [
      {
        is: 'ytd-comments-header-renderer ytd-commentbox',
        marker: 'commentbox',
        submit: 'ytd-comments-header-renderer #submit-button button',
      },
      {
        is: '#reply-dialog ytd-commentbox',
        marker: 'commentbox',
        submit: '#reply-dialog #submit-button button',
      },
    ],
    health: { commentbox: 2, 'submit-button': 2, 'ytd-app': 1 },
    type: {
      box: 'ytd-comments-header-renderer ytd-commentbox',
      text: 'Great explainer\nthanks',
      newline: 'Enter',
      post: 'click',
    },
  },
  {
    name: 'YouTube SPA to the next video: the comments reload',
    url: 'https://www.youtube.com/watch?v=abc',
    adapter: 'youtube',
    actions: [
      { waitFor: '#placeholder-area' },
      { click: 'a[href="/watch?v=def"]' },
      { waitFor: '#placeholder-area' },
      { click: '#placeholder-area' },
    ],
    boxes: [{ is: 'ytd-commentbox', submit: '#submit-button button' }],
    type: { box: 'ytd-commentbox', text: 'Second video', post: 'click' },
  },
  // ---- TikTok -------------------------------------------------------------------------------------------
  {
    name: 'TikTok comment (Draft.js), rendered late, Enter posts',
    url: 'https://www.tiktok.com/@scout2015/video/6718335390845095173',
    adapter: 'tiktok',
    lateWhile: LOADING('Loading comments'),
    boxes: [
      {
        is: '[data-e2e="comment-input"] .public-DraftEditor-content',
        marker: 'comment-input',
        enterSubmits: true,
        submit: '[data-e2e="comment-post"]',
      },
    ],
    health: { 'comment-input': 1, 'comment-post': 1 },
    type: { box: '[data-e2e="comment-input"]', text: 'So good\nagain', post: 'enter' },
  },
  {
    name: 'TikTok SPA to the next video: a new comment box',
    url: 'https://www.tiktok.com/@scout2015/video/6718335390845095173',
    adapter: 'tiktok',
    actions: [
      { waitFor: '[data-e2e="comment-input"]' },
      { click: 'a[href="/@scout2015/video/7000000000000000001"]' },
      { expectUrl: '/@scout2015/video/7000000000000000001' },
    ],
    lateWhile: LOADING('Loading comments'),
    boxes: [{ is: '[data-e2e="comment-input"]', enterSubmits: true, submit: '[data-e2e="comment-post"]' }],
    type: { box: '[data-e2e="comment-input"]', text: 'Next one', post: 'click' },
  },
  {
    name: 'TikTok sign-up email',
    url: 'https://www.tiktok.com/signup/phone-or-email/email',
    adapter: 'tiktok',
    boxes: [
      { is: 'input[name="email"]', field: 'email', enterSubmits: true, submit: '[data-e2e="login-button"]' },
    ],
  },
  // ---- Generic ------------------------------------------------------------------------------------------
  {
    name: 'Generic site: textarea, contenteditable, email, bio; search, combobox, tiny and island fields skipped',
    url: 'https://generic.example.org/',
    adapter: 'generic',
    picks: [],
    boxes: [
      {
        is: '#email',
        field: 'email',
        marker: 'email',
        enterSubmits: true,
        submit: 'form#contact button[type="submit"]',
      },
      { is: '#bio', field: 'profile', marker: 'profile', submit: 'form#contact button[type="submit"]' },
      { is: '#message', field: 'post', marker: 'textarea', submit: 'form#contact button[type="submit"]' },
      { is: '#note', field: 'post', marker: 'contenteditable', submit: '#post-note' },
      { is: '#doc-editor', field: 'post', marker: 'contenteditable', submit: null },
    ],
    type: { box: '#note', text: 'A note\non two lines', newline: 'Enter', post: 'click' },
  },
  {
    name: 'Generic site SPA: a new textarea',
    url: 'https://generic.example.org/',
    adapter: 'generic',
    picks: [],
    actions: [{ click: 'a[href="/reply"]' }, { expectUrl: '/reply' }],
    boxes: [{ is: '#reply', submit: 'button[type="submit"]' }],
    type: { box: '#reply', text: 'A reply\nwith lines', newline: 'Enter', post: 'click' },
  },
];

/** readText on editor markup as Draft.js, Lexical, ProseMirror, Quill and plain contenteditables leave it. */
const MARKUP: [string, string, string][] = [
  ['Quill/ProseMirror paragraphs with an empty one', '<p>a</p><p><br></p><p>b</p>', 'a\n\nb'],
  ['line break inside a paragraph', '<p>a<br>b</p>', 'a\nb'],
  ['Lexical trailing line break', '<p dir="ltr"><span data-lexical-text="true">a</span><br><br></p>', 'a\n'],
  ['ProseMirror trailing hard break', '<p>a<br><br class="ProseMirror-trailingBreak"></p>', 'a\n'],
  ['Chrome contenteditable divs', 'a<div>b</div><div><br></div>', 'a\nb\n'],
  ['break right before a block', 'a<br><div>b</div>', 'a\nb'],
  [
    'Draft.js blocks',
    '<div data-contents="true"><div data-block="true"><div><span><span data-text="true">a</span></span></div></div><div data-block="true"><div><span><br data-text="true"></span></div></div></div>',
    'a\n',
  ],
  ['NBSP becomes a space', '<div><span>x&nbsp;y</span></div>', 'x y'],
  ['hidden text is not read', '<p>a<span style="display:none">hidden</span>b</p>', 'ab'],
  ['caret guard U+FEFF dropped', '<p>a\ufeffb</p>', 'ab'],
  ['list items are lines', '<ul><li>one</li><li>two</li></ul>', 'one\ntwo'],
  ['mention chips are read', '<p>hi <span contenteditable="false">@sam</span> there</p>', 'hi @sam there'],
  ['empty editor', '<p><br></p>', ''],
  ['nothing at all', '', ''],
];

// ---- drivers: the same scenarios in Chromium (Playwright) and Firefox (Puppeteer) --------------------------

interface Clickable {
  click(): Promise<void>;
}
interface TestPage {
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  element<A>(fn: (arg: A) => HTMLElement, arg: A): Promise<Clickable>;
  click(selector: string): Promise<void>;
  waitForSelector(selector: string): Promise<void>;
  waitForPath(path: string): Promise<void>;
  keyboard: {
    type(text: string): Promise<unknown>;
    down(key: string): Promise<unknown>;
    up(key: string): Promise<unknown>;
    press(key: string): Promise<unknown>;
  };
  errors: string[];
  close(): Promise<void>;
}

interface Driver {
  open(url: string): Promise<TestPage>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function chromiumDriver(bundle: string): Promise<Driver> {
  const session: ChromiumSession = await launchChromium({ extensionPath: null });
  return {
    async open(url) {
      const page = await session.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(url, { waitUntil: 'load' });
      await page.addScriptTag({ content: bundle });
      return {
        evaluate: (fn, arg) => page.evaluate(fn as never, arg as never),
        element: async (fn, arg) => {
          const el = (
            await page.evaluateHandle(fn as (a: unknown) => HTMLElement, arg as unknown)
          ).asElement();
          if (!el) throw new Error('not an element');
          return { click: () => el.click() };
        },
        click: (sel) => page.click(sel),
        waitForSelector: async (sel) => {
          await page.waitForSelector(sel);
        },
        waitForPath: (path) => page.waitForURL((u) => u.pathname + u.search === path || u.pathname === path),
        keyboard: page.keyboard,
        errors,
        close: () => page.close(),
      };
    },
    close: () => session.close(),
  };
}

async function firefoxDriver(bundle: string): Promise<Driver> {
  const session: FirefoxSession = await launchFirefox({ extensionPath: null });
  return {
    async open(url) {
      const page = await session.browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(url, { waitUntil: 'load' });
      await page.addScriptTag({ content: bundle });
      return {
        evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
        element: async (fn, arg) => {
          const el = (
            await page.evaluateHandle(fn as (a: unknown) => HTMLElement, arg as unknown)
          ).asElement();
          if (!el) throw new Error('not an element');
          return { click: () => (el as unknown as Clickable).click() };
        },
        click: (sel) => page.click(sel),
        waitForSelector: async (sel) => {
          await page.waitForSelector(sel);
        },
        waitForPath: async (path) => {
          await page.waitForFunction(
            (p: string) => location.pathname + location.search === p || location.pathname === p,
            {},
            path,
          );
        },
        keyboard: page.keyboard,
        errors,
        close: () => page.close(),
      };
    },
    close: () => session.close(),
  };
}

// ---- the probes (window.__sl, see harness/adapters-entry.ts) ---------------------------------------------

type W = { __sl: SlApi };
const sl = (page: TestPage) => ({
  scan: (id: string, selectors: string[]) =>
    page.evaluate(([id, selectors]) => (window as unknown as W).__sl.scan(id, selectors), [
      id,
      selectors,
    ] as const),
  scanIf: (id: string, selectors: string[], cond: string) =>
    page.evaluate(
      ([id, selectors, cond]) => {
        // A condition written in this file, evaluated in the page (global scope).
        const late = !!new Function(`return (${cond});`)();
        return { late, boxes: (window as unknown as W).__sl.scan(id, selectors) };
      },
      [id, selectors, cond] as const,
    ),
  pick: (generic = false) => page.evaluate((g) => (window as unknown as W).__sl.pick(g), generic),
  recognised: () => page.evaluate(() => (window as unknown as W).__sl.recognised(), null),
  read: (id: string, i: number) =>
    page.evaluate(([id, i]) => (window as unknown as W).__sl.read(id, i), [id, i] as const),
  health: (id: string) => page.evaluate((id) => (window as unknown as W).__sl.health(id), id),
  markerNames: (id: string) =>
    page.evaluate(
      (id) => (window as unknown as W).__sl.platforms.adapterById(id)?.markers.map((m) => m.name) ?? [],
      id,
    ),
  readMarkup: (markup: string, tag?: string) =>
    page.evaluate(([m, t]) => (window as unknown as W).__sl.readMarkup(m, t), [markup, tag] as const),
  box: (i: number) => page.element((i) => (window as unknown as W).__sl.box(i), i),
  submit: (i: number) => page.element((i) => (window as unknown as W).__sl.submit(i, 0), i),
});

function selectorsOf(s: Scenario): string[] {
  return [
    ...new Set(
      s.boxes.flatMap((b) => [b.is, ...(b.submit ? [b.submit] : [])]).concat(s.type ? [s.type.box] : []),
    ),
  ];
}

function indexOf(found: BoxInfo[], is: string): number {
  const hits = found.filter((b) => b.matches[is]);
  expect(
    hits.map((b) => b.marker),
    `exactly one box matches ${is}`,
  ).toHaveLength(1);
  return (hits[0] as BoxInfo).index;
}

function checkBoxes(s: Scenario, found: BoxInfo[], afterTyping: boolean): void {
  expect(
    found.map((b) => `${b.marker}:${b.tag}`),
    `${s.name}: found boxes`,
  ).toHaveLength(s.boxes.length);
  for (const want of s.boxes) {
    const box = found[indexOf(found, want.is)] as BoxInfo;
    expect(box.field, `${want.is} field`).toBe(want.field ?? 'post');
    if (want.marker) expect(box.marker, `${want.is} marker`).toBe(want.marker);
    if (want.enterSubmits !== undefined)
      expect(box.enterSubmits, `${want.is} enterSubmits`).toBe(want.enterSubmits);
    if (want.modEnterSubmits !== undefined) {
      expect(box.modEnterSubmits, `${want.is} modEnterSubmits`).toBe(want.modEnterSubmits);
    }
    if (want.inShadow !== undefined) expect(box.inShadow, `${want.is} in a shadow root`).toBe(want.inShadow);
    const submit = want.submitAfterTyping && !afterTyping ? null : want.submit;
    if (submit === null) {
      expect(box.submits, `${want.is}: no submit control`).toEqual([]);
    } else {
      expect(box.submits.length, `${want.is}: a submit control`).toBeGreaterThan(0);
      for (const sub of box.submits) {
        expect(sub.matches[submit], `${want.is}: submit ${sub.tag} "${sub.label}" is ${submit}`).toBe(true);
        if (want.submitLabel) expect(sub.label).toMatch(want.submitLabel);
      }
    }
  }
}

async function waitForBoxes(page: TestPage, s: Scenario): Promise<BoxInfo[]> {
  const selectors = selectorsOf(s);
  const end = Date.now() + 8_000;
  let found: BoxInfo[] = [];
  while (Date.now() < end) {
    found = await sl(page).scan(s.adapter, selectors);
    const complete =
      found.length === s.boxes.length &&
      s.boxes.every((b) => found.filter((f) => f.matches[b.is]).length === 1);
    if (complete) return found;
    await sleep(100);
  }
  return found;
}

async function runScenario(driver: Driver, s: Scenario): Promise<void> {
  const page = await driver.open(s.url);
  const api = sl(page);
  try {
    expect(await api.pick(), 'adaptersFor(url, document)').toEqual(s.picks ?? [s.adapter]);
    if (s.adapter === 'generic') expect(await api.pick(true)).toEqual(['generic']);

    for (const a of s.actions ?? []) {
      if ('click' in a) {
        await page.waitForSelector(a.click);
        await page.click(a.click);
      } else if ('waitFor' in a) await page.waitForSelector(a.waitFor);
      else await page.waitForPath(a.expectUrl);
    }
    if (s.lateWhile) {
      const first = await api.scanIf(s.adapter, selectorsOf(s), s.lateWhile);
      if (first.late) expect(first.boxes, 'no box before the page renders it').toHaveLength(s.lateCount ?? 0);
    }

    let found = await waitForBoxes(page, s);
    checkBoxes(s, found, false);

    // Selector health: one entry per marker, and the expected counts.
    const health = await api.health(s.adapter);
    expect(health.map((h) => h.marker)).toEqual(await api.markerNames(s.adapter));
    for (const h of health) expect(h.matched).toBe(h.count > 0);
    for (const box of found) expect(health.find((h) => h.marker === box.marker)?.count).toBeGreaterThan(0);
    for (const [marker, count] of Object.entries(s.health ?? {})) {
      expect(health.find((h) => h.marker === marker)?.count, `health of ${marker}`).toBe(count);
    }

    if (s.type) {
      const t = s.type;
      const i = indexOf(found, t.box);
      await (await api.box(i)).click();
      await typeInto(page as never, '', t.text, { newline: t.newline ?? 'Shift+Enter', click: false });
      const read = await api.read(s.adapter, i);
      expect(read, 'readText after typing').toBe(t.text);

      found = await api.scan(s.adapter, selectorsOf(s));
      checkBoxes(s, found, true);
      const j = indexOf(found, t.box);
      const before = (await postedOn(page as never)).length;
      if (t.post === 'click') await (await api.submit(j)).click();
      else if (t.post === 'enter') await page.keyboard.press('Enter');
      else await pressModEnter(page as never);
      await expect
        .poll(async () => (await postedOn(page as never)).length, { timeout: 3_000 })
        .toBeGreaterThan(before);
      const posted = await postedOn(page as never);
      expect(posted.at(-1), 'what the page posted').toBe(t.posted ?? t.text);
      expect(read, 'readText equals what the page posted').toBe(posted.at(-1));
    }
    expect(page.errors).toEqual([]);
  } finally {
    await page.close();
  }
}

function suite(browser: 'Chromium' | 'Firefox', make: (bundle: string) => Promise<Driver>): void {
  describe(`platform adapters on the replica pages (${browser})`, () => {
    let driver: Driver;
    let mark = 0;
    beforeAll(async () => {
      mark = requestMark();
      driver = await make(await adapterBundle());
    });
    afterAll(() => driver?.close());

    for (const s of SCENARIOS) it(s.name, () => runScenario(driver, s));

    it('recognises Mastodon by its page on any host, and nothing else by recognition', async () => {
      for (const url of ['https://mastodon.social/home', 'https://social.example.org/home']) {
        const page = await driver.open(url);
        expect(await sl(page).recognised(), url).toEqual(['mastodon']);
        await page.close();
      }
      for (const url of [
        'https://x.com/home',
        'https://generic.example.org/',
        'https://www.youtube.com/watch?v=abc',
      ]) {
        const page = await driver.open(url);
        expect(await sl(page).recognised(), url).toEqual([]);
        await page.close();
      }
    });

    it('an adapter finds nothing on another platform (X on LinkedIn, Facebook on X)', async () => {
      const page = await driver.open('https://www.linkedin.com/feed/');
      await page.waitForSelector('.ql-editor');
      expect(await sl(page).scan('x', [])).toEqual([]);
      expect(await sl(page).scan('linkedin', [])).toHaveLength(1);
      await page.close();
      const xPage = await driver.open('https://x.com/home');
      await xPage.waitForSelector(X_BOX);
      expect(await sl(xPage).scan('facebook', [])).toEqual([]);
      expect(await sl(xPage).scan('x', [])).toHaveLength(1);
      await xPage.close();
    });

    it('the replica pages requested nothing outside their own host', () => {
      const seen = requestsSince(mark).filter((r) => !r.browserService && r.scheme !== 'connect');
      expect(seen.length).toBeGreaterThan(0);
      const foreign = seen.filter(
        (r) => r.replica === null || (r.referer && new URL(r.referer).hostname !== r.host),
      );
      expect(foreign.map((r) => `${r.host}${r.path} (from ${r.referer})`)).toEqual([]);
      const assets = seen.filter((r) => r.path.startsWith('/__replica/')).map((r) => r.path);
      expect(new Set(assets)).toEqual(new Set(['/__replica/app.js', '/__replica/app.css']));
    });

    it('readText on the markup editors leave behind', async () => {
      const page = await driver.open('https://generic.example.org/');
      try {
        for (const [what, markup, want] of MARKUP) expect(await sl(page).readMarkup(markup), what).toBe(want);
        expect(await sl(page).readMarkup('x\ny\n', 'textarea'), 'textarea value').toBe('x\ny\n');
      } finally {
        await page.close();
      }
    });
  });
}

suite('Chromium', chromiumDriver);
if (process.env.SECOND_LOOK_SKIP_FIREFOX !== '1') suite('Firefox', firefoxDriver);
