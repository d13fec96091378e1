/** The learned scorer shipped as data: it adds findings only with rule evidence and says which words drove them. */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/analysis/index.ts';
import {
  type CategoryModel,
  decodeBytes,
  documentFeatures,
  encodeBytes,
  type PackedScorerModel,
  probability,
  type ScorerModel,
  strongestWords,
  unpackModel,
} from '../../../lib/analysis/learned.ts';
import model from '../../../lib/analysis/model.json' with { type: 'json' };

const shipped = model as PackedScorerModel;

describe('learned scorer', () => {
  it('ships a well-formed model trained only on the project’s development corpora', () => {
    expect(shipped.version).toBe(2);
    expect(shipped.trainedOn.length).toBeGreaterThan(0);
    expect(shipped.trainedOn.some((f) => f.includes('heldout'))).toBe(false);
    expect(new Set(shipped.vocab).size).toBe(shipped.vocab.length);
    for (const m of Object.values(shipped.categories)) {
      expect(m.thresholds.relaxed).toBeGreaterThanOrEqual(m.thresholds.balanced);
      expect(m.thresholds.balanced).toBeGreaterThanOrEqual(m.thresholds.strict);
      // one signed byte per vocabulary entry
      expect(decodeBytes(m.weights).length).toBe(shipped.vocab.length);
      expect(m.scale).toBeGreaterThan(0);
    }
  });
  it('packs weights as signed bytes and reads them back by feature name', () => {
    const bytes = [0, 1, -1, 127, -127, 64, -3];
    for (let n = 0; n <= bytes.length; n++)
      expect([...decodeBytes(encodeBytes(bytes.slice(0, n)))]).toEqual(bytes.slice(0, n));
    expect(() => decodeBytes('AB$C')).toThrow(/not base64/);
    const packed: PackedScorerModel = {
      version: 2,
      featureSet: 'w',
      trainedOn: ['test'],
      vocab: ['w:leak', 'w:memo', 'w:cake'],
      categories: {
        confidential: {
          bias: -1,
          thresholds: { strict: 0.5, balanced: 0.6, relaxed: 0.7 },
          scale: 0.5,
          weights: encodeBytes([8, 2, -4]),
        },
      },
    };
    const m = unpackModel(packed).categories.confidential!;
    const f = documentFeatures('leak the memo', 'post', [], new Map(), 'w');
    expect(probability(m, f)).toBeCloseTo(1 / (1 + Math.exp(-(-1 + 4 + 1))), 6);
    expect(probability(m, documentFeatures('cake', 'post', [], new Map(), 'w'))).toBeCloseTo(
      1 / (1 + Math.exp(3)),
      6,
    );
    const w = strongestWords(m, 'leak the memo')!;
    expect('leak the memo'.slice(w.start, w.end)).toBe('leak');
    // a vocabulary and weights that disagree are an error, not a silent misreading
    expect(() => unpackModel({ ...packed, vocab: ['w:leak'] } as PackedScorerModel)).toThrow(
      /3 for 1 features/,
    );
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
  it('never speaks without rule evidence, never overrides a rule veto, and needs more on weaker evidence', () => {
    const always: ScorerModel = {
      version: 1,
      featureSet: 'wb',
      trainedOn: ['test'],
      categories: {
        commitment: {
          // probability 1 / (1 + e^-6) = 0.9975 on any draft with "will"
          bias: 5,
          thresholds: { strict: 0.5, balanced: 0.5, relaxed: 0.999 },
          weights: { 'w:will': 1 },
        },
      },
    };
    const a = createAnalyzer({ model: always });
    const commitments = (t: string, sensitivity: 'strict' | 'balanced' = 'balanced') =>
      a.analyze(t, {}, { sensitivity }).filter((f) => f.category === 'commitment');
    // no signal at all: nothing to confirm, at any sensitivity
    expect(commitments('Sunset tonight, it will be lovely', 'strict')).toEqual([]);
    // a signal of the text (the writer), but no evidence of a commitment: only the open gate lets the
    // scorer in, one sensitivity step stricter, so at balanced it needs 0.999 and stays quiet
    expect(commitments('Lovely sunset, we will go again')).toEqual([]);
    expect(commitments('Lovely sunset, we will go again', 'strict')[0]?.rule).toBe('commitment.learned');
    // rule evidence, but relayed news: the rules set it aside
    expect(commitments('The province announced it will cover insulin pumps, guaranteed.', 'strict')).toEqual(
      [],
    );
    // an assurance about nothing a government delivers is not evidence of a commitment
    expect(commitments("Don't worry Mom, I'll make sure the dog gets fed while you're in Mexico")).toEqual(
      [],
    );
    // rule evidence (an assurance about a service) and nothing against it: the learned scorer may add it at
    // the normal bar, pointing at its word
    const promise = 'The culvert will be fixed soon, promise';
    const [f] = commitments(promise);
    expect(f?.rule).toBe('commitment.learned');
    expect(promise.slice(f!.start, f!.end)).toBe('will');
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
  it('needs a tie to government before it hears government voice in a short opinion', () => {
    const a = createAnalyzer();
    const gv = (t: string) => a.analyze(t).filter((f) => f.category === 'government-voice');
    // a citizen's opinion on a topic staff drafts talk about: no role, no department, nothing official
    expect(gv('I think the bail reform is a mess.')).toEqual([]);
    // the same opinion from inside a department is still heard
    expect(gv('As a Manitoba Justice employee, I think the bail reform is a mess.')).not.toEqual([]);
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
