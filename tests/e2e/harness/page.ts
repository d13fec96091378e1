/** Small page helpers that work with both a Playwright Page (Chromium) and a Puppeteer Page (Firefox). */

interface Keyboardish {
  type(text: string, options?: { delay?: number }): Promise<unknown>;
  down(key: string): Promise<unknown>;
  up(key: string): Promise<unknown>;
  press(key: string): Promise<unknown>;
}
interface Pageish {
  keyboard: Keyboardish;
  click(selector: string): Promise<unknown>;
  evaluate<R>(fn: () => R): Promise<R>;
}

/** What the replica page has posted so far (`window.__posted`, as the page's own submit handler read it). */
export function postedOn(page: Pageish): Promise<string[]> {
  return page.evaluate(() => [...((window as unknown as { __posted?: string[] }).__posted ?? [])]);
}

const TYPE_DELAY_MS = 8;

/** Waits two animation frames in the page, so work the last key scheduled has run. */
function settle(page: Pageish): Promise<unknown> {
  return page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/**
 * Clicks `selector` and types `text` with the real keyboard. Line breaks are typed with `newline`
 * (default Shift+Enter, which makes a new line in every replica; plain Enter posts on some platforms).
 */
export async function typeInto(
  page: Pageish,
  selector: string,
  text: string,
  opts: { newline?: 'Enter' | 'Shift+Enter'; click?: boolean } = {},
): Promise<void> {
  if (opts.click !== false) await page.click(selector);
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (i > 0) {
      if ((opts.newline ?? 'Shift+Enter') === 'Shift+Enter') {
        await page.keyboard.down('Shift');
        await page.keyboard.press('Enter');
        await page.keyboard.up('Shift');
      } else {
        await page.keyboard.press('Enter');
      }
      // Let the editor finish the new line before the next key: Lexical in Firefox reconciles a line
      // break asynchronously and drops keys that arrive mid-reconcile (seen on loaded CI machines).
      await settle(page);
    }
    // A few milliseconds between keys, as a fast typist: editors that reconcile after each input event
    // get their turn, as they do with a person at the keyboard.
    if (line) await page.keyboard.type(line, { delay: TYPE_DELAY_MS });
  }
}

/** Presses Ctrl+Enter (the replicas treat Ctrl and Cmd alike). */
export async function pressModEnter(page: Pageish): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press('Enter');
  await page.keyboard.up('Control');
}
