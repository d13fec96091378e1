import { describe, expect, it } from 'vitest';
import { groupFindings } from '../../components/FindingList.tsx';
import { DICTIONARIES, MESSAGE_KEYS, translator } from '../../components/i18n.ts';
import { indicatorLabel, indicatorState, placeIndicator } from '../../components/inpage/Indicator.tsx';
import { supervisorMailto } from '../../components/mailto.ts';
import { problemText } from '../../components/problems.ts';
import { snippet } from '../../components/snippet.ts';
import type { Finding } from '../../lib/analysis/types.ts';
import { manitobaPack } from '../../lib/policy/index.ts';

const finding = (over: Partial<Finding> = {}): Finding => ({
  category: 'confidential',
  severity: 'warning',
  clause: 'gr.confidential',
  start: 4,
  end: 16,
  text: 'confidential',
  message: 'This may disclose confidential information.',
  suggestion: 'Remove it, or ask your supervisor.',
  rule: 'test',
  score: 0.9,
  ...over,
});

describe('i18n', () => {
  it('English and French have every key, none empty', () => {
    for (const lang of ['en', 'fr'] as const) {
      for (const k of MESSAGE_KEYS) expect(DICTIONARIES[lang][k], `${lang}.${k}`).toBeTruthy();
    }
  });

  it('placeholders are the same in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of MESSAGE_KEYS) expect(vars(DICTIONARIES.fr[k]), k).toEqual(vars(DICTIONARIES.en[k]));
  });

  it('fills placeholders', () => {
    expect(translator('en')('statusWatchingMany', { n: 2 })).toBe('Watching 2 compose boxes');
    expect(translator('fr')('statusWatchingMany', { n: 2 })).toBe('Surveille 2 zones de rédaction');
  });
});

describe('groupFindings', () => {
  it('shows findings that say the same thing once, with every match', () => {
    const a = finding({ start: 4, end: 16 });
    const b = finding({ start: 30, end: 45, text: "don't tell anyone" });
    const c = finding({
      category: 'media',
      clause: 'gr.media',
      message: 'A media request.',
      suggestion: 'Forward it.',
    });
    const groups = groupFindings([a, b, c]);
    expect(groups.map((g) => g.all.length)).toEqual([2, 1]);
    expect(groups[0]?.first).toBe(a);
  });
});

describe('snippet', () => {
  it('shows the match with context, cut at word boundaries', () => {
    const text =
      'Lovely sunset at Grand Beach tonight, but the confidential report on the budget leaks tomorrow';
    const start = text.indexOf('confidential');
    const s = snippet(text, start, start + 12, 20);
    expect(s.match).toBe('confidential');
    expect(s.before.endsWith('the ')).toBe(true);
    expect(s.cutStart).toBe(true);
    expect(s.before + s.match + s.after).toBe(
      text.slice(text.indexOf(s.before), text.indexOf(s.after) + s.after.length),
    );
  });

  it('short texts are not cut', () => {
    const s = snippet('a confidential b', 2, 14);
    expect(s).toEqual({ before: 'a ', match: 'confidential', after: ' b', cutStart: false, cutEnd: false });
  });

  it('clamps bad offsets', () => {
    expect(snippet('abc', 5, 9).match).toBe('');
  });
});

describe('indicator', () => {
  const t = translator('en');
  it('states', () => {
    expect(indicatorState({ status: 'done', findings: [] })).toBe('clean');
    expect(indicatorState({ status: 'done', findings: [finding()] })).toBe('warning');
    expect(indicatorState({ status: 'done', findings: [finding({ severity: 'info' })] })).toBe('info');
    expect(indicatorState({ status: 'error', findings: [] })).toBe('error');
    expect(indicatorState({ status: 'pending', findings: [] })).toBe('pending');
    // While re-checking, the previous result stays (no flicker).
    expect(indicatorState({ status: 'pending', findings: [finding()] })).toBe('warning');
  });

  it('accessible names', () => {
    expect(indicatorLabel({ status: 'done', findings: [finding()] }, t)).toBe(
      'Second Look: 1 thing to look at before posting',
    );
    expect(indicatorLabel({ status: 'done', findings: [finding(), finding()] }, t)).toBe(
      'Second Look: 2 things to look at before posting',
    );
    expect(indicatorLabel({ status: 'done', findings: [] }, t)).toBe(
      'Second Look: nothing found in this draft',
    );
  });

  it('placement stays inside the box and on screen', () => {
    const rect = (x: number, y: number, w: number, h: number) =>
      ({ left: x, top: y, right: x + w, bottom: y + h, width: w, height: h }) as DOMRectReadOnly;
    expect(placeIndicator(rect(100, 100, 400, 120), 1280, 800)).toEqual({ top: 190, left: 470 });
    expect(placeIndicator(rect(0, 0, 0, 0), 1280, 800)).toBeNull();
    expect(placeIndicator(rect(100, 900, 400, 120), 1280, 800)).toBeNull();
    const tall = placeIndicator(rect(100, 100, 400, 2000), 1280, 800);
    expect(tall && tall.top <= 800 - 26).toBe(true);
  });
});

describe('supervisor e-mail', () => {
  const t = translator('en');
  const draft = 'The confidential report on the budget leaks tomorrow';
  const base = {
    to: 'boss@gov.mb.ca',
    findings: [finding({ start: 4, end: 16 })],
    draft,
    site: 'X',
    pack: manitobaPack,
    lang: 'en' as const,
    t,
  };

  it('leaves the draft (and the matched words) out unless the box is ticked', () => {
    const url = supervisorMailto({ ...base, includeDraft: false });
    expect(url.startsWith('mailto:boss@gov.mb.ca?subject=')).toBe(true);
    const body = decodeURIComponent(url.split('&body=')[1] ?? '');
    expect(body).not.toContain('budget');
    expect(body).not.toContain('confidential report');
    expect(body).toContain('Confidential information');
    expect(body).toContain('(My draft is not included.)');
  });

  it('includes the draft exactly when ticked, with CRLF line breaks', () => {
    const url = supervisorMailto({ ...base, includeDraft: true, draft: `${draft}\nsecond line` });
    const body = decodeURIComponent(url.split('&body=')[1] ?? '');
    expect(body).toContain(`${draft}\r\nsecond line`);
  });

  it('an address that is not one is left out', () => {
    expect(supervisorMailto({ ...base, to: 'x?cc=evil@example.com', includeDraft: false })).toMatch(
      /^mailto:\?subject=/,
    );
  });
});

describe('settings problems', () => {
  it('are explained in plain words', () => {
    const t = translator('en');
    expect(problemText({ source: 'managed', code: 'invalid-value', key: 'sensitivity' }, t)).toBe(
      'Your organisation’s setting “Sensitivity” is not valid.',
    );
    expect(problemText({ source: 'personal', code: 'not-an-object' }, t)).toBe(
      'Your saved settings could not be read.',
    );
  });
});
