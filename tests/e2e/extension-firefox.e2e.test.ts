/**
 * Firefox smoke test: firefox-esr driven by puppeteer-core (WebDriver BiDi) with the Firefox MV2 build
 * (.output/firefox-mv2) installed as a temporary add-on. On the X replica: the indicator appears for a
 * risky draft, the dialog holds the post, "Edit post" returns with nothing posted, "Post anyway" posts the
 * draft exactly once, and a clean draft posts at once. Also: the lazily loaded watcher and UI bundles
 * (dynamic import from the content script) work in Firefox. SECOND_LOOK_SKIP_FIREFOX=1 skips it.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxSession, launchFirefox, postedOn, typeInto } from './harness/index.ts';

const RISKY = "The confidential report on the budget leaks tomorrow, don't tell anyone I shared it";
const CLEAN = 'Lovely sunset at Grand Beach tonight';
const BOX = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';
const POST = '[data-testid="tweetButtonInline"]';

const skip = process.env.SECOND_LOOK_SKIP_FIREFOX === '1';

/** Reads our UI's open shadow root from the page. */
function uiState(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('second-look-ui')?.shadowRoot;
    const ind = root?.querySelector('[data-testid="second-look-indicator"]');
    const dialog = root?.querySelector('dialog');
    return {
      state: ind?.getAttribute('data-state') ?? null,
      status: ind?.getAttribute('data-status') ?? null,
      label: ind?.getAttribute('aria-label') ?? null,
      dialogOpen: !!dialog?.open,
    };
  });
}

async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out; last value ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A real (trusted) click on a button inside our shadow root, at its coordinates. */
async function clickInUi(page: Page, action: string): Promise<void> {
  const box = await page.evaluate((a) => {
    const el = document.querySelector('second-look-ui')?.shadowRoot?.querySelector(`[data-action="${a}"]`);
    const r = el?.getBoundingClientRect();
    return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
  }, action);
  if (!box) throw new Error(`no ${action} button`);
  await page.mouse.click(box.x, box.y);
}

describe.skipIf(skip)('Firefox smoke test', () => {
  let session: FirefoxSession;

  beforeAll(async () => {
    session = await launchFirefox();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('indicator for a risky draft; the dialog holds the post; Edit returns; Post anyway posts it once', async () => {
    const page = await session.open('https://x.com/home');
    await page.waitForSelector(BOX);
    await typeInto(page, BOX, RISKY);
    const st = await until(
      () => uiState(page),
      (s) => s.state === 'warning',
    );
    expect(st.label).toMatch(/Second Look: \d+ things? to look at/);

    await page.click(POST);
    await until(
      () => uiState(page),
      (s) => s.dialogOpen,
    );
    expect(await postedOn(page)).toEqual([]);

    await clickInUi(page, 'edit');
    await until(
      () => uiState(page),
      (s) => !s.dialogOpen,
    );
    expect(await postedOn(page)).toEqual([]);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    expect(focused).toBe('tweetTextarea_0');

    await page.click(POST);
    await until(
      () => uiState(page),
      (s) => s.dialogOpen,
    );
    await clickInUi(page, 'post');
    await until(
      () => postedOn(page),
      (p) => p.length > 0,
    );
    await new Promise((r) => setTimeout(r, 400));
    expect(await postedOn(page)).toEqual([RISKY]);
    await page.close();
  });

  it('a clean draft posts at once', async () => {
    const page = await session.open('https://x.com/home');
    await page.waitForSelector(BOX);
    await typeInto(page, BOX, CLEAN);
    await new Promise((r) => setTimeout(r, 300));
    await until(
      () => uiState(page),
      (s) => s.status === 'done' && s.state === 'clean',
    );
    await page.click(POST);
    expect(await postedOn(page)).toEqual([CLEAN]);
    expect((await uiState(page)).dialogOpen).toBe(false);
    await page.close();
  });
});
