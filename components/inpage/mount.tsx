/**
 * Builds the in-page UI: one shadow root (WXT createShadowRootUi) holding a React root, attached at the end
 * of <body> as a zero-size fixed element (no layout shift on the site). Page text only ever reaches React
 * text nodes.
 */
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { toBackground, type UiSettings } from '../../lib/messaging/index.ts';
import { resolveLang } from '../../lib/settings/schema.ts';
import type { DialogChoice, UiApi, UiFactory } from './contract.ts';
import { createStore, InPageApp } from './InPageApp.tsx';
import { INPAGE_CSS } from './styles.ts';

const HOST_CSS = `
:host {
  all: initial !important;
  position: fixed !important; top: 0 !important; left: 0 !important;
  width: 0 !important; height: 0 !important; overflow: visible !important;
  z-index: 2147483647 !important; display: block !important;
  contain: none !important; pointer-events: none !important;
}`;

/** Events from inside the UI do not reach the page's own (bubbling) listeners, e.g. keyboard shortcuts. */
const ISOLATED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'input',
  'beforeinput',
  'click',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'focusin',
  'focusout',
];

async function uiSettings(): Promise<UiSettings> {
  try {
    return await toBackground({ type: 'ui-settings' });
  } catch {
    return { lang: resolveLang('auto', browser.i18n?.getUILanguage?.()), supervisorEmail: '', problems: [] };
  }
}

export const createUi: UiFactory = async ({ ctx }) => {
  const settings = await uiSettings();
  const store = createStore({
    boxes: [],
    dialog: null,
    lang: settings.lang,
    supervisorEmail: settings.supervisorEmail,
  });
  const ui = await createShadowRootUi<Root>(ctx, {
    name: 'second-look-ui',
    position: 'inline',
    anchor: () => document.body ?? document.documentElement,
    append: 'last',
    css: `${HOST_CSS}\n${INPAGE_CSS}`,
    isolateEvents: ISOLATED_EVENTS,
    onMount(container) {
      // React listens for `selectionchange` on its container's document, which would run React on every
      // keystroke and caret move in the page. Creating the container in an inert document first puts that
      // listener there (we use no onSelect); the element, with React's own listeners, then moves in here.
      const inert = document.implementation.createHTMLDocument('');
      const el = inert.createElement('div');
      const root = createRoot(el);
      container.append(el);
      root.render(<InPageApp store={store} />);
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();

  // A site that rebuilds <body> (some SPAs do on navigation) would drop the host: put it back.
  const ensureAttached = () => {
    if (!ui.shadowHost.isConnected) (document.body ?? document.documentElement).append(ui.shadowHost);
  };

  const onSettings = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && 'settings' in changes)) {
      void uiSettings().then((s) => store.set({ lang: s.lang, supervisorEmail: s.supervisorEmail }));
    }
  };
  browser.storage.onChanged.addListener(onSettings);

  const api: UiApi = {
    host: ui.shadowHost,
    setBoxes(boxes) {
      ensureAttached();
      // Render now, not in a later task: the indicator is due within 150 ms of the last keystroke.
      flushSync(() => store.set({ boxes }));
    },
    confirm(req) {
      ensureAttached();
      return new Promise<DialogChoice>((resolve) => {
        const current = store.get().dialog;
        // Never two dialogs: a new request answers the old one with "edit" (the safe choice).
        if (current) current.resolve('edit');
        store.set({ dialog: { req, resolve } });
      });
    },
    destroy() {
      browser.storage.onChanged.removeListener(onSettings);
      ui.remove();
    },
  };
  return api;
};
