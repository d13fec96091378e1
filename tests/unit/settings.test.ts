import { describe, expect, it } from 'vitest';
import { MANAGED_SCHEMA } from '../../lib/settings/managed-schema.ts';
import {
  analyzerOptions,
  applyPersonalPatch,
  CATEGORY_IDS,
  defaultSettings,
  isLocked,
  mergeSettings,
  parseSource,
  parseTermList,
  resolveLang,
  SETTING_KEYS,
} from '../../lib/settings/schema.ts';

describe('settings defaults', () => {
  it('are balanced, all categories on, nothing custom, language auto', () => {
    const d = defaultSettings();
    expect(d.sensitivity).toBe('balanced');
    expect(Object.values(d.categories).every(Boolean)).toBe(true);
    expect(Object.keys(d.categories).sort()).toEqual([...CATEGORY_IDS].sort());
    expect(d.customTerms).toEqual([]);
    expect(d.allowList).toEqual([]);
    expect(d.supervisorEmail).toBe('');
    expect(d.language).toBe('auto');
  });

  it('nothing stored gives the defaults and no problem', () => {
    const eff = mergeSettings(undefined, undefined);
    expect(eff.settings).toEqual(defaultSettings());
    expect(eff.locked).toEqual([]);
    expect(eff.problems).toEqual([]);
  });
});

describe('personal settings', () => {
  it('valid values apply', () => {
    const eff = mergeSettings(
      {
        version: 1,
        sensitivity: 'strict',
        categories: { media: false },
        customTerms: ['Project Falcon', ' Project Falcon '],
        allowList: ['confidential informant (TV show)'],
        supervisorEmail: 'boss@gov.mb.ca',
        language: 'fr',
      },
      undefined,
    );
    expect(eff.problems).toEqual([]);
    expect(eff.settings.sensitivity).toBe('strict');
    expect(eff.settings.categories.media).toBe(false);
    expect(eff.settings.categories.confidential).toBe(true);
    expect(eff.settings.customTerms).toEqual(['Project Falcon']);
    expect(eff.settings.supervisorEmail).toBe('boss@gov.mb.ca');
    expect(eff.settings.language).toBe('fr');
  });

  it('a malformed field falls back to its default with a problem; the other fields still apply', () => {
    const eff = mergeSettings(
      { sensitivity: 'paranoid', supervisorEmail: 'not an email', language: 'en', customTerms: 'x' },
      undefined,
    );
    expect(eff.settings.sensitivity).toBe('balanced');
    expect(eff.settings.supervisorEmail).toBe('');
    expect(eff.settings.customTerms).toEqual([]);
    expect(eff.settings.language).toBe('en');
    expect(eff.problems).toEqual([
      { source: 'personal', code: 'invalid-value', key: 'sensitivity' },
      { source: 'personal', code: 'invalid-value', key: 'supervisorEmail' },
      { source: 'personal', code: 'invalid-value', key: 'customTerms' },
    ]);
  });

  it('settings that are not an object fall back to the defaults with a problem', () => {
    for (const raw of ['garbage', 42, [1, 2], true]) {
      const eff = mergeSettings(raw, undefined);
      expect(eff.settings).toEqual(defaultSettings());
      expect(eff.problems).toEqual([{ source: 'personal', code: 'not-an-object' }]);
    }
  });

  it('unknown keys are reported, not applied', () => {
    const eff = mergeSettings({ sensitivty: 'strict' }, undefined);
    expect(eff.settings.sensitivity).toBe('balanced');
    expect(eff.problems).toEqual([{ source: 'personal', code: 'unknown-key', key: 'sensitivty' }]);
  });

  it('an unknown category is malformed', () => {
    const r = parseSource({ categories: { gossip: false } }, 'personal');
    expect(r.invalid).toEqual(['categories']);
  });

  it('too many or too long terms are malformed', () => {
    expect(
      parseSource({ customTerms: Array.from({ length: 201 }, (_, i) => `t${i}`) }, 'personal').invalid,
    ).toEqual(['customTerms']);
    expect(parseSource({ allowList: ['x'.repeat(201)] }, 'personal').invalid).toEqual(['allowList']);
    expect(parseSource({ allowList: [''] }, 'personal').invalid).toEqual(['allowList']);
  });
});

