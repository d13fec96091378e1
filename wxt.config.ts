import { defineConfig } from 'wxt';
import { allMatchPatterns } from './lib/platforms/index.ts';
import { MANAGED_SCHEMA } from './lib/settings/managed-schema.ts';

// `wxt build` started by the test tooling inherits NODE_ENV=test (vitest sets it): Vite would then compile
// JSX for React's development runtime while bundling React's production build, and the popup, the options
// page and the in-page UI would fail with "jsxDEV is not a function". An extension build is a production
// build whoever starts it.
if (process.env.NODE_ENV === 'test') process.env.NODE_ENV = 'production';

/**
 * Second Look: least permissions.
 * - `storage`: settings (storage.local) and the administrator's policy (storage.managed).
 * - `scripting`: keeps the content script registered on the sites the person enabled, and injects it into
 *   the current tab right after enabling.
 * - `activeTab`: the popup can read the current tab's address (to offer "Enable on this site") and look
 *   for a Mastodon page, only after the person clicks the toolbar button.
 * - Host access: only the built-in platforms' content-script matches. Any other site (Mastodon servers,
 *   the generic adapter) is an optional host permission requested at run time, one site at a time.
 * - `ui.js` (the React UI, loaded lazily by the content script with import()) is web-accessible with a
 *   per-session dynamic URL in Chrome, so pages cannot probe for it.
 */
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting', 'activeTab'],
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['https://*/*'] }
      : { optional_permissions: ['https://*/*'] }),
    web_accessible_resources: [
      {
        resources: ['watcher.js', 'ui.js'],
        matches: ['https://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox'
      ? // Nothing is collected or transmitted.
        { browser_specific_settings: { gecko: { data_collection_permissions: { required: ['none'] } } } }
      : { storage: { managed_schema: 'managed_schema.json' } }),
    action: { default_title: '__MSG_extName__' },
  }),
  // No module-preload polyfill in the popup and options pages: it would fetch() their chunks; the browser
  // loads them itself.
  vite: () => ({ build: { modulePreload: { polyfill: false } } }),
  hooks: {
    // The content script runs on every adapter's hosts. The patterns come from the adapter registry here,
    // at build time, rather than from the content script's own code (which would then bundle every adapter).
    'entrypoints:resolved': (_wxt, entrypoints) => {
      for (const e of entrypoints) {
        if (e.type === 'content-script' && e.name === 'content') e.options.matches = allMatchPatterns();
      }
    },
    'build:publicAssets': (_wxt, assets) => {
      assets.push({
        relativeDest: 'managed_schema.json',
        contents: `${JSON.stringify(MANAGED_SCHEMA, null, 2)}\n`,
      });
    },
  },
});
