/**
 * The whole flow on every platform's replica, in Debian's Chromium with the built extension, at the
 * platforms' real URLs (tests/e2e/harness):
 *
 * - a risky draft shows the indicator ("warning");
 * - clicking the site's Post holds it and shows the dialog (nothing posted);
 * - "Edit post" returns focus and caret to the editor, with the text unchanged;
 * - "Post anyway" posts exactly that text, exactly once (window.__posted, read by the page's own handler);
 * - a clean draft posts at once, with no dialog;
 * - the keyboard submit (Ctrl+Enter, or Enter where the site posts on Enter) is held too; Escape = Edit,
 *   and "Post anyway" replays the key once;
 * - the Post control reached with Tab and pressed with Enter or Space is held too (a native button turns
 *   the key into a click; a `div role="button"` acts on keydown or keyup, and both are held).
 *
 * Mastodon (two instances) and the generic adapter run on sites the person enables. Here they are enabled
 * by granting their host permissions up front: the test loads a copy of the build whose manifest lists
 * them in `host_permissions` (what the popup's "Enable" button obtains at run time with
 * permissions.request, which headless Chromium cannot click through). The background then registers the
 * content script for them exactly as it does after the popup flow. The popup's offer itself is checked in
 * extension-behaviour.e2e.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_EXTENSION, type ChromiumSession, launchChromium, postedOn } from './harness/index.ts';

const RISKY = "The confidential report on the budget leaks tomorrow, don't tell anyone I shared it";
const CLEAN = 'Lovely sunset at Grand Beach tonight';
const ENABLED_SITES = [
  'https://mastodon.social/*',
  'https://social.example.org/*',
  'https://generic.example.org/*',
];

type Step = { click: string } | { waitFor: string };

interface Platform {
  name: string;
  url: string;
  /** Clicks that open the composer. */
  setup?: Step[];
  /** The editable element (Playwright CSS pierces open shadow roots). */
  box: string;
  /** The site's own submit control for that box. */
  post: string;
  /** Keyboard submit where the site has one. */
  key?: 'Control+Enter' | 'Enter';
}

const PLATFORMS: Platform[] = [
  {
    name: 'X',
    url: 'https://x.com/home',
    box: '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]',
    post: '[data-testid="tweetButtonInline"]',
    key: 'Control+Enter',
  },
  {
    name: 'Facebook',
    url: 'https://www.facebook.com/',
    setup: [{ waitFor: '[aria-label="Write a comment…"]' }],
    box: '[aria-label="Write a comment…"]',
    post: '#focused-state-composer-submit',
    key: 'Enter',
  },
  {
    name: 'Instagram',
    url: 'https://www.instagram.com/',
    box: 'article:nth-of-type(1) textarea',
    post: 'article:nth-of-type(1) form [role="button"]:has-text("Post")',
    key: 'Enter',
  },
  {
    name: 'Threads',
    url: 'https://www.threads.net/',
    setup: [{ click: '[role="main"] > div[role="button"]' }],
    box: '[role="dialog"] [data-lexical-editor="true"]',
    post: '[role="dialog"] [role="button"]:has-text("Post")',
  },
  {
    name: 'LinkedIn',
    url: 'https://www.linkedin.com/feed/',
    setup: [{ click: '.share-box-feed-entry__trigger' }],
    box: '.share-box .ql-editor',
    post: 'button.share-actions__primary-action',
  },
  {
    name: 'Reddit (new; editor and button in a shadow root)',
    url: 'https://www.reddit.com/r/test/comments/abc/hello/',
    setup: [{ waitFor: 'shreddit-composer [contenteditable="true"]' }],
    box: 'shreddit-composer [contenteditable="true"]',
    post: 'shreddit-composer button[type="submit"]',
  },
  {
    name: 'Reddit (old)',
    url: 'https://old.reddit.com/r/test/comments/abc/hello/',
    box: '.commentarea > form.usertext textarea, .commentarea .usertext-edit textarea',
    post: '.commentarea button.save',
  },
  {
    name: 'Bluesky',
    url: 'https://bsky.app/',
    setup: [{ click: '[data-testid="composeFAB"]' }],
    box: '[data-testid="composerTextInput"] .ProseMirror',
    post: '[data-testid="composePostButton"]',
    key: 'Control+Enter',
  },
  {
    name: 'Mastodon (mastodon.social)',
    url: 'https://mastodon.social/home',
    box: '.compose-form textarea',
    post: '.compose-form__submit button',
    key: 'Control+Enter',
  },
  {
    name: 'Mastodon (social.example.org)',
    url: 'https://social.example.org/home',
    box: '.compose-form textarea',
    post: '.compose-form__submit button',
    key: 'Control+Enter',
  },
  {
    name: 'YouTube',
    url: 'https://www.youtube.com/watch?v=abc',
    setup: [{ click: '#placeholder-area' }, { waitFor: 'ytd-commentbox #contenteditable-root' }],
    box: 'ytd-commentbox #contenteditable-root',
    post: 'ytd-commentbox #submit-button button',
  },
  {
    name: 'TikTok',
    url: 'https://www.tiktok.com/@scout2015/video/6718335390845095173',
    setup: [{ waitFor: '[data-e2e="comment-input"] .public-DraftEditor-content' }],
    box: '[data-e2e="comment-input"] .public-DraftEditor-content',
    post: '[data-e2e="comment-post"]',
    key: 'Enter',
  },
  {
    name: 'Generic site (enabled by the person)',
    url: 'https://generic.example.org/',
    box: '#note',
    post: '#post-note',
  },
];

