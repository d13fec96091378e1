import { describe, expect, it } from 'vitest';
import {
  enabledFromGranted,
  originPattern,
  patternFromInput,
  patternHost,
} from '../../lib/settings/sites.ts';

describe('enabled sites', () => {
  it('originPattern keeps the scheme and host only', () => {
    expect(originPattern('https://mastodon.social/@Gargron/123?x=1')).toBe('https://mastodon.social/*');
    expect(originPattern('http://intranet.example/x')).toBe('http://intranet.example/*');
    expect(originPattern('chrome://extensions')).toBeNull();
    expect(originPattern('file:///tmp/a.html')).toBeNull();
    expect(originPattern('not a url')).toBeNull();
  });

  it('patternFromInput accepts a host or a URL', () => {
    expect(patternFromInput('social.example.org')).toBe('https://social.example.org/*');
    expect(patternFromInput(' https://social.example.org/home ')).toBe('https://social.example.org/*');
    expect(patternFromInput('')).toBeNull();
    expect(patternFromInput('ftp://x.org')).toBeNull();
  });

  it('patternHost', () => {
    expect(patternHost('https://mastodon.social/*')).toBe('mastodon.social');
  });

  it('enabledFromGranted keeps exact hosts, not the built-in platforms or broad grants', () => {
    expect(
      enabledFromGranted(
        [
          'https://x.com/*',
          'https://*/*',
          '<all_urls>',
          'https://social.example.org/*',
          'https://mastodon.social/*',
          'https://*.example.com/*',
        ],
        ['https://x.com/*'],
      ),
    ).toEqual(['https://mastodon.social/*', 'https://social.example.org/*']);
  });
});
