/**
 * Sites the person enabled (Mastodon servers, any other site for the generic adapter).
 *
 * The source of truth is the browser's permission store: a site is enabled when its optional host
 * permission (`https://host/*`) is granted. The background keeps one run-time content script registration
 * (`second-look-sites`) matching exactly those origins.
 */
import { browser } from 'wxt/browser';

export const SITES_SCRIPT_ID = 'second-look-sites';
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** `https://mastodon.social/anything` → `https://mastodon.social/*`; null for anything that is not a web page. */
export function originPattern(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  if (!u.hostname || u.hostname.includes('*')) return null;
  return `${u.protocol}//${u.hostname}/*`;
}

/** Parse what a person types into "add site": a host or a URL. */
export function patternFromInput(input: string): string | null {
  const s = input.trim();
  if (!s) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) return originPattern(`https://${s}`);
  return originPattern(s);
}

/** `https://mastodon.social/*` → `mastodon.social` (for display). */
export function patternHost(pattern: string): string {
  return pattern.replace(/^[a-z]+:\/\//, '').replace(/\/\*$/, '');
}

/**
 * The enabled sites among granted origins: exact hosts only, minus the built-in platforms' own patterns
 * (a broad grant such as `https://*\/*` is never taken as "enable everything").
 */
export function enabledFromGranted(granted: readonly string[], builtIn: readonly string[]): string[] {
  const skip = new Set(builtIn);
  const out: string[] = [];
  for (const o of granted) {
    if (skip.has(o)) continue;
    const m = /^(https?):\/\/([^/*]+)\/\*$/.exec(o);
    if (!m) continue;
    if (!out.includes(o)) out.push(o);
  }
  return out.sort();
}

function builtInPatterns(): string[] {
  const manifest = browser.runtime.getManifest();
  return (manifest.content_scripts ?? []).flatMap((cs) => cs.matches ?? []);
}

export async function listEnabledSites(): Promise<string[]> {
  const all = await browser.permissions.getAll();
  return enabledFromGranted(all.origins ?? [], builtInPatterns());
}

let syncChain: Promise<unknown> = Promise.resolve();

/**
 * Register (or update, or remove) the content script for the enabled sites. Calls run one after the
 * other (a popup's "Enable" and the permission event can ask at the same moment).
 */
export function syncSiteScripts(): Promise<string[]> {
  const run = syncChain.then(syncNow, syncNow);
  syncChain = run.catch(() => undefined);
  return run;
}

async function syncNow(): Promise<string[]> {
  const sites = await listEnabledSites();
  const scripting = browser.scripting;
  if (!scripting?.registerContentScripts) return sites;
  const existing = await scripting.getRegisteredContentScripts({ ids: [SITES_SCRIPT_ID] }).catch(() => []);
  if (sites.length === 0) {
    if (existing.length > 0) await scripting.unregisterContentScripts({ ids: [SITES_SCRIPT_ID] });
    return sites;
  }
  const script = {
    id: SITES_SCRIPT_ID,
    matches: sites,
    js: [CONTENT_SCRIPT_FILE],
    runAt: 'document_start' as const,
    allFrames: false,
  };
  if (existing.length > 0) await scripting.updateContentScripts([script]);
  else await scripting.registerContentScripts([script]);
  return sites;
}

/** Enable a site: ask for its host permission (call from a click handler: browsers require a gesture). */
export async function requestSite(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] });
}

export async function removeSite(pattern: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [pattern] });
}
