/**
 * Behaviour of the extension beyond the per-platform flow (extension-platforms.e2e.test.ts), in Debian's
 * Chromium with the built extension: SPA navigation to a new box, two boxes at once, a box in a shadow
 * root, the e-mail field warning, page-dispatched (untrusted) clicks, failing open, the supervisor e-mail,
 * French, the popup (selector health, latest warnings, the offer to enable a Mastodon server), settings
 * problems shown, accessibility (axe-core) of the dialog, the popup and the options page, and that the
 * extension makes no network request.
 */

import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CHROME_EXTENSION,
  type ChromiumSession,
  launchChromium,
  postedOn,
  requestMark,
  requestsSince,
} from './harness/index.ts';

const RISKY = "The confidential report on the budget leaks tomorrow, don't tell anyone I shared it";
const CLEAN = 'Lovely sunset at Grand Beach tonight';
const X_BOX = '[data-testid="tweetTextarea_0"]';
const X_HOME_BOX = `[data-testid="primaryColumn"] ${X_BOX}`;

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown }[];
}

/** axe-core in the page's main world (CDP evaluation: page CSP does not apply). */
async function axe(page: Page, context: unknown): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (ctx) => {
    const w = window as unknown as {
      axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> };
    };
    const res = await w.axe.run(ctx ?? document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return res.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  }, context);
}

type Chromeish = {
  storage: {
    local: {
      set(v: object): Promise<void>;
      get(k: string): Promise<Record<string, unknown>>;
      remove(k: string): Promise<void>;
    };
  };
  tabs: { query(q: object): Promise<{ id?: number }[]> };
};
const chromeOf = () => (globalThis as unknown as { chrome: Chromeish }).chrome;

const ui = (page: Page) => ({
  dialog: page.locator('second-look-ui [data-testid="second-look-dialog"]'),
  indicators: page.locator('second-look-ui [data-testid="second-look-indicator"]'),
  indicator: page.locator('second-look-ui [data-testid="second-look-indicator"]').first(),
  button: (action: 'edit' | 'post' | 'supervisor') =>
    page.locator(`second-look-ui [data-testid="second-look-dialog"] [data-action="${action}"]`),
});

async function typeIn(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).first().click();
  await page.keyboard.type(text);
}

async function waitState(page: Page, state: string, index = 0): Promise<void> {
  await expect
    .poll(() => ui(page).indicators.nth(index).getAttribute('data-state'), { timeout: 8000 })
    .toBe(state);
}

