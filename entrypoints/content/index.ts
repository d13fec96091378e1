/**
 * The content script: small, no React, no analyzer (see watcher.ts). Declared for the built-in platforms'
 * hosts; Mastodon servers and other sites the person enables get the same file registered at run time by
 * the background (scripting.registerContentScripts) once their host permission is granted.
 */
import { allMatchPatterns } from '@/lib/platforms';
import { startWatcher } from './watcher';

export default defineContentScript({
  matches: allMatchPatterns(),
  runAt: 'document_start',
  // Do not announce ourselves to the page with window.postMessage (WXT's legacy start signal).
  noScriptStartedPostMessage: true,
  main(ctx) {
    startWatcher(ctx);
  },
});
