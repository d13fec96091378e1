/** The learned scorer shipped as data: it adds findings only with rule evidence and says which words drove them. */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/analysis/index.ts';
import {
  type CategoryModel,
  documentFeatures,
  probability,
  type ScorerModel,
  strongestWords,
} from '../../../lib/analysis/learned.ts';
import model from '../../../lib/analysis/model.json' with { type: 'json' };

const shipped = model as ScorerModel;

describe('learned scorer', () => {
  it('ships a well-formed model trained only on the project’s development corpora', () => {
    expect(shipped.trainedOn.length).toBeGreaterThan(0);
    expect(shipped.trainedOn.some((f) => f.includes('heldout'))).toBe(false);
    for (const m of Object.values(shipped.categories) as CategoryModel[]) {
      expect(m.thresholds.relaxed).toBeGreaterThanOrEqual(m.thresholds.balanced);
      expect(m.thresholds.balanced).toBeGreaterThanOrEqual(m.thresholds.strict);
      expect(Object.keys(m.weights).length).toBeLessThanOrEqual(500);
    }
  });
  it('explains a finding by the present word with the largest positive weight', () => {
    const toy: CategoryModel = {
      bias: -3,
      thresholds: { strict: 0.5, balanced: 0.6, relaxed: 0.9 },
      weights: { 'w:leak': 4, 'w:memo': 1, 'b:the_memo': 0.5 },
    };
    const lower = 'they will leak the memo';
    const f = documentFeatures(lower, 'post', [], new Map(), 'wb');
    expect(probability(toy, f)).toBeCloseTo(1 / (1 + Math.exp(-(-3 + 4 + 1 + 0.5))), 6);
    const w = strongestWords(toy, lower)!;
    expect(lower.slice(w.start, w.end)).toBe('leak');
  });
  it('shows a content word rather than a plain one ("his", "will") as the reason, when there is one', () => {
    const toy: CategoryModel = {
      bias: 0,
      thresholds: { strict: 0.5, balanced: 0.6, relaxed: 0.9 },
      weights: { 'w:his': 3, 'w:file': 1 },
    };
    const w = strongestWords(toy, 'read his file today')!;
    expect('read his file today'.slice(w.start, w.end)).toBe('file');
    const only = strongestWords(toy, 'his turn')!;
    expect('his turn'.slice(only.start, only.end)).toBe('his');
  });
  it('never speaks without rule evidence and never overrides a rule veto', () => {
    const always: ScorerModel = {
      version: 1,
      featureSet: 'wb',
      trainedOn: ['test'],
      categories: {
        commitment: {
          bias: 10,
          thresholds: { strict: 0.5, balanced: 0.5, relaxed: 0.5 },
          weights: { 'w:will': 1 },
        },
      },
    };
    const a = createAnalyzer({ model: always });
    // no rule evidence for a commitment at all
    expect(a.analyze('Lovely sunset, we will go again').filter((f) => f.category === 'commitment')).toEqual(
      [],
    );
    // rule evidence, but relayed news: the rules set it aside
    expect(
      a
        .analyze('The province announced it will cover insulin pumps, guaranteed.')
        .filter((f) => f.category === 'commitment'),
    ).toEqual([]);
    // an assurance about nothing a government delivers is not evidence of a commitment
    expect(
      a
        .analyze("Don't worry Mom, I'll make sure the dog gets fed while you're in Mexico")
        .filter((f) => f.category === 'commitment'),
    ).toEqual([]);
    // rule evidence (an assurance about a service) and nothing against it: the learned scorer may add it, pointing at its word
    const [f] = a.analyze('Promise: your culvert will be fixed.').filter((x) => x.category === 'commitment');
    expect(f?.category).toBe('commitment');
  });
  it('confirms government voice on any signal in a short draft, but not in a long one or from allow-listed words', () => {
    const zorb: ScorerModel = {
      version: 1,
      featureSet: 'wb',
      trainedOn: ['test'],
      categories: {
        'government-voice': {
          bias: -5,
          thresholds: { strict: 0.5, balanced: 0.5, relaxed: 0.5 },
          weights: { 'w:zorbing': 10 },
        },
      },
    };
    const a = createAnalyzer({ model: zorb });
    const gv = (t: string, allowList: string[] = []) =>
      a.analyze(t, {}, { allowList, learned: true }).filter((f) => f.category === 'government-voice');
    // a signal of the text (the province's budget), no government-voice rule: the scorer may confirm
    const short = 'Zorbing the province budget again this spring';
    const [f] = gv(short);
    expect(f?.rule).toBe('government-voice.learned');
    expect(short.slice(f!.start, f!.end)).toBe('Zorbing');
    // no signal at all: nothing to confirm
    expect(gv('Zorbing down the hill')).toEqual([]);
    // a long draft always carries some signal, so there the gate stays shut
    expect(
      gv(`${short}. ${'We walked the dog by the river and talked about nothing much. '.repeat(6)}`),
    ).toEqual([]);
    // allow-listed words lend the scorer nothing
    expect(gv(short, ['zorbing'])).toEqual([]);
  });
  it('the learned option off gives exactly the rules-only findings', () => {
    const rules = createAnalyzer({ model: null });
    const full = createAnalyzer({});
    const texts = [
      'Mon élève Léa (5e année) a de la misère, on va voir avec sa mère',
      "@stonewall_mom we'll have the crew out to your road Thursday, don't worry",
      'Lovely sunset at Grand Beach tonight',
      'Heard at the office the Dauphin branch closes in June, keep it quiet',
    ];
    for (const t of texts) expect(full.analyze(t, {}, { learned: false })).toEqual(rules.analyze(t));
  });
  it('can be switched off: rules only', () => {
    expect(createAnalyzer({ model: null }).analyze('Lovely sunset at Grand Beach')).toEqual([]);
  });
});
