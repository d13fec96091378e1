/**
 * The learned scorer: one logistic regression per category over words, word pairs and the rule
 * layer's evidence (signal kinds and rule scores), trained by scripts/train-scorer.ts on the project's
 * own development corpora (never on the held-out one) and shipped as data (model.json). It only adds
 * a finding where the rules found nothing in that category, and it says which words drove it: the
 * finding's span is the present word with the largest positive weight.
 */
import type { CategoryId, Field } from './types.ts';

export type Features = Map<string, number>;

/** Weights looked up by feature name (a Map, or the packed table of the shipped model). */
export interface WeightTable {
  get(feature: string): number | undefined;
}
/** A category's model as code reads it: weights looked up by feature name. */
export interface CategoryModel {
  bias: number;
  /** Probability needed to report, per sensitivity. */
  thresholds: { strict: number; balanced: number; relaxed: number };
  weights: Record<string, number> | WeightTable;
  /**
   * Signal kinds that count as rule evidence for this category (besides a rule hit of its own). Without
   * it the engine's default list applies; `"*"` lets any signal of a short draft count.
   */
  evidence?: string[];
}
export interface ScorerModel {
  version: number;
  /** Which feature groups the model reads: w words, b word pairs, s signal kinds, r rule scores, f field. */
  featureSet?: string;
  trainedOn: string[];
  categories: Partial<Record<CategoryId, CategoryModel>>;
}

/**
 * The model as shipped (model.json, version 2): one vocabulary shared by every category, and per
 * category the weight of each vocabulary entry as a signed byte (base64), times the category's scale.
 */
export interface PackedScorerModel {
  version: 2;
  featureSet: string;
  trainedOn: string[];
  vocab: string[];
  categories: Partial<
    Record<
      CategoryId,
      Omit<CategoryModel, 'weights'> & {
        scale: number;
        weights: string;
      }
    >
  >;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Signed bytes from base64 (no platform API needed, so it runs anywhere the analyzer runs). */
export function decodeBytes(b64: string): Int8Array {
  const clean = b64.replace(/=+$/, '');
  const out = new Int8Array(Math.floor((clean.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = B64.indexOf(clean[i]!);
    if (v < 0) throw new Error(`model weights: not base64 at ${i}`);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff; // an Int8Array stores 128–255 as −128…−1
    }
  }
  return out;
}
/** Base64 of signed bytes (for the trainer). */
export function encodeBytes(bytes: ArrayLike<number>): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]! & 0xff;
    const b = i + 1 < bytes.length ? bytes[i + 1]! & 0xff : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2]! & 0xff : 0;
    const n = (a << 16) | (b << 8) | c;
    s += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    s += i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=';
    s += i + 2 < bytes.length ? B64[n & 63]! : '=';
  }
  return s;
}

/** A model in the form code reads, from either the packed file or a plain one (tests, experiments). */
export function unpackModel(model: ScorerModel | PackedScorerModel): ScorerModel {
  if (!('vocab' in model)) return model;
  const categories: ScorerModel['categories'] = {};
  // one index for the shared vocabulary; each category keeps its bytes (no per-category map to build)
  const index = new Map<string, number>();
  for (const [i, k] of model.vocab.entries()) index.set(k, i);
  for (const [cat, c] of Object.entries(model.categories) as [
    CategoryId,
    NonNullable<PackedScorerModel['categories'][CategoryId]>,
  ][]) {
    const bytes = decodeBytes(c.weights);
    if (bytes.length !== model.vocab.length)
      throw new Error(`model weights for ${cat}: ${bytes.length} for ${model.vocab.length} features`);
    const { scale, weights: _packed, ...rest } = c;
    const weights: WeightTable = {
      get: (k) => {
        const i = index.get(k);
        return i === undefined || !bytes[i] ? undefined : bytes[i]! * scale;
      },
    };
    categories[cat] = { ...rest, weights };
  }
  return { version: model.version, featureSet: model.featureSet, trainedOn: model.trainedOn, categories };
}

const weightOf = (m: CategoryModel, k: string): number =>
  (typeof m.weights.get === 'function'
    ? (m.weights as WeightTable).get(k)
    : Object.hasOwn(m.weights, k)
      ? (m.weights as Record<string, number>)[k]
      : undefined) ?? 0;

const WORD = /[a-z0-9][a-z0-9'_-]*|(?<![\w.])[@#][a-z0-9_]+/g;
const STOP = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'is',
  'it',
  'be',
  'this',
  'that',
  'with',
  'as',
]);

/** Word tokens with their offsets in the normalised text. */
export function tokens(lower: string): { w: string; start: number; end: number }[] {
  const out: { w: string; start: number; end: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    let w = m[0].replace(/'s$/, '');
    if (w.startsWith('@')) w = '@mention';
    else if (/^\d+$/.test(w)) w = w.length >= 6 ? '#longnum' : '#num';
    out.push({ w, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function documentFeatures(
  lower: string,
  field: Field,
  kinds: Iterable<string>,
  rules: Map<string, number>,
  featureSet = 'wbsrf',
): Features {
  const f: Features = new Map();
  const add = (k: string, v = 1) => f.set(k, Math.min(3, (f.get(k) ?? 0) + v));
  const toks = tokens(lower);
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i]!.w;
    if (featureSet.includes('w') && !STOP.has(w)) add(`w:${w}`);
    const next = toks[i + 1];
    if (next && featureSet.includes('b')) add(`b:${w}_${next.w}`);
  }
  if (featureSet.includes('s')) for (const k of kinds) f.set(`s:${k}`, 1);
  if (featureSet.includes('r')) for (const [r, s] of rules) f.set(`r:${r}`, s);
  if (featureSet.includes('f')) f.set(`f:${field}`, 1);
  return f;
}

export function probability(m: CategoryModel, f: Features): number {
  let z = m.bias;
  for (const [k, v] of f) z += weightOf(m, k) * v;
  return 1 / (1 + Math.exp(-z));
}

/** Words too plain to show a person as the reason for a finding ("his", "will"): shown only if nothing else is there. */
const PLAIN = new Set([
  ...STOP,
  'i',
  'we',
  'you',
  'he',
  'she',
  'they',
  'my',
  'our',
  'your',
  'his',
  'her',
  'their',
  'me',
  'us',
  'him',
  'them',
  'will',
  'would',
  'can',
  'could',
  'are',
  'was',
  'were',
  'have',
  'has',
  'had',
  'do',
  'did',
  'not',
  'but',
  'so',
  'if',
  'about',
  'from',
  'by',
  'up',
  'out',
  'just',
  'all',
  'what',
  'who',
  '#num',
  '#longnum',
  '@mention',
]);

/** The word (or word pair) present in the text that pushed hardest towards the category. */
export function strongestWords(
  m: CategoryModel,
  lower: string,
): { start: number; end: number; weight: number } | undefined {
  const toks = tokens(lower);
  let best: { start: number; end: number; weight: number } | undefined;
  let plain: { start: number; end: number; weight: number } | undefined;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const cands: [string, number, number][] = [[`w:${t.w}`, t.start, t.end]];
    const n = toks[i + 1];
    if (n) cands.push([`b:${t.w}_${n.w}`, t.start, n.end]);
    for (const [k, s, e] of cands) {
      const w = weightOf(m, k);
      if (w <= 0) continue;
      if (k.startsWith('w:') && PLAIN.has(t.w)) {
        if (!plain || w > plain.weight) plain = { start: s, end: e, weight: w };
      } else if (!best || w > best.weight) best = { start: s, end: e, weight: w };
    }
  }
  return best ?? plain;
}