/** A copy of the Chrome build with the enabled sites' host permissions granted up front (see above). */
function buildWithEnabledSites(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'second-look-enabled-'));
  fs.cpSync(CHROME_EXTENSION, dir, { recursive: true });
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  manifest.host_permissions = ENABLED_SITES;
  fs.writeFileSync(file, JSON.stringify(manifest, null, 2));
  return dir;
}

const ui = (page: Page) => ({
  dialog: page.locator('second-look-ui [data-testid="second-look-dialog"]'),
  indicator: page.locator('second-look-ui [data-testid="second-look-indicator"]').first(),
  button: (action: 'edit' | 'post' | 'supervisor') =>
    page.locator(`second-look-ui [data-testid="second-look-dialog"] [data-action="${action}"]`),
});

async function open(session: ChromiumSession, p: Platform): Promise<{ page: Page; box: Locator }> {
  const page = await session.open(p.url);
  for (const step of p.setup ?? []) {
    if ('click' in step) await page.locator(step.click).first().click();
    else await page.locator(step.waitFor).first().waitFor();
  }
  const box = page.locator(p.box).first();
  await box.waitFor();
  return { page, box };
}

/** The box's text as the person sees it (value for fields, innerText for rich editors). */
function textOf(box: Locator): Promise<string> {
  return box.evaluate((el) =>
    el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement
      ? el.value
      : // biome-ignore lint/performance/useDomNodeTextContent: what the person sees
        (el as HTMLElement).innerText.replace(/\n$/, ''),
  );
}

