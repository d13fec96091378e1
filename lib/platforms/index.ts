/**
 * The adapter registry: which adapters apply to a page, the content script's match patterns, and selector
 * health for the popup.
 */
import { bluesky } from './bluesky.ts';
import { type DefinedAdapter, queryIn, rootsUnder } from './define.ts';
import { facebook } from './facebook.ts';
import { generic } from './generic.ts';
import { instagram } from './instagram.ts';
import { linkedin } from './linkedin.ts';
import { mastodon } from './mastodon.ts';
import { reddit } from './reddit.ts';
import { threads } from './threads.ts';
import { tiktok } from './tiktok.ts';
import type { MarkerHealth, PlatformAdapter } from './types.ts';
import { x } from './x.ts';
import { youtube } from './youtube.ts';

export type { BoxField, ComposeBox, Marker, MarkerHealth, PlatformAdapter } from './types.ts';

/** Host-bound platforms first, then the ones that recognise themselves (Mastodon), then `generic`. */
export const ADAPTERS: readonly PlatformAdapter[] = [
  x,
  facebook,
  instagram,
  threads,
  linkedin,
  reddit,
  bluesky,
  youtube,
  tiktok,
  mastodon,
  generic,
];

/** The adapter for sites the person enables by hand (any textarea or contenteditable). */
export const GENERIC_ADAPTER: PlatformAdapter = generic;

export function adapterById(id: string): PlatformAdapter | undefined {
  return ADAPTERS.find((a) => a.id === id);
}

/** Does a WebExtension match pattern (`https://*.example.com/*`, `*://x.com/*`, `<all_urls>`) match url? */
export function matchesPattern(pattern: string, url: URL): boolean {
  if (pattern === '<all_urls>') return /^(https?|wss?|file|ftp):$/.test(url.protocol);
  const m = /^(\*|https?|wss?|file|ftp):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const protocol = url.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  const hostname = url.hostname.toLowerCase();
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2).toLowerCase();
      if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
    } else if (hostname !== host.toLowerCase()) return false;
  }
  const re = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return re.test(url.pathname + url.search);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The adapters for a page: those whose match patterns cover the URL; else those that recognise the page
 * (Mastodon on any instance); else, when `generic` is set (a site the person enabled), the generic adapter.
 */
export function adaptersFor(
  url: URL | string,
  doc: Document,
  opts: { generic?: boolean } = {},
): PlatformAdapter[] {
  const u = typeof url === 'string' ? new URL(url) : url;
  const byHost = ADAPTERS.filter((a) => a.matches.some((p) => matchesPattern(p, u)));
  if (byHost.length) return byHost;
  const recognised = ADAPTERS.filter((a) => {
    try {
      return a.recognise?.(doc) ?? false;
    } catch {
      return false;
    }
  });
  if (recognised.length) return recognised;
  return opts.generic ? [generic] : [];
}

/** Every adapter's match patterns, deduplicated: the content script's `matches`. */
export function allMatchPatterns(): string[] {
  return [...new Set(ADAPTERS.flatMap((a) => a.matches))];
}

/** For each marker of the adapter: how many elements it matches under root (open shadow roots included). */
export function markerHealth(adapter: PlatformAdapter, root: Document | ShadowRoot): MarkerHealth[] {
  const roots = rootsUnder(root, (adapter as Partial<DefinedAdapter>).pierce ?? true);
  return adapter.markers.map((m) => {
    const count = queryIn(roots, m).length;
    return { marker: m.name, name: m.name, role: m.role, count, matched: count > 0 };
  });
}

export { bluesky, facebook, generic, instagram, linkedin, mastodon, reddit, threads, tiktok, x, youtube };
