/**
 * npm run train: fits the learned scorer (lib/analysis/model.json) on the project's own development
 * corpora — tests/corpus/own*.jsonl, never heldout.jsonl and never ../shared — with 5-fold
 * cross-validation to pick each category's probability thresholds (strict / balanced / relaxed allow
 * at most 1% / 0.3% / 0.1% false positives among that category's negatives in cross-validation).
 * Deterministic: same corpora, same model.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createAnalyzer } from '../lib/analysis/engine.ts';
import { encodeBytes, type Features, type PackedScorerModel } from '../lib/analysis/learned.ts';
import { CATEGORY_IDS, type CategoryId } from '../lib/policy/index.ts';

interface Case {
  id: string;
  text: string;
  field?: 'post' | 'profile' | 'email';
  must: CategoryId[];
  ok: CategoryId[];
}
// TRAIN=a.jsonl,b.jsonl (names under tests/corpus) and OUT=path are for experiments: train on some corpora,
// measure on others (npm run eval -- --model OUT FILE...).
const files = process.env.TRAIN
  ? process.env.TRAIN.split(',').map((f) => f.trim())
  : readdirSync('tests/corpus')
      .filter((f) => /^own.*\.jsonl$/.test(f))
      .sort();
if (files.some((f) => f.includes('heldout'))) throw new Error('the held-out corpus is never trained on');
const out = process.env.OUT ?? 'lib/analysis/model.json';
const cases: (Case & { file: number })[] = files.flatMap((f, file) =>
  readFileSync(`tests/corpus/${f}`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => ({ ...JSON.parse(l), file })),
);
// words, word pairs and the rules' signal kinds. Measured on corpora left out of training (own48–own65
// and held-out sets 6–14): word pairs and every weight kept (not the 500 largest) recalled 5 points more
// at about the same false-alarm rate; rule scores and the field added nothing
const featureSet = process.env.FEATURES ?? 'wbs';
const analyzer = createAnalyzer({ model: null });
const X: Features[] = cases.map(
  (c) => new Map(analyzer.features(c.text, { field: c.field ?? 'post' }, featureSet)),
);

// vocabulary: features seen in at least three training cases (at least two gave the same held-out figures,
// one false alarm more, with a model 1.6 times the size)
const df = new Map<string, number>();
for (const f of X) for (const k of f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
const vocab = [...df.entries()].filter(([, n]) => n >= Number(process.env.MINDF ?? 3)).map(([k]) => k);
const index = new Map(vocab.map((k, i) => [k, i]));
const rows = X.map((f) =>
  [...f.entries()].filter(([k]) => index.has(k)).map(([k, v]) => [index.get(k)!, v] as const),
);

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function trainLogistic(idx: number[], y: number[], epochs = 60, l2 = 1e-3, lr = 0.2) {
  const w = new Float64Array(vocab.length);
  let b = 0;
  const pos = idx.filter((i) => y[i] === 1).length || 1;
  const neg = idx.length - pos || 1;
  const rand = rng(7);
  const order = [...idx];
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const step = lr / (1 + ep * 0.1);
    for (const i of order) {
      let z = b;
      for (const [k, v] of rows[i]!) z += w[k]! * v;
      const p = 1 / (1 + Math.exp(-z));
      const weight = y[i] === 1 ? idx.length / (2 * pos) : idx.length / (2 * neg);
      const g = (p - y[i]!) * weight;
      b -= step * g;
      for (const [k, v] of rows[i]!) w[k] = w[k]! - step * (g * v + l2 * w[k]!);
    }
  }
  return { w, b };
}
const predict = (m: { w: Float64Array; b: number }, i: number) => {
  let z = m.b;
  for (const [k, v] of rows[i]!) z += m.w[k]! * v;
  return 1 / (1 + Math.exp(-z));
};

const model: PackedScorerModel = { version: 2, featureSet, trainedOn: files, vocab, categories: {} };
const folds = 5;
const packed = new Map<CategoryId, Int8Array>();
for (const cat of CATEGORY_IDS) {
  // cases where the category is only an acceptable extra teach nothing either way
  const usable = cases
    .map((_c, i) => i)
    .filter((i) => !cases[i]!.ok?.includes(cat) || cases[i]!.must.includes(cat));
  const y = cases.map((c) => (c.must.includes(cat) ? 1 : 0));
  const positives = usable.filter((i) => y[i] === 1).length;
  if (positives < 10) continue;
  const cv = new Map<number, number>();
  // FOLDS=corpus keeps each writer's corpus whole in one fold: the scores then say how the model does on
  // a writer it has not seen, which is what the thresholds are for
  const foldOf = (i: number, j: number) =>
    process.env.FOLDS === 'corpus' ? cases[i]!.file % folds : j % folds;
  for (let k = 0; k < folds; k++) {
    const train = usable.filter((i, j) => foldOf(i, j) !== k);
    const test = usable.filter((i, j) => foldOf(i, j) === k);
    const m = trainLogistic(train, y);
    for (const i of test) cv.set(i, predict(m, i));
  }
  const negScores = usable
    .filter((i) => y[i] === 0)
    .map((i) => cv.get(i)!)
    .sort((a, b) => b - a);
  const at = (rate: number) => Math.max(0.5, (negScores[Math.floor(negScores.length * rate)] ?? 0.5) + 1e-3);
  // eight categories share one false-alarm budget (<= 3% of benign posts): about 0.3% each at balanced
  // BUDGET_CAT=government-voice=0.006,... gives single categories a budget of their own. Disrepute gets
  // twice the share: its scores crowd near 1, and at 0.3% it recalled 0.78 on held-out 6-14; at 0.6% 0.84
  // for one false alarm more in 1,243 benign drafts and none on the real tweets
  const own = (process.env.BUDGET_CAT ?? 'disrepute=0.006')
    .split(',')
    .map((kv) => kv.split('='))
    .find(([k]) => k === cat)?.[1];
  const budget = Number(own ?? process.env.BUDGET ?? 0.003);
  const thresholds = {
    strict: at(Math.max(0.01, budget * 3)),
    balanced: at(budget),
    relaxed: at(budget / 3),
  };
  const caught = usable.filter((i) => y[i] === 1 && cv.get(i)! >= thresholds.balanced).length;
  const full = trainLogistic(usable, y);
  // every weight is kept, as a signed byte times the category's scale: the many small weights add up, and
  // keeping only the largest 500 cost 5 points of recall on corpora left out of training
  const TOP = Number(process.env.TOP ?? Number.POSITIVE_INFINITY);
  const kept = [...full.w.entries()]
    .filter(([, v]) => Math.abs(v) > 1e-3)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, TOP);
  const scale = kept.reduce((m, [, v]) => Math.max(m, Math.abs(v)), 1e-9) / 127;
  const bytes = new Int8Array(vocab.length);
  for (const [k, v] of kept) bytes[k] = Math.round(v / scale);
  const cm: NonNullable<PackedScorerModel['categories'][CategoryId]> = {
    bias: Math.round(full.b * 1000) / 1000,
    thresholds,
    scale: Number(scale.toPrecision(6)),
    weights: '',
  };
  packed.set(cat, bytes);
  if (process.env.EVIDENCE) cm.evidence = process.env.EVIDENCE.split(',');
  model.categories[cat] = cm;
  const top = kept
    .filter(([, v]) => v > 0)
    .slice(0, 8)
    .map(([k]) => vocab[k]);
  console.log(
    `${cat.padEnd(18)} positives ${String(positives).padStart(3)}  cv recall@balanced ${(caught / positives).toFixed(2)}  thresholds ${Object.values(
      thresholds,
    )
      .map((t) => t.toFixed(2))
      .join('/')}  top: ${top.join(' ')}`,
  );
}
// features whose weight rounds to zero in every category are left out of the shipped vocabulary
const used = vocab.map((_k, i) => [...packed.values()].some((b) => b[i] !== 0));
model.vocab = vocab.filter((_k, i) => used[i]);
for (const [cat, bytes] of packed)
  model.categories[cat]!.weights = encodeBytes(bytes.filter((_b, i) => used[i]));
writeFileSync(out, `${JSON.stringify(model)}\n`);
console.log(
  `wrote ${out} (${vocab.length} features seen, ${model.vocab.length} kept, trained on ${files.join(', ')})`,
);
