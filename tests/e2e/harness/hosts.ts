/**
 * Which replica page each real host name serves. The browsers resolve every one of these names to the
 * local replica server, so `https://x.com/home` loads the X replica and the extension's real match
 * patterns run against it.
 */
export const REPLICA_HOSTS = {
  'x.com': 'x',
  'twitter.com': 'x',
  'www.facebook.com': 'facebook',
  'www.instagram.com': 'instagram',
  'www.threads.com': 'threads',
  'www.threads.net': 'threads',
  'www.linkedin.com': 'linkedin',
  'www.reddit.com': 'reddit',
  'old.reddit.com': 'reddit-old',
  'bsky.app': 'bluesky',
  'mastodon.social': 'mastodon',
  'social.example.org': 'mastodon',
  'www.youtube.com': 'youtube',
  'www.tiktok.com': 'tiktok',
  'generic.example.org': 'generic',
} as const satisfies Record<string, string>;

export type ReplicaHost = keyof typeof REPLICA_HOSTS;
export type ReplicaName = (typeof REPLICA_HOSTS)[ReplicaHost];

export const REPLICA_NAMES: ReplicaName[] = [...new Set(Object.values(REPLICA_HOSTS))];

/** The replica for a Host header (port and case ignored), or undefined for a host we do not serve. */
export function replicaForHost(hostHeader: string | undefined): ReplicaName | undefined {
  if (!hostHeader) return undefined;
  const host = hostHeader.toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  return (REPLICA_HOSTS as Record<string, ReplicaName>)[host];
}
