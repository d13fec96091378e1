/**
 * The learned scorer: one logistic regression per category over words, word pairs and the rule
 * layer's evidence (signal kinds and rule scores), trained by scripts/train-scorer.ts on the project's
 * own development corpora (never on the held-out one) and shipped as data (model.json). It only adds
 * a finding where the rules found nothing in that category, and it says which words drove it: the
 * finding's span is the present word with the largest positive weight.
 */
import type { CategoryId, Field } from './types.ts';

export type Features = Map<string, number>;

export interface CategoryModel {
  bias: number;
  /** Probability needed to report, per sensitivity. */
  thresholds: { strict: number; balanced: number; relaxed: number };
  weights: Record<string, number>;
  /**
   * Signal kinds that count as rule evidence for this category (besides a rule hit of its own). Without
   * it the engine's default list applies; `["*"]` lets any signal of the text count.
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
  for (const [k, v] of f) {
    const w = m.weights[k];
    if (w) z += w * v;
  }
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
      const w = m.weights[k] ?? 0;
      if (w <= 0) continue;
      if (k.startsWith('w:') && PLAIN.has(t.w)) {
        if (!plain || w > plain.weight) plain = { start: s, end: e, weight: w };
      } else if (!best || w > best.weight) best = { start: s, end: e, weight: w };
    }
  }
  return best ?? plain;
}
