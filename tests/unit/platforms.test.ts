/**
 * The adapter registry without a DOM (vitest runs in node here): match patterns, adapter choice, and the
 * shape of every adapter's markers and rules. What the markers find in real pages is tested in the browser
 * (tests/e2e/platforms-markers.e2e.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { DefinedAdapter } from '../../lib/platforms/define.ts';
import { defineAdapter } from '../../lib/platforms/define.ts';
import {
  ADAPTERS,
  adapterById,
  adaptersFor,
  allMatchPatterns,
  GENERIC_ADAPTER,
  matchesPattern,
} from '../../lib/platforms/index.ts';

/** A stand-in Document: querySelector answers from a fixed set of selectors that "exist". */
function fakeDoc(present: string[] = []): Document {
  return { querySelector: (sel: string) => (present.includes(sel) ? {} : null) } as unknown as Document;
}

const ids = (list: { id: string }[]) => list.map((a) => a.id);

describe('matchesPattern', () => {
  it.each([
    ['https://x.com/*', 'https://x.com/home', true],
    ['https://x.com/*', 'https://x.com/', true],
    ['https://x.com/*', 'http://x.com/home', false],
    ['https://x.com/*', 'https://evilx.com/home', false],
    ['https://x.com/*', 'https://x.com.evil.org/home', false],
    ['*://x.com/*', 'http://x.com/a', true],
    ['*://x.com/*', 'ftp://x.com/a', false],
    ['https://*.example.org/*', 'https://example.org/', true],
    ['https://*.example.org/*', 'https://a.b.example.org/x?y=1', true],
    ['https://*.example.org/*', 'https://badexample.org/', false],
    ['https://x.com/i/*', 'https://x.com/home', false],
    ['https://x.com/i/*', 'https://x.com/i/flow/signup', true],
    ['<all_urls>', 'https://anything.test/', true],
    ['not a pattern', 'https://x.com/', false],
  ])('%s on %s is %s', (pattern, url, want) => {
    expect(matchesPattern(pattern, new URL(url))).toBe(want);
  });
});

describe('allMatchPatterns', () => {
  const patterns = allMatchPatterns();
  it('covers the host-bound platforms, https only, no duplicates', () => {
    for (const host of [
      'x.com',
      'twitter.com',
      'www.facebook.com',
      'www.instagram.com',
      'www.threads.com',
      'www.threads.net',
      'www.linkedin.com',
      'www.reddit.com',
      'old.reddit.com',
      'bsky.app',
      'www.youtube.com',
      'www.tiktok.com',
    ]) {
      expect(
        patterns.some((p) => matchesPattern(p, new URL(`https://${host}/`))),
        host,
      ).toBe(true);
    }
    expect(new Set(patterns).size).toBe(patterns.length);
    for (const p of patterns) expect(p).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
  });
  it('asks for no broad host access (Mastodon instances and enabled sites are optional permissions)', () => {
    expect(patterns).not.toContain('<all_urls>');
    expect(patterns.some((p) => p.startsWith('https://*/') || p.startsWith('*://*/'))).toBe(false);
    expect(adapterById('mastodon')?.matches).toEqual([]);
    expect(GENERIC_ADAPTER.matches).toEqual([]);
  });
});

describe('adaptersFor', () => {
  it('picks the platform by host (URL or string)', () => {
    expect(ids(adaptersFor(new URL('https://x.com/home'), fakeDoc()))).toEqual(['x']);
    expect(ids(adaptersFor('https://twitter.com/compose/post', fakeDoc()))).toEqual(['x']);
    expect(ids(adaptersFor('https://www.facebook.com/', fakeDoc()))).toEqual(['facebook']);
    expect(ids(adaptersFor('https://old.reddit.com/r/test/', fakeDoc()))).toEqual(['reddit']);
    expect(ids(adaptersFor('https://www.threads.net/@zuck', fakeDoc()))).toEqual(['threads']);
    expect(ids(adaptersFor('https://bsky.app/', fakeDoc()))).toEqual(['bluesky']);
  });
  it('recognises Mastodon by its page, on any host', () => {
    const meta = 'meta[name="application-name"][content="Mastodon" i]';
    expect(ids(adaptersFor('https://mastodon.social/home', fakeDoc([meta])))).toEqual(['mastodon']);
    expect(ids(adaptersFor('https://social.example.org/home', fakeDoc(['#mastodon[data-props]'])))).toEqual([
      'mastodon',
    ]);
    expect(
      ids(
        adaptersFor(
          'https://social.example.org/',
          fakeDoc(['body.app-body', 'script#initial-state[type="application/json"]']),
        ),
      ),
    ).toEqual(['mastodon']);
    // One weak marker is not enough, and a page without markers is not Mastodon.
    expect(ids(adaptersFor('https://blog.example.org/', fakeDoc(['body.app-body'])))).toEqual([]);
    expect(ids(adaptersFor('https://mastodon.social/home', fakeDoc()))).toEqual([]);
  });
  it('host adapters win over recognition; generic only when asked', () => {
    const meta = 'meta[name="application-name"][content="Mastodon" i]';
    expect(ids(adaptersFor('https://x.com/home', fakeDoc([meta])))).toEqual(['x']);
    expect(ids(adaptersFor('https://forum.example.org/', fakeDoc()))).toEqual([]);
    expect(ids(adaptersFor('https://forum.example.org/', fakeDoc(), { generic: true }))).toEqual(['generic']);
  });
  it('survives a recognise() that throws', () => {
    const doc = {
      querySelector: () => {
        throw new Error('boom');
      },
    } as unknown as Document;
    expect(adaptersFor('https://forum.example.org/', doc)).toEqual([]);
  });
});

