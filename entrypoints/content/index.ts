/**
 * The content script: a few capture listeners and nothing else at page load (loader.ts); the watcher and
 * the UI are loaded when an editable element is first used. Declared for the built-in platforms' hosts;
 * Mastodon servers and other sites the person enables get the same file registered at run time by the
 * background (scripting.registerContentScripts) once their host permission is granted.
 */
import { startLoader } from './loader';

export default defineContentScript({
  // Filled in at build time with every adapter's patterns (lib/platforms allMatchPatterns(), see the
  // `entrypoints:resolved` hook in wxt.config.ts), so the adapters stay out of this small bundle.
  matches: [],
  runAt: 'document_start',
  // Do not announce ourselves to the page with window.postMessage (WXT's legacy start signal).
  noScriptStartedPostMessage: true,
  main(ctx) {
    startLoader(ctx);
  },
});
