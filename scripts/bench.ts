/**
 * npm run bench (analyzer part): median analysis time for a 280-character post and a 5,000-character
 * draft, re-analysis after one keystroke at the end of a 5,000-character draft (sentence cache) and
 * its ratio to a full parse, cold start (import + first analysis, in a fresh Node process) and the
 * analyzer's bundle size (minified + gzip). Timings are medians of repeated runs on this machine.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { analyze, createAnalyzer } from '../lib/analysis/index.ts';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length * 0.95)]!;
};
const time = (fn: () => void) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

const SENTENCES = [
  'Lovely morning walk along the Assiniboine with the dog.',
  'Our team wrapped up the quarterly planning session and honestly it went better than expected.',
  'The confidential briefing note on the clinic closure landed on my desk today.',
  "Can't wait for the long weekend at the lake, who's bringing the perogies?",
  'As a Manitoba Health employee, I think the new scheduling model needs more work.',
  'Reminder that the community garden meeting is Thursday at 7 in the church basement.',
  "We'll get your road plowed first thing tomorrow, promise.",
  'Traffic on Bishop Grandin was a nightmare again this morning.',
  'Anyone have a good recommendation for a plumber in St. Vital?',
  'Mrs. Kowalski in bed 4 refused her meds again, third time this week.',
];
function draft(chars: number, seed = 0) {
  let s = '';
  let i = seed;
  while (s.length < chars) s += `${SENTENCES[i++ % SENTENCES.length]} `;
  return s.slice(0, chars);
}

// warm up the JIT on unrelated text
for (let i = 0; i < 30; i++) createAnalyzer().analyze(draft(2000, i));

const post = draft(280, 3);
const long = draft(5000, 1);
const full280 = Array.from({ length: 60 }, () => time(() => createAnalyzer().analyze(post)));
const full5k = Array.from({ length: 25 }, () => time(() => createAnalyzer().analyze(long)));

// one keystroke at the end: the analyzer has seen the draft; each run types one more letter
const a = createAnalyzer();
let text = long;
a.analyze(text);
const keystroke: number[] = [];
for (let i = 0; i < 200; i++) {
  text += 'abcdefghij'[i % 10];
  keystroke.push(time(() => a.analyze(text)));
}

// a shared-analyzer call on an unchanged text (fully cached)
analyze(long);
const cached = Array.from({ length: 50 }, () => time(() => analyze(long)));

// bundle: minified + gzip, and cold start in a fresh process
mkdirSync('tests/.cache', { recursive: true });
const out = 'tests/.cache/analyzer.bench.mjs';
await build({
  entryPoints: ['lib/analysis/index.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  outfile: out,
  logLevel: 'error',
});
const bytes = readFileSync(out);
const gz = gzipSync(bytes, { level: 9 }).length;
writeFileSync(
  'tests/.cache/cold.mjs',
  `const t=performance.now();const m=await import('./analyzer.bench.mjs');m.analyze(${JSON.stringify(post)});console.log(performance.now()-t);`,
);
const cold = Array.from({ length: 5 }, () =>
  Number(execFileSync(process.execPath, ['tests/.cache/cold.mjs'], { encoding: 'utf8' }).trim()),
);

const ms = (x: number) => `${x.toFixed(2)} ms`;
console.log('Second Look analyzer benchmark (Node', process.version, ')');
console.log(`  280-character post, full analysis          median ${ms(median(full280))}`);
console.log(`  5,000-character draft, full analysis       median ${ms(median(full5k))}`);
console.log(
  `  keystroke at the end of 5,000 characters    median ${ms(median(keystroke))}, p95 ${ms(p95(keystroke))} (target <= 3 ms; ${(median(full5k) / median(keystroke)).toFixed(0)}x faster than a full parse)`,
);
console.log(`  unchanged 5,000 characters (cached)        median ${ms(median(cached))}`);
console.log(`  cold start (import + first analysis)       median ${ms(median(cold))}`);
console.log(
  `  analyzer bundle                            ${(bytes.length / 1024).toFixed(0)} KiB minified, ${(gz / 1024).toFixed(0)} KiB min+gzip`,
);