/** Focus is in the editor (looking through shadow roots), and so is the caret. */
function focusAndCaretIn(box: Locator): Promise<{ focused: boolean; caret: boolean }> {
  return box.evaluate((el) => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const focused = active === el || (active !== null && el.contains(active));
    let caret = false;
    if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
      caret = el.selectionStart === el.value.length;
    } else {
      const root = el.getRootNode() as Document & { getSelection?: () => Selection | null };
      const sel =
        (typeof root.getSelection === 'function' ? root.getSelection() : null) ?? document.getSelection();
      caret = !!sel?.focusNode && el.contains(sel.focusNode);
    }
    return { focused, caret };
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function typeDraft(page: Page, box: Locator, text: string): Promise<void> {
  await box.click();
  await page.keyboard.type(text);
}

async function expectPostedOnce(page: Page, text: string): Promise<void> {
  await expect.poll(() => postedOn(page), { timeout: 5000 }).toEqual([text]);
  await page.waitForTimeout(400);
  expect(await postedOn(page)).toEqual([text]);
}

/** The key press is held with the dialog, nothing posts; Escape (= Edit) closes it with the draft unchanged. */
async function heldThenEdited(page: Page, box: Locator, key: string): Promise<void> {
  const sl = ui(page);
  await page.keyboard.press(key);
  await sl.dialog.waitFor({ state: 'visible' });
  expect(await postedOn(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await sl.dialog.waitFor({ state: 'detached' });
  expect(await postedOn(page)).toEqual([]);
  expect(await textOf(box)).toBe(RISKY);
}

describe('every platform (Chromium)', () => {
  let session: ChromiumSession;
  let extensionDir: string;

  beforeAll(async () => {
    extensionDir = buildWithEnabledSites();
    session = await launchChromium({ extensionPath: extensionDir });
    // The background registers the content script for the enabled sites when it starts.
    const sw = await session.serviceWorker();
    const registered = () =>
      sw.evaluate(async () => {
        const c = (
          globalThis as unknown as {
            chrome: { scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> } };
          }
        ).chrome;
        const scripts = await c.scripting.getRegisteredContentScripts();
        return scripts.flatMap((s) => s.matches ?? []).sort();
      });
    const want = JSON.stringify([...ENABLED_SITES].sort());
    for (let i = 0; i < 100 && JSON.stringify(await registered()) !== want; i++) await sleep(100);
    expect(await registered()).toEqual([...ENABLED_SITES].sort());
  });

  afterAll(async () => {
    await session?.close();
    if (extensionDir) fs.rmSync(extensionDir, { recursive: true, force: true });
  });

  for (const p of PLATFORMS) {
    describe(p.name, () => {
      it('risky draft: indicator; Post is held with the dialog; Edit returns unchanged; Post anyway posts it once', async () => {
        const { page, box } = await open(session, p);
        const sl = ui(page);
        await typeDraft(page, box, RISKY);
        await expect.poll(() => sl.indicator.getAttribute('data-state'), { timeout: 5000 }).toBe('warning');
        expect(await sl.indicator.getAttribute('aria-label')).toMatch(/Second Look: \d+ things? to look at/);
        const before = await textOf(box);
        expect(before).toBe(RISKY);

        await page.locator(p.post).first().click();
        await sl.dialog.waitFor({ state: 'visible' });
        expect(await postedOn(page)).toEqual([]);
        // The dialog shows the matched words, the clause title and a suggestion.
        const dialogText = (await sl.dialog.textContent()) ?? '';
        expect(dialogText).toContain('confidential');
        expect(dialogText).toMatch(/Policy: /);
        expect(dialogText).toMatch(/What to do:/);

        await sl.button('edit').click();
        await sl.dialog.waitFor({ state: 'detached' });
        expect(await postedOn(page)).toEqual([]);
        expect(await textOf(box)).toBe(before);
        expect(await focusAndCaretIn(box)).toEqual({ focused: true, caret: true });

        await page.locator(p.post).first().click();
        await sl.dialog.waitFor({ state: 'visible' });
        await sl.button('post').click();
        await expectPostedOnce(page, RISKY);
        await page.close();
      });

      it('clean draft posts at once, with no dialog', async () => {
        const { page, box } = await open(session, p);
        const sl = ui(page);
        await typeDraft(page, box, CLEAN);
        // Let the check of the finished draft come back (typing has stopped), then post.
        await page.waitForTimeout(300);
        await expect.poll(() => sl.indicator.getAttribute('data-status'), { timeout: 5000 }).toBe('done');
        expect(await sl.indicator.getAttribute('data-state')).toBe('clean');
        await page.locator(p.post).first().click();
        // Not held: the site's own handler ran during the click itself.
        expect(await postedOn(page)).toEqual([CLEAN]);
        expect(await sl.dialog.count()).toBe(0);
        await page.waitForTimeout(300);
        expect(await postedOn(page)).toEqual([CLEAN]);
        expect(await sl.dialog.count()).toBe(0);
        await page.close();
      });

      it('the Post control reached with the keyboard (Enter, then Space) is held too; Post anyway acts once', async () => {
        const { page, box } = await open(session, p);
        const sl = ui(page);
        await typeDraft(page, box, RISKY);
        await expect.poll(() => sl.indicator.getAttribute('data-state'), { timeout: 5000 }).toBe('warning');
        const control = page.locator(p.post).first();

        await control.focus();
        await heldThenEdited(page, box, 'Enter');

        await control.focus();
        await page.keyboard.press('Space');
        await sl.dialog.waitFor({ state: 'visible' });
        await page.waitForTimeout(200);
        expect(await postedOn(page)).toEqual([]);
        await sl.button('post').click();
        await expectPostedOnce(page, RISKY);
        await page.close();
      });

      if (p.key) {
        const key = p.key;
        it(`keyboard submit (${key}) is held too; Escape = Edit; Post anyway replays it once`, async () => {
          const { page, box } = await open(session, p);
          const sl = ui(page);
          await typeDraft(page, box, RISKY);
          await expect.poll(() => sl.indicator.getAttribute('data-state'), { timeout: 5000 }).toBe('warning');

          await heldThenEdited(page, box, key);
          expect((await focusAndCaretIn(box)).focused).toBe(true);

          await page.keyboard.press(key);
          await sl.dialog.waitFor({ state: 'visible' });
          await sl.button('post').click();
          await expectPostedOnce(page, RISKY);
          await page.close();
        });
      }
    });
  }
});