describe('managed policy', () => {
  it('overrides and locks personal values', () => {
    const eff = mergeSettings(
      {
        sensitivity: 'relaxed',
        supervisorEmail: 'me@example.org',
        categories: { media: false, disrepute: false },
      },
      { sensitivity: 'strict', categories: { media: true }, supervisorEmail: 'hr.lead@gov.mb.ca' },
    );
    expect(eff.settings.sensitivity).toBe('strict');
    expect(eff.settings.supervisorEmail).toBe('hr.lead@gov.mb.ca');
    expect(eff.settings.categories.media).toBe(true);
    // A category the policy does not name stays the person's choice.
    expect(eff.settings.categories.disrepute).toBe(false);
    expect(isLocked(eff, 'sensitivity')).toBe(true);
    expect(isLocked(eff, 'supervisorEmail')).toBe(true);
    expect(isLocked(eff, 'categories.media')).toBe(true);
    expect(isLocked(eff, 'categories.disrepute')).toBe(false);
    expect(isLocked(eff, 'language')).toBe(false);
    expect(eff.problems).toEqual([]);
  });

  it('a malformed managed field falls back to the safe default, stays locked and is reported', () => {
    const eff = mergeSettings(
      { sensitivity: 'relaxed', allowList: ['anything goes'] },
      { sensitivity: 'lenient', allowList: 'anything goes' },
    );
    expect(eff.settings.sensitivity).toBe('balanced');
    expect(eff.settings.allowList).toEqual([]);
    expect(isLocked(eff, 'sensitivity')).toBe(true);
    expect(isLocked(eff, 'allowList')).toBe(true);
    expect(eff.problems).toEqual([
      { source: 'managed', code: 'invalid-value', key: 'sensitivity' },
      { source: 'managed', code: 'invalid-value', key: 'allowList' },
    ]);
  });

  it('malformed managed categories reset every category to on and lock them all', () => {
    const eff = mergeSettings({ categories: { media: false } }, { categories: { media: 'no' } });
    expect(eff.settings.categories).toEqual(defaultSettings().categories);
    for (const id of CATEGORY_IDS) expect(isLocked(eff, `categories.${id}`)).toBe(true);
  });

  it('a managed policy that is not an object is ignored with a visible problem', () => {
    const eff = mergeSettings({ sensitivity: 'strict' }, 'sensitivity=relaxed');
    expect(eff.settings.sensitivity).toBe('strict');
    expect(eff.locked).toEqual([]);
    expect(eff.problems).toEqual([{ source: 'managed', code: 'not-an-object' }]);
  });

  it('personal and managed problems are both reported', () => {
    const eff = mergeSettings(7, { language: 'de' });
    expect(eff.problems).toEqual([
      { source: 'personal', code: 'not-an-object' },
      { source: 'managed', code: 'invalid-value', key: 'language' },
    ]);
    expect(eff.settings.language).toBe('auto');
  });
});

describe('the learned scorer setting', () => {
  it('is on by default, can be turned off by the person or locked off by the administrator, and reaches the analyzer', () => {
    expect(defaultSettings().learnedScorer).toBe(true);
    expect(analyzerOptions(defaultSettings(), 'en').learned).toBe(true);
    const personal = mergeSettings({ learnedScorer: false }, undefined);
    expect(personal.settings.learnedScorer).toBe(false);
    expect(analyzerOptions(personal.settings, 'en').learned).toBe(false);
    const managed = mergeSettings({ learnedScorer: true }, { learnedScorer: false });
    expect(managed.settings.learnedScorer).toBe(false);
    expect(isLocked(managed, 'learnedScorer')).toBe(true);
    expect(MANAGED_SCHEMA.properties.learnedScorer.type).toBe('boolean');
  });
  it('a malformed value falls back to on, with a visible problem', () => {
    const eff = mergeSettings({ learnedScorer: 'no' }, undefined);
    expect(eff.settings.learnedScorer).toBe(true);
    expect(eff.problems).toEqual([{ source: 'personal', code: 'invalid-value', key: 'learnedScorer' }]);
  });
});

describe('saving personal edits', () => {
  it('never writes locked keys or locked categories', () => {
    const eff = mergeSettings({}, { sensitivity: 'strict', categories: { media: true } });
    const next = applyPersonalPatch(
      { sensitivity: 'relaxed' },
      {
        sensitivity: 'balanced',
        language: 'fr',
        categories: { ...defaultSettings().categories, media: false, disrepute: false },
      },
      eff,
    );
    expect(next.sensitivity).toBe('relaxed');
    expect(next.language).toBe('fr');
    expect(next.categories).toEqual({
      disrepute: false,
      confidential: true,
      'personal-info': true,
      commitment: true,
      'government-voice': true,
      disclaimer: true,
      'account-identity': true,
    });
    expect(next.version).toBe(1);
  });

  it('drops malformed edits and malformed stored values', () => {
    const eff = mergeSettings(undefined, undefined);
    const next = applyPersonalPatch({ supervisorEmail: 'bad' }, { supervisorEmail: 'also bad' }, eff);
    expect(next.supervisorEmail).toBeUndefined();
  });
});

describe('helpers', () => {
  it('resolveLang follows the setting, then the browser', () => {
    expect(resolveLang('fr', 'en-CA')).toBe('fr');
    expect(resolveLang('en', 'fr-CA')).toBe('en');
    expect(resolveLang('auto', 'fr-CA')).toBe('fr');
    expect(resolveLang('auto', 'en-US')).toBe('en');
    expect(resolveLang('auto', undefined)).toBe('en');
  });

  it('analyzerOptions lists only the categories that are on', () => {
    const s = defaultSettings();
    s.categories.media = false;
    const o = analyzerOptions(s, 'fr');
    expect(o.categories).not.toContain('media');
    expect(o.categories).toHaveLength(CATEGORY_IDS.length - 1);
    expect(o.lang).toBe('fr');
  });

  it('parseTermList trims, drops blanks and duplicates', () => {
    expect(parseTermList(' Falcon \n\nFalcon\r\nOsprey\n  ')).toEqual(['Falcon', 'Osprey']);
  });

  it('the managed schema names exactly the setting keys and every category', () => {
    expect(Object.keys(MANAGED_SCHEMA.properties).sort()).toEqual([...SETTING_KEYS].sort());
    expect(Object.keys(MANAGED_SCHEMA.properties.categories.properties).sort()).toEqual(
      [...CATEGORY_IDS].sort(),
    );
  });
});
