/**
 * npm run eval [--sensitivity strict|balanced|relaxed] [--list N] [FILE...]
 * Scores labelled JSONL corpora ({id, text, field, must, ok}): post-level recall, false-alarm rate on
 * benign posts (a warning-severity finding outside `ok`), and precision / recall / F1 per category
 * (any finding counts), with the misses and false alarms. Default corpora: tests/corpus/*.jsonl and
 * ../shared/corpus/*.jsonl. A held-out corpus (file name containing "heldout") is scored but its texts
 * are never printed: nobody tunes on it. `--show-heldout` overrides that, for a final review only.
 * `--rules-only` leaves the learned scorer out, to compare; `--model FILE` uses another trained scorer.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createAnalyzer, type Sensitivity } from '../lib/analysis/index.ts';
import { CATEGORY_IDS, type CategoryId } from '../lib/policy/index.ts';

interface Case {
  id: string;
  text: string;
  field?: 'post' | 'profile' | 'email';
  must: CategoryId[];
  ok: CategoryId[];
}

const args = process.argv.slice(2);
let sensitivity: Sensitivity = 'balanced';
let list = 12;
let showHeldout = false;
let rulesOnly = false;
let modelFile: string | undefined;
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--sensitivity') sensitivity = args[++i] as Sensitivity;
  else if (args[i] === '--list') list = Number(args[++i]);
  else if (args[i] === '--show-heldout') showHeldout = true;
  else if (args[i] === '--rules-only') rulesOnly = true;
  else if (args[i] === '--model') modelFile = args[++i];
  else files.push(args[i]!);
}
if (!files.length) {
  for (const dir of ['tests/corpus', '../shared/corpus'])
    if (existsSync(dir))
      for (const f of readdirSync(dir).sort()) if (f.endsWith('.jsonl')) files.push(join(dir, f));
}

const pct = (x: number) => x.toFixed(3);
const analyzer = createAnalyzer(
  rulesOnly ? { model: null } : modelFile ? { model: JSON.parse(readFileSync(modelFile, 'utf8')) } : {},
);
const analyze = analyzer.analyze;
let worst = 0;
for (const file of files) {
  const cases: Case[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const tp: Record<string, number> = {};
  const fp: Record<string, number> = {};
  const fn: Record<string, number> = {};
  let risky = 0;
  let caught = 0;
  let benign = 0;
  let alarms = 0;
  const misses: string[] = [];
  const alarmed: string[] = [];
  const extras: string[] = [];
  for (const c of cases) {
    const findings = analyze(c.text, { field: c.field ?? 'post' }, { sensitivity });
    const got = new Set(findings.map((f) => f.category));
    const warned = new Set(findings.filter((f) => f.severity === 'warning').map((f) => f.category));
    const must = new Set(c.must);
    const ok = new Set(c.ok ?? []);
    for (const cat of must) (got.has(cat) ? tp : fn)[cat] = ((got.has(cat) ? tp : fn)[cat] ?? 0) + 1;
    for (const cat of got)
      if (!must.has(cat) && !ok.has(cat)) {
        fp[cat] = (fp[cat] ?? 0) + 1;
        if (must.size) extras.push(`${c.id} extra ${cat}: ${c.text.slice(0, 100)}`);
      }
    if (must.size) {
      risky++;
      if ([...must].some((m) => got.has(m))) caught++;
      else misses.push(`${c.id} want [${[...must]}] got [${[...got]}]: ${c.text.slice(0, 110)}`);
    } else {
      benign++;
      const bad = [...warned].filter((w) => !ok.has(w));
      if (bad.length) {
        alarms++;
        const f = findings.find((x) => bad.includes(x.category))!;
        alarmed.push(`${c.id} got [${bad}] on "${f.text}" (${f.rule}): ${c.text.slice(0, 100)}`);
      }
    }
  }
  const recall = risky ? caught / risky : 1;
  const far = benign ? alarms / benign : 0;
  console.log(`\n== ${basename(file)} (${cases.length} cases, sensitivity ${sensitivity})`);
  console.log(
    `post-level recall ${risky ? `${pct(recall)} (${caught}/${risky})` : 'n/a'}   false alarms ${pct(far)} (${alarms}/${benign})`,
  );
  if (risky) {
    console.log('category            precision recall   F1     (tp/fp/fn)');
    for (const cat of CATEGORY_IDS) {
      const t = tp[cat] ?? 0;
      const p = fp[cat] ?? 0;
      const n = fn[cat] ?? 0;
      if (!t && !p && !n) continue;
      const prec = t + p ? t / (t + p) : 0;
      const rec = t + n ? t / (t + n) : 0;
      const f1 = prec + rec ? (2 * prec * rec) / (prec + rec) : 0;
      console.log(
        `${cat.padEnd(19)} ${pct(prec).padStart(8)} ${pct(rec).padStart(7)} ${pct(f1).padStart(6)}   (${t}/${p}/${n})`,
      );
    }
  } else {
    const flagged = Object.entries(fp).map(([k, v]) => `${k} ${v}`);
    if (flagged.length) console.log(`findings by category (any severity): ${flagged.join(', ')}`);
  }
  if (basename(file).includes('heldout') && !showHeldout) {
    console.log(`  (held out: ${misses.length} misses and ${alarmed.length} false alarms not shown)`);
    continue;
  }
  for (const m of misses.slice(0, list)) console.log(`  missed ${m}`);
  if (misses.length > list) console.log(`  ... ${misses.length - list} more misses`);
  for (const a of alarmed.slice(0, list)) console.log(`  alarm  ${a}`);
  if (alarmed.length > list) console.log(`  ... ${alarmed.length - list} more alarms`);
  for (const x of extras.slice(0, Math.min(list, 6))) console.log(`  extra  ${x}`);
  worst = Math.max(worst, far);
}
