/**
 * The compose watcher bundle (adapters, box finding, submit interception), built as /watcher.js and loaded
 * by the content script with import() the first time an editable element gets the focus. It runs in the
 * content script's isolated world and registers its factory there.
 */
import { startWatcher, WATCHER_HOOK, type WatcherFactory } from '@/entrypoints/content/watcher';

export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, WatcherFactory>)[WATCHER_HOOK] = startWatcher;
});