describe('extension behaviour (Chromium)', () => {
  let session: ChromiumSession;
  let sw: Worker;

  /** Tab ids, to open the popup page for a given tab (popup.html?tab=<id>). */
  async function tabIds(): Promise<number[]> {
    return sw.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: Chromeish }).chrome;
      return (await c.tabs.query({})).map((t) => t.id ?? -1);
    });
  }

  async function openWithTabId(url: string): Promise<{ page: Page; tabId: number }> {
    const before = new Set(await tabIds());
    const page = await session.open(url);
    const after = await tabIds();
    const tabId = after.find((id) => !before.has(id));
    if (tabId === undefined) throw new Error('could not find the new tab');
    return { page, tabId };
  }

  /** The popup page for a tab. `url`: the tab's address, which a real popup reads thanks to activeTab. */
  async function popupFor(tabId: number, url?: string): Promise<Page> {
    const query = `tab=${tabId}${url ? `&url=${encodeURIComponent(url)}` : ''}`;
    const popup = await session.open(session.extensionUrl(`popup.html?${query}`));
    await popup.locator('[data-testid="tab-status"]').waitFor();
    return popup;
  }

  async function setSettings(value: unknown): Promise<void> {
    await sw.evaluate((v) => {
      const c = (globalThis as unknown as { chrome: Chromeish }).chrome;
      return v === undefined ? c.storage.local.remove('settings') : c.storage.local.set({ settings: v });
    }, value);
  }

  let extensionDir: string;

  beforeAll(async () => {
    // A private copy of the build: Chromium reads the lazily loaded bundles from disk long after launch,
    // and another test run rebuilding .output/ meanwhile must not pull them away.
    extensionDir = fs.mkdtempSync(path.join(os.tmpdir(), 'second-look-behaviour-'));
    fs.cpSync(CHROME_EXTENSION, extensionDir, { recursive: true });
    session = await launchChromium({ extensionPath: extensionDir });
    sw = await session.serviceWorker();
    void chromeOf;
  });

  afterAll(async () => {
    await session?.close();
    if (extensionDir) fs.rmSync(extensionDir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    await setSettings(undefined);
    await sw.evaluate(() => {
      (globalThis as unknown as { secondLookDebug: { failAnalyzer: boolean } }).secondLookDebug.failAnalyzer =
        false;
    });
  });

  it('SPA navigation to a new box: the reply composer (rendered late) is watched and held', async () => {
    const page = await session.open('https://x.com/home');
    const sl = ui(page);
    await page.locator('[data-testid="tweet"] [data-testid="reply"]').click();
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/jack/status/20');
    await typeIn(page, `[data-testid="inline_reply_offscreen"] ${X_BOX}`, RISKY);
    await waitState(page, 'warning');
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await sl.dialog.waitFor({ state: 'visible' });
    expect(await postedOn(page)).toEqual([]);
    await sl.button('post').click();
    await expect.poll(() => postedOn(page)).toEqual([RISKY]);
    await page.waitForTimeout(300);
    expect(await postedOn(page)).toEqual([RISKY]);
    await page.close();
  });

  it('two boxes on one page: each its own indicator; a clean one posts at once, the risky one is held', async () => {
    const page = await session.open('https://www.instagram.com/');
    const sl = ui(page);
    await typeIn(page, 'article:nth-of-type(1) textarea', CLEAN);
    await typeIn(page, 'article:nth-of-type(2) textarea', RISKY);
    await expect.poll(() => sl.indicators.count(), { timeout: 8000 }).toBe(2);
    await expect
      .poll(
        async () =>
          (await sl.indicators.evaluateAll((els) => els.map((e) => e.getAttribute('data-state')))).sort(),
        { timeout: 8000 },
      )
      .toEqual(['clean', 'warning']);
    await page.waitForTimeout(300);

    await page.locator('article:nth-of-type(1) form [role="button"]:has-text("Post")').click();
    expect(await postedOn(page)).toEqual([CLEAN]);
    expect(await sl.dialog.count()).toBe(0);

    await page.locator('article:nth-of-type(2) form [role="button"]:has-text("Post")').click();
    await sl.dialog.waitFor({ state: 'visible' });
    const text = (await sl.dialog.textContent()) ?? '';
    expect(text).toContain('confidential');
    expect(text).not.toContain('Grand Beach');
    await sl.button('post').click();
    await expect.poll(() => postedOn(page)).toEqual([CLEAN, RISKY]);
    await page.waitForTimeout(300);
    expect(await postedOn(page)).toEqual([CLEAN, RISKY]);
    await page.close();
  });

  it('where a site ignores the replayed click, the acknowledged text posts on the next Post without a second dialog', async () => {
    const page = await session.open('https://x.com/home');
    const sl = ui(page);
    // This page only accepts real clicks on its Post button.
    await page.evaluate(() => {
      const btn = document.querySelector('[data-testid="tweetButtonInline"]');
      btn?.addEventListener(
        'click',
        (e) => {
          if (!e.isTrusted) e.stopImmediatePropagation();
        },
        true,
      );
    });
    await typeIn(page, X_HOME_BOX, RISKY);
    await waitState(page, 'warning');
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await sl.dialog.waitFor({ state: 'visible' });
    await sl.button('post').click();
    await sl.dialog.waitFor({ state: 'detached' });
    await page.waitForTimeout(300);
    expect(await postedOn(page)).toEqual([]);
    // Same text, same box: the next Post goes straight through.
    await page.locator('[data-testid="tweetButtonInline"]').click();
    expect(await postedOn(page)).toEqual([RISKY]);
    expect(await sl.dialog.count()).toBe(0);
    await page.close();
  });

  it('the indicator and its panel cause no layout shift on the site', async () => {
    const page = await session.open('https://x.com/home');
    await page.locator('[data-testid="tweet"]').waitFor();
    const layout = () =>
      page.evaluate(() => {
        const rect = (sel: string) => {
          const r = document.querySelector(sel)?.getBoundingClientRect();
          return r ? [r.left, r.top, r.width, r.height].map(Math.round).join(',') : null;
        };
        return {
          box: rect('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]'),
          post: rect('[data-testid="tweetButtonInline"]'),
          tweet: rect('[data-testid="tweet"]'),
          nav: rect('nav'),
          body: [document.body.scrollWidth, document.body.scrollHeight, window.scrollX, window.scrollY].join(
            ',',
          ),
        };
      });
    const before = await layout();
    await page.locator(X_HOME_BOX).click();
    await ui(page).indicator.waitFor();
    expect(await layout()).toEqual(before);
    await ui(page).indicator.click();
    await page.locator('second-look-ui [data-testid="second-look-panel"]').waitFor();
    expect(await layout()).toEqual(before);
    await page.close();
  });

  it('a box inside an open shadow root gets its indicator over the box and is held', async () => {
    const page = await session.open('https://www.reddit.com/r/test/comments/abc/hello/');
    const sl = ui(page);
    const box = page.locator('shreddit-composer [contenteditable="true"]');
    await box.waitFor();
    await typeIn(page, 'shreddit-composer [contenteditable="true"]', RISKY);
    await waitState(page, 'warning');
    const inside = await page.evaluate(() => {
      const host = document.querySelector('shreddit-composer');
      const el = host?.shadowRoot?.querySelector('[contenteditable="true"]');
      const ind = document
        .querySelector('second-look-ui')
        ?.shadowRoot?.querySelector('[data-testid="second-look-indicator"]');
      if (!el || !ind) return false;
      const a = el.getBoundingClientRect();
      const b = ind.getBoundingClientRect();
      return b.left >= a.left - 1 && b.right <= a.right + 1 && b.top >= a.top - 1 && b.bottom <= a.bottom + 1;
    });
    expect(inside).toBe(true);
    await page.locator('shreddit-composer button[type="submit"]').click();
    await sl.dialog.waitFor({ state: 'visible' });
    expect(await postedOn(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await sl.dialog.waitFor({ state: 'detached' });
    expect(await postedOn(page)).toEqual([]);
    await page.close();
  });

  it('a government address in a sign-up e-mail field gets the account-identity warning inline (not held)', async () => {
    const page = await session.open('https://x.com/i/flow/signup');
    await typeIn(page, 'input[name="email"]', 'sam.lee@gov.mb.ca');
    const warning = page.locator('second-look-ui [data-testid="second-look-email-warning"]');
    await warning.waitFor({ state: 'visible', timeout: 8000 });
    expect(await warning.getAttribute('role')).toBe('status');
    expect((await warning.textContent()) ?? '').toMatch(/personal account|job|government/i);
    await page.keyboard.press('Enter');
    expect(await postedOn(page)).toEqual(['sam.lee@gov.mb.ca']);
    expect(await ui(page).dialog.count()).toBe(0);
    await page.close();
  });

  it('a profile field (bio) that ties the account to the job is held at Save', async () => {
    const page = await session.open('https://x.com/settings/profile');
    const sl = ui(page);
    const bio = 'Policy analyst at Manitoba Finance. Views my own.';
    await typeIn(page, 'textarea[name="description"]', bio);
    await waitState(page, 'warning');
    await page.locator('[data-testid="Profile_Save_Button"]').click();
    await sl.dialog.waitFor({ state: 'visible' });
    expect(await postedOn(page)).toEqual([]);
    await sl.button('post').click();
    await expect.poll(() => postedOn(page)).toEqual(['Sam', bio]);
    await page.close();
  });

  it('a click the page dispatches itself on "Post anyway" (untrusted) does nothing', async () => {
    const page = await session.open('https://x.com/home');
    const sl = ui(page);
    await typeIn(page, X_HOME_BOX, RISKY);
    await waitState(page, 'warning');
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await sl.dialog.waitFor({ state: 'visible' });
    await page.evaluate(() => {
      const root = document.querySelector('second-look-ui')?.shadowRoot;
      const post = root?.querySelector<HTMLButtonElement>('[data-action="post"]');
      post?.click();
      post?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      root?.querySelector<HTMLButtonElement>('[data-action="edit"]')?.click();
    });
    await page.waitForTimeout(400);
    expect(await postedOn(page)).toEqual([]);
    expect(await sl.dialog.isVisible()).toBe(true);
    // A page-dispatched click on the site's own Post button is the page's business: not held, not replayed.
    await sl.button('edit').click();
    await sl.dialog.waitFor({ state: 'detached' });
    expect(await postedOn(page)).toEqual([]);
    await page.close();
  });

  it('fails open: when the analyzer throws, the post goes through and the error is recorded locally', async () => {
    await sw.evaluate(async () => {
      (globalThis as unknown as { secondLookDebug: { failAnalyzer: boolean } }).secondLookDebug.failAnalyzer =
        true;
      await (globalThis as unknown as { chrome: Chromeish }).chrome.storage.local.remove('errorLog');
    });
    const page = await session.open('https://x.com/home');
    await typeIn(page, X_HOME_BOX, RISKY);
    await waitState(page, 'error');
    await page.locator('[data-testid="tweetButtonInline"]').click();
    expect(await postedOn(page)).toEqual([RISKY]);
    expect(await ui(page).dialog.count()).toBe(0);
    const log = (await sw.evaluate(
      async () =>
        (
          await (globalThis as unknown as { chrome: Chromeish }).chrome.storage.local.get('errorLog')
        ).errorLog,
    )) as { where: string; message: string }[];
    expect(log.some((e) => e.where === 'analyzer')).toBe(true);
    // Never the draft.
    expect(JSON.stringify(log)).not.toContain('budget');
    await page.close();
  });

  it('a submit while the check is still running waits for it (at most 300 ms), then holds a risky draft', async () => {
    const page = await session.open('https://x.com/home');
    const sl = ui(page);
    await typeIn(page, X_HOME_BOX, 'Hello');
    await waitState(page, 'clean');
    await page.keyboard.type(' the confidential report leaks tomorrow');
    // Post right away: the debounce has not fired yet.
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await sl.dialog.waitFor({ state: 'visible', timeout: 2000 });
    expect(await postedOn(page)).toEqual([]);
    await sl.button('edit').click();
    await page.close();
  });

  it('"Ask my supervisor" e-mails the configured address; the draft only when ticked; French follows the setting', async () => {
    await setSettings({ supervisorEmail: 'lee.boss@gov.mb.ca', language: 'fr' });
    const page = await session.open('https://x.com/home');
    const sl = ui(page);
    await typeIn(page, X_HOME_BOX, RISKY);
    await waitState(page, 'warning');
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await sl.dialog.waitFor({ state: 'visible' });
    expect((await sl.dialog.textContent()) ?? '').toContain('Avant de publier');
    const link = sl.button('supervisor');
    let href = (await link.getAttribute('href')) ?? '';
    expect(href.startsWith('mailto:lee.boss@gov.mb.ca?')).toBe(true);
    expect(decodeURIComponent(href)).not.toContain('budget');
    await page.locator('second-look-ui [data-testid="include-draft"]').check();
    href = (await link.getAttribute('href')) ?? '';
    expect(decodeURIComponent(href)).toContain(RISKY.replace(/'/g, "'"));
    expect(await link.getAttribute('target')).toBe('_blank');
    await page.keyboard.press('Escape');
    await sl.dialog.waitFor({ state: 'detached' });
    expect(await postedOn(page)).toEqual([]);
    await page.close();
  });

  it('the dialog and the indicator pass axe-core; the dialog is a labelled modal that keeps focus', async () => {
    const page = await session.open('https://x.com/home');
    const sl = ui(page);
    await typeIn(page, X_HOME_BOX, RISKY);
    await waitState(page, 'warning');
    // The indicator never takes focus from the editor, even when clicked.
    await sl.indicator.click();
    const focusInEditor = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    expect(focusInEditor).toBe('tweetTextarea_0');
    await page.locator('second-look-ui [data-testid="second-look-panel"]').waitFor();
    expect(await sl.indicator.getAttribute('aria-expanded')).toBe('true');
    const indicatorViolations = await axe(page, {
      include: [{ fromShadowDom: ['second-look-ui', '.sl-root'] }],
    });
    expect(indicatorViolations).toEqual([]);
    await sl.indicator.click();

    await page.locator('[data-testid="tweetButtonInline"]').click();
    await sl.dialog.waitFor({ state: 'visible' });
    const info = await page.evaluate(() => {
      const root = document.querySelector('second-look-ui')?.shadowRoot;
      const d = root?.querySelector('dialog');
      const label = d?.getAttribute('aria-labelledby');
      return {
        modal: d?.matches(':modal') ?? false,
        labelled: !!label && !!root?.getElementById(label)?.textContent,
        focused: root?.activeElement?.getAttribute('data-action') ?? null,
        buttonTypes: [...(root?.querySelectorAll('button') ?? [])].map((b) => b.getAttribute('type')),
      };
    });
    expect(info.modal).toBe(true);
    expect(info.labelled).toBe(true);
    expect(info.focused).toBe('edit');
    expect(info.buttonTypes.every((t) => t === 'button')).toBe(true);
    // Tab cycles inside the dialog.
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    const stillInside = await page.evaluate(() => document.activeElement?.localName === 'second-look-ui');
    expect(stillInside).toBe(true);
    const dialogViolations = await axe(page, { include: [{ fromShadowDom: ['second-look-ui', 'dialog'] }] });
    expect(dialogViolations).toEqual([]);
    await page.keyboard.press('Escape');
    await sl.dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'tweetTextarea_0',
    );
    await page.close();
  });

  it('popup: "Watching 1 compose box", marker health, the latest warnings explained; passes axe-core', async () => {
    const { page, tabId } = await openWithTabId('https://x.com/home');
    await typeIn(page, X_HOME_BOX, RISKY);
    await waitState(page, 'warning');
    const popup = await popupFor(tabId);
    await expect
      .poll(() => popup.locator('[data-testid="status-line"]').textContent())
      .toBe('Watching 1 compose box');
    const markers = popup.locator('[data-testid="markers"] li');
    expect(await markers.count()).toBeGreaterThan(1);
    expect(
      await popup
        .locator('[data-testid="markers"] li[data-marker="tweet-textarea"]')
        .getAttribute('data-matched'),
    ).toBe('true');
    const latest = (await popup.locator('section[aria-labelledby="latest-title"]').textContent()) ?? '';
    expect(latest).toContain('confidential');
    expect(latest).toMatch(/Policy: /);
    // Quick reference and contacts.
    const body = (await popup.locator('main').textContent()) ?? '';
    expect(body).toContain('204-945-2332');
    expect(body).toContain('1-800-282-8069');
    expect(body).toContain('204-945-1437');
    expect(body).toContain('psc@gov.mb.ca');
    expect(body).toContain('Communications and Engagement Division');
    expect(await popup.locator('details[data-clause="gr.confidential"]').count()).toBe(1);
    expect(await axe(popup, null)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('popup: "not recognised" where the page has no compose box yet', async () => {
    const { page, tabId } = await openWithTabId('https://www.youtube.com/watch?v=abc');
    const popup = await popupFor(tabId);
    await expect
      .poll(() => popup.locator('[data-testid="status-line"]').textContent())
      .toBe('This page’s compose box was not recognised');
    expect(await popup.locator('[data-testid="markers"] li[data-matched="false"]').count()).toBeGreaterThan(
      0,
    );
    await popup.close();
    await page.close();
  });

  it('popup: offers to enable a site that is not enabled (Mastodon on any server)', async () => {
    const { page, tabId } = await openWithTabId('https://mastodon.social/home');
    const popup = await popupFor(tabId, 'https://mastodon.social/home');
    expect(await popup.locator('[data-testid="status-line"]').textContent()).toBe(
      'Second Look is not active on this site.',
    );
    expect(await popup.locator('[data-testid="enable-site"]').textContent()).toBe(
      'Enable Second Look on mastodon.social',
    );
    expect(await popup.locator('[data-testid="enable-site"]').getAttribute('type')).toBe('button');
    // Not enabled: nothing is watched there.
    await typeIn(page, '.compose-form textarea', RISKY);
    await page.waitForTimeout(500);
    expect(await page.locator('second-look-ui').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('malformed settings fall back to defaults with a visible message (options and popup); options pass axe-core', async () => {
    await setSettings('sensitivity=paranoid');
    const options = await session.open(session.extensionUrl('options.html'));
    const notice = options.locator('[data-testid="settings-problems"]');
    await notice.waitFor();
    expect((await notice.textContent()) ?? '').toContain('Your saved settings could not be read.');
    expect(await options.locator('input[name="sensitivity"][value="balanced"]').isChecked()).toBe(true);
    expect(await axe(options, null)).toEqual([]);
    const { page, tabId } = await openWithTabId('https://x.com/home');
    const popup = await popupFor(tabId);
    expect((await popup.locator('[data-testid="settings-problems"]').textContent()) ?? '').toContain(
      'Your saved settings could not be read.',
    );
    // Saving from the options page writes valid settings again.
    await options.locator('input[name="sensitivity"][value="strict"]').check();
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.locator('[data-testid="save-status"]').textContent()).toBe('Saved.');
    expect(await options.locator('[data-testid="settings-problems"]').count()).toBe(0);
    await Promise.all([options.close(), popup.close(), page.close()]);
  });

  it('makes no network request: nothing but the pages themselves reaches the network', async () => {
    const mark = requestMark();
    const pageRequests: string[] = [];
    const onRequest = (r: { url(): string }) => pageRequests.push(r.url());
    session.context.on('request', onRequest);
    const { page, tabId } = await openWithTabId('https://x.com/home');
    await typeIn(page, X_HOME_BOX, RISKY);
    await waitState(page, 'warning');
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await ui(page).dialog.waitFor({ state: 'visible' });
    await ui(page).button('post').click();
    await expect.poll(() => postedOn(page)).toEqual([RISKY]);
    const popup = await popupFor(tabId);
    const options = await session.open(session.extensionUrl('options.html'));
    await options.locator('main h1').waitFor();
    await page.waitForTimeout(500);
    session.context.off('request', onRequest);

    const seen = requestsSince(mark).filter((r) => !r.browserService);
    // Nothing to a host that is not a replica, nothing from an extension origin.
    expect(seen.filter((r) => r.replica === null)).toEqual([]);
    expect(seen.filter((r) => (r.origin ?? '').startsWith('chrome-extension://'))).toEqual([]);
    expect(
      seen
        .filter(
          (r) => !r.path.startsWith('/__replica/') && r.path !== '/favicon.ico' && r.method !== 'CONNECT',
        )
        .map((r) => `${r.host}${r.path}`),
    ).toEqual(['x.com/home']);
    // In Chromium's own view: the pages' http(s) requests are the page and its assets on its own host.
    const web = pageRequests.filter((u) => /^https?:/.test(u));
    expect(web.every((u) => new URL(u).host === 'x.com')).toBe(true);
    expect(pageRequests.filter((u) => !/^(https?|chrome-extension):/.test(u))).toEqual([]);
    await Promise.all([options.close(), popup.close(), page.close()]);
  });
});

describe('fail open when the in-page UI cannot load (Chromium)', () => {
  let session: ChromiumSession;
  let extensionDir: string;

  beforeAll(async () => {
    extensionDir = fs.mkdtempSync(path.join(os.tmpdir(), 'second-look-no-ui-'));
    fs.cpSync(CHROME_EXTENSION, extensionDir, { recursive: true });
    fs.rmSync(path.join(extensionDir, 'ui.js'));
    session = await launchChromium({ extensionPath: extensionDir });
  });

  afterAll(async () => {
    await session?.close();
    if (extensionDir) fs.rmSync(extensionDir, { recursive: true, force: true });
  });

  it('a risky post that cannot be shown the dialog goes through, and the problem is recorded', async () => {
    const page = await session.open('https://x.com/home');
    await typeIn(page, X_HOME_BOX, RISKY);
    await page.waitForTimeout(600);
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await expect.poll(() => postedOn(page), { timeout: 5000 }).toEqual([RISKY]);
    await page.waitForTimeout(300);
    expect(await postedOn(page)).toEqual([RISKY]);
    const sw = await session.serviceWorker();
    const log = (await sw.evaluate(
      async () =>
        (
          await (globalThis as unknown as { chrome: Chromeish }).chrome.storage.local.get('errorLog')
        ).errorLog,
    )) as { where: string }[];
    expect(log.some((e) => e.where === 'ui-load')).toBe(true);
    await page.close();
  });
});
