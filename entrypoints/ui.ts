/**
 * The in-page UI bundle (React + the shadow-root UI), built as /ui.js and loaded lazily by the content
 * script with import() the first time a compose box is used, so no page pays for React on load.
 * It runs in the content script's isolated world and registers its factory there.
 */
import { UI_HOOK, type UiFactory } from '@/components/inpage/contract';
import { createUi } from '@/components/inpage/mount';

export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, UiFactory>)[UI_HOOK] = createUi;
});
