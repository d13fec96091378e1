/**
 * What runs on every page load of a watched site, and nothing more: capture-phase listeners on window
 * (registered at document_start, so they run before any of the page's own) and a message listener for
 * the popup. The watcher itself (adapters, box finding, interception: /watcher.js) is loaded with
 * import() the first time an editable element gets the focus, and the React UI (/ui.js) the first time a
 * compose box is used. A page where nobody writes pays for these few listeners only.
 */

import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { WatcherApi, WatcherFactory } from './watcher';

const WATCHER_HOOK = '__secondLookWatcher_v1';

function isEditable(node: EventTarget | undefined): boolean {
  if (!node || (node as Node).nodeType !== 1) return false;
  const el = node as HTMLElement;
  const tag = el.localName;
  return tag === 'textarea' || tag === 'input' || el.isContentEditable;
}

export function startLoader(ctx: ContentScriptContext): void {
  let watcher: WatcherApi | null = null;
  let loading: Promise<WatcherApi | null> | null = null;

  const load = (): Promise<WatcherApi | null> => {
    loading ??= (async () => {
      try {
        await import(/* @vite-ignore */ browser.runtime.getURL('/watcher.js'));
        const factory = (globalThis as unknown as Record<string, WatcherFactory | undefined>)[WATCHER_HOOK];
        if (!factory) throw new Error('the watcher bundle did not register');
        watcher = factory(ctx);
        return watcher;
      } catch (err) {
        // Without the watcher nothing is held: posts go through (fail open). Note it locally.
        const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
        browser.runtime.sendMessage({ type: 'record-error', where: 'watcher-load', message }).catch(() => {});
        return null;
      }
    })();
    return loading;
  };

  const forward =
    <E extends Event>(handler: (w: WatcherApi, e: E) => void, trigger = false) =>
    (e: Event) => {
      if (watcher) handler(watcher, e as E);
      else if (trigger && e.isTrusted && isEditable(e.composedPath()[0])) void load();
    };

  const active = { capture: true } as const;
  const passive = { capture: true, passive: true } as const;
  ctx.addEventListener(
    window,
    'click',
    forward<MouseEvent>((w, e) => w.onClick(e)),
    active,
  );
  ctx.addEventListener(
    window,
    'keydown',
    forward<KeyboardEvent>((w, e) => w.onKeyDown(e), true),
    active,
  );
  ctx.addEventListener(
    window,
    'keyup',
    forward<KeyboardEvent>((w, e) => w.onKeyUp(e)),
    active,
  );
  ctx.addEventListener(
    window,
    'submit',
    forward<SubmitEvent>((w, e) => w.onSubmit(e)),
    active,
  );
  ctx.addEventListener(
    window,
    'pointerdown',
    forward<PointerEvent>((w, e) => w.onPointerDown(e), true),
    passive,
  );
  ctx.addEventListener(
    window,
    'input',
    forward<Event>((w, e) => w.onInput(e), true),
    passive,
  );
  ctx.addEventListener(
    window,
    'focusin',
    forward<FocusEvent>((w, e) => w.onFocusIn(e), true),
    passive,
  );
  ctx.addEventListener(
    window,
    'focusout',
    forward<FocusEvent>((w, e) => w.onFocusOut(e)),
    passive,
  );

  // The popup asks for selector health and the latest warnings of this tab.
  const onMessage = (msg: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    if ((msg as { type?: unknown } | null)?.type !== 'status') return undefined;
    load().then(
      (w) => sendResponse(w ? w.status() : null),
      () => sendResponse(null),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
