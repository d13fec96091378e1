/** Options, obfuscation, context fields and a second policy pack. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../../../lib/analysis/index.ts';
import { parsePack } from '../../../lib/policy/index.ts';
import { expectFinding } from './helpers.ts';

describe('obfuscation is normalised, spans stay on the original text', () => {
  const base = 'memo from our department says layoffs are coming';
  for (const [name, word] of [
    ['letter spacing', 'c o n f i d e n t i a l'],
    ['dots between letters', 'c.o.n.f.i.d.e.n.t.i.a.l'],
    ['zero-width characters', 'con\u200Bfiden\u200Dtial'],
    ['Cyrillic homoglyphs', 'сonfidеntial'],
    ['leetspeak', 'c0nf1dential'],
    ['full-width letters', 'ｃｏｎｆｉｄｅｎｔｉａｌ'],
    ['mathematical bold', '𝐜𝐨𝐧𝐟𝐢𝐝𝐞𝐧𝐭𝐢𝐚𝐥'],
  ] as const) {
    it(name, () => {
      const text = `The ${word} ${base}`;
      expectFinding(text, 'confidential', `${word} memo`, 'gr.confidential');
    });
  }
});

describe('options', () => {
  it('custom terms always flag as confidential, whatever the case or spacing', () => {
    const f = expectFinding(
      'Excited to share our PROJECT  falcon progress!',
      'confidential',
      'PROJECT  falcon',
      'gr.confidential',
      {
        options: { customTerms: ['Project Falcon'] },
      },
    );
    expect(f.rule).toBe('confidential.custom-term');
    expect(analyze('Excited to share our Project Falcon progress!')).toEqual([]);
  });
  it('allow-listed phrases never flag and lend no context', () => {
    const text = 'As a Manitoba Justice employee, I think the bail reform is a mess.';
    expect(analyze(text).map((f) => f.category)).toContain('government-voice');
    expect(analyze(text, {}, { allowList: ['as a manitoba justice employee'] })).toEqual([]);
  });
  it('categories can be switched off', () => {
    const text = 'Opinions are my own. Our ADM is a lying snake and I hope he gets fired.';
    const cats = new Set(analyze(text).map((f) => f.category));
    expect(cats).toEqual(new Set(['disclaimer', 'disrepute']));
    expect(analyze(text, {}, { categories: ['disclaimer'] }).map((f) => f.category)).toEqual(['disclaimer']);
  });
  it('sensitivity moves the rules’ threshold', () => {
    // a promise with no public addressee and no work context: a middling score
    const rules = createAnalyzer({ model: null });
    const text = 'We will have the rink flooded by the weekend, promise.';
    const [f] = rules.analyze(text, {}, { sensitivity: 'strict' });
    expect(f?.category).toBe('commitment');
    expect(f!.score).toBeGreaterThanOrEqual(0.45);
    expect(f!.score).toBeLessThan(0.7);
    expect(rules.analyze(text, {}, { sensitivity: 'relaxed' })).toEqual([]);
  });
  it('with the learned scorer, a stricter setting never warns about fewer categories', () => {
    const cats = (t: string, sensitivity: 'strict' | 'balanced' | 'relaxed') =>
      new Set(analyze(t, {}, { sensitivity }).map((x) => x.category));
    for (const t of [
      'We will have the rink flooded by the weekend, promise.',
      'Heard at the office the Dauphin branch closes in June, keep it quiet',
      'As a CO at the Brandon jail, the public has no idea how bad staffing is.',
      'Lovely sunset at Grand Beach tonight',
    ]) {
      const [strict, balanced, relaxed] = (['strict', 'balanced', 'relaxed'] as const).map((s) => cats(t, s));
      for (const c of relaxed!) expect(balanced!.has(c), `${c} in ${t}`).toBe(true);
      for (const c of balanced!) expect(strict!.has(c), `${c} in ${t}`).toBe(true);
    }
  });
  it('messages and suggestions follow the language', () => {
    const [en] = analyze('The confidential briefing note on the clinic closure is out.');
    const [fr] = analyze('The confidential briefing note on the clinic closure is out.', {}, { lang: 'fr' });
    expect(en?.message).not.toEqual(fr?.message);
    expect(fr?.suggestion).toMatch(/supérieur|superviseur|gestionnaire|reformul/i);
  });
  it('the field decides what is checked: an email field checks only the address', () => {
    expect(analyze('tom.ng@gov.mb.ca', { field: 'email' }).map((f) => f.category)).toEqual([
      'account-identity',
    ]);
    expect(analyze('tom.ng@gov.mb.ca', { field: 'post' })).toEqual([]);
  });
});

describe('a second policy pack is one new file', () => {
  it('the analyzer uses the passed pack: its email domains and its clauses', () => {
    const parsed = parsePack(JSON.parse(readFileSync('tests/unit/fixtures/test-pack.json', 'utf8')));
    if (!parsed.ok) throw new Error(parsed.error);
    const pack = parsed.pack;
    const domain = pack.governmentEmailDomains[0]!;
    const [f] = analyze(`jo@${domain}`, { field: 'email' }, { pack });
    expect(f?.category).toBe('account-identity');
    expect(pack.clauses.map((c) => c.id)).toContain(f?.clause);
    expect(analyze(`jo@${domain}`, { field: 'email' })).toEqual([]);
    // a Manitoba-specific clause (PHIA) falls back to the pack's own clause for the category
    const [p] = analyze('PHIN 987654321, your results are in', {}, { pack });
    expect(pack.clauses.map((c) => c.id)).toContain(p?.clause);
  });
});

describe('incremental analysis', () => {
  it('gives the same findings when re-analysing after edits as from scratch', () => {
    const a = createAnalyzer();
    const parts = [
      'Lovely morning at the lake.',
      'The confidential briefing note on the clinic closure is out.',
      'Our ADM is a lying snake.',
    ];
    let text = '';
    for (const p of parts) {
      text = text ? `${text} ${p}` : p;
      a.analyze(text);
    }
    expect(a.analyze(text)).toEqual(createAnalyzer().analyze(text));
  });
});
