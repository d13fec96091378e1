/** Self-test of the harness: both browsers load a replica through real URLs, with the extension installed. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ChromiumSession,
  type FirefoxSession,
  harnessInfo,
  launchChromium,
  launchFirefox,
  postedOn,
  requestMark,
  requestsSince,
  typeInto,
} from './index.ts';

const BOX = '[data-testid="tweetTextarea_0"]';

describe('harness: Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(() => session?.close());

  it('loads the extension and gives its id and service worker', async () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    const worker = await session.serviceWorker();
    expect(worker.url()).toBe(session.extensionUrl('background.js'));
  });

  it('serves https://x.com/home from the X replica and records the requests', async () => {
    const mark = requestMark();
    const page = await session.open('https://x.com/home');
    expect(await page.title()).toBe('X (replica)');
    await page.waitForSelector(BOX);
    // Typing works (posting is left to the extension's own tests: its content script may hold a post).
    await typeInto(page, BOX, 'hello\nsecond line', { newline: 'Enter' });
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines of the editor
    expect(await page.locator(BOX).innerText()).toBe('hello\nsecond line');
    expect(await postedOn(page)).toEqual([]);
    const seen = requestsSince(mark).filter((r) => !r.browserService);
    expect(seen.map((r) => `${r.host}${r.path}`)).toEqual(
      expect.arrayContaining(['x.com/home', 'x.com/__replica/app.js']),
    );
    expect(seen.every((r) => r.replica === 'x')).toBe(true);
    await page.close();
  });

  it('answers unknown hosts with 404 and records them', async () => {
    const mark = requestMark();
    const page = await session.context.newPage();
    const res = await page.goto('https://not-a-replica.example.net/x');
    expect(res?.status()).toBe(404);
    expect(
      requestsSince(mark).some((r) => r.host === 'not-a-replica.example.net' && r.replica === null),
    ).toBe(true);
    await page.close();
  });
});

describe('harness: Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(() => session?.close());

  it('installs the extension and serves the replica', async () => {
    expect(session.extensionId).toBeTruthy();
    const page = await session.open('https://x.com/home');
    expect(await page.title()).toBe('X (replica)');
    await page.waitForSelector(BOX);
    await typeInto(page, BOX, 'from firefox');
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines of the editor
    expect(await page.$eval(BOX, (el) => (el as HTMLElement).innerText)).toBe('from firefox');
    const seen = requestsSince(0).filter((r) => r.host === 'x.com');
    expect(seen.length).toBeGreaterThan(0);
    expect(harnessInfo().port).toBeGreaterThan(0);
    await page.close();
  });

  it('opens extension pages (moz-extension://)', async () => {
    const page = await session.openExtensionPage('_locales/en/messages.json');
    expect(await page.evaluate(() => document.body.textContent)).toContain('extName');
    await page.close();
  });
});