describe('adapter definitions', () => {
  it('have unique ids and one file per platform', () => {
    expect(ids([...ADAPTERS])).toEqual([
      'x',
      'facebook',
      'instagram',
      'threads',
      'linkedin',
      'reddit',
      'bluesky',
      'youtube',
      'tiktok',
      'mastodon',
      'generic',
    ]);
  });
  for (const adapter of ADAPTERS as readonly DefinedAdapter[]) {
    describe(adapter.id, () => {
      it('has unique marker names, non-empty selectors, and a role for each', () => {
        const names = adapter.markers.map((m) => m.name);
        expect(new Set(names).size).toBe(names.length);
        for (const m of adapter.markers) {
          expect(m.selector.trim()).not.toBe('');
          expect(['box', 'submit', 'page']).toContain(m.role);
        }
      });
      it('uses every box marker in a rule and has at least one box and one submit marker', () => {
        const ruled = new Set(adapter.boxes.map((r) => r.marker));
        for (const m of adapter.markers.filter((m) => m.role === 'box'))
          expect(ruled.has(m.name), m.name).toBe(true);
        expect(adapter.markers.some((m) => m.role === 'submit')).toBe(true);
        expect(adapter.boxes.length).toBeGreaterThan(0);
      });
      it('marks e-mail fields as field "email"', () => {
        const email = adapter.boxes.find((r) => r.marker === 'email');
        if (adapter.id !== 'youtube') expect(email?.field).toBe('email');
      });
    });
  }
  it('X and generic know profile fields', () => {
    for (const id of ['x', 'generic']) {
      const a = adapterById(id) as DefinedAdapter;
      expect(
        a.boxes.some((r) => r.field === 'profile'),
        id,
      ).toBe(true);
    }
  });
  it('posting keys: Enter posts comments on Facebook, Instagram, TikTok; Ctrl/Cmd+Enter on X, Bluesky, Mastodon', () => {
    const rule = (id: string, marker: string) =>
      (adapterById(id) as DefinedAdapter).boxes.find((r) => r.marker === marker);
    expect(rule('facebook', 'comment')?.enterSubmits).toBe(true);
    expect(rule('facebook', 'composer')?.enterSubmits).toBeFalsy();
    expect(rule('instagram', 'comment')?.enterSubmits).toBe(true);
    expect(rule('tiktok', 'comment-input')?.enterSubmits).toBe(true);
    expect(rule('x', 'tweet-textarea')?.modEnterSubmits).toBe(true);
    expect(rule('bluesky', 'composer')?.modEnterSubmits).toBe(true);
    expect(rule('mastodon', 'compose')?.modEnterSubmits).toBe(true);
  });
  it('defineAdapter rejects rules that name unknown or non-box markers', () => {
    const base = { id: 't', name: 'T', matches: [] };
    expect(() =>
      defineAdapter({
        ...base,
        markers: [{ name: 'a', role: 'box', selector: 'textarea' }],
        boxes: [{ marker: 'b' }],
      }),
    ).toThrow(/unknown marker b/);
    expect(() =>
      defineAdapter({
        ...base,
        markers: [{ name: 'a', role: 'submit', selector: 'button' }],
        boxes: [{ marker: 'a' }],
      }),
    ).toThrow(/not a box marker/);
  });
});
