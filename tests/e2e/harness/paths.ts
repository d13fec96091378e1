import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (three levels above this file). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CACHE_DIR = path.join(ROOT, 'tests/.cache');
export const REPLICAS_DIR = path.join(ROOT, 'tests/replicas');
export const REPLICAS_DIST = path.join(REPLICAS_DIR, 'dist');
export const CHROME_EXTENSION = path.join(ROOT, '.output/chrome-mv3');
export const FIREFOX_EXTENSION = path.join(ROOT, '.output/firefox-mv2');
