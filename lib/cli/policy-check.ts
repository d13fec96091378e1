/**
 * policy-check: check drafts against the social media policy from the command line.
 *   policy-check "text"              findings for people
 *   policy-check --jsonl < in.jsonl  one {"id","text","field"?} a line in, one {"id","findings"} a line out
 * Options: --field post|profile|email, --sensitivity strict|balanced|relaxed, --lang en|fr, --json
 */
import { createInterface } from 'node:readline';
import { analyze, type Field, type Finding, type Lang, type Sensitivity } from '../analysis/index.ts';
import { clauseById, localize, manitobaPack } from '../policy/index.ts';

const FIELDS = ['post', 'profile', 'email'] as const;
const SENSITIVITIES = ['strict', 'balanced', 'relaxed'] as const;

interface Args {
  jsonl: boolean;
  json: boolean;
  field: Field;
  sensitivity: Sensitivity;
  lang: Lang;
  texts: string[];
}

function usage(code: number): never {
  (code ? process.stderr : process.stdout).write(
    'usage: policy-check [--field post|profile|email] [--sensitivity strict|balanced|relaxed] [--lang en|fr] [--json] "text"\n' +
      '       policy-check --jsonl < in.jsonl   (one {"id","text","field"?} per line)\n',
  );
  process.exit(code);
}

function parseArgs(argv: string[]): Args {
  const a: Args = {
    jsonl: false,
    json: false,
    field: 'post',
    sensitivity: 'balanced',
    lang: 'en',
    texts: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i]!;
    const val = () => {
      const v = argv[++i];
      if (v === undefined) {
        process.stderr.write(`policy-check: ${x} needs a value\n`);
        usage(2);
      }
      return v;
    };
    if (x === '--jsonl') a.jsonl = true;
    else if (x === '--json') a.json = true;
    else if (x === '-h' || x === '--help') usage(0);
    else if (x === '--field') {
      const v = val();
      if (!(FIELDS as readonly string[]).includes(v)) usage(2);
      a.field = v as Field;
    } else if (x === '--sensitivity') {
      const v = val();
      if (!(SENSITIVITIES as readonly string[]).includes(v)) usage(2);
      a.sensitivity = v as Sensitivity;
    } else if (x === '--lang') {
      const v = val();
      if (v !== 'en' && v !== 'fr') usage(2);
      a.lang = v;
    } else a.texts.push(x);
  }
  return a;
}

function forPeople(text: string, findings: Finding[], lang: Lang): string {
  if (!findings.length) return lang === 'fr' ? 'Rien à signaler.\n' : 'Nothing found.\n';
  const lines: string[] = [];
  for (const f of findings) {
    const clause = clauseById(manitobaPack, f.clause);
    lines.push(
      `${f.severity === 'warning' ? '⚠' : 'ℹ'} ${f.category} — ${localize(clause.title, lang)} (${clause.id})`,
    );
    lines.push(`  "${text.slice(f.start, f.end)}" [${f.start}-${f.end}]`);
    lines.push(`  ${f.message}`);
    lines.push(`  → ${f.suggestion}`);
  }
  return `${lines.join('\n')}\n`;
}

async function runJsonl(a: Args): Promise<number> {
  let failed = 0;
  let n = 0;
  const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (e) {
      failed++;
      process.stderr.write(`policy-check: line ${n}: not valid JSON (${(e as Error).message})\n`);
      continue;
    }
    const o = obj as { id?: unknown; text?: unknown; field?: unknown };
    if (typeof o !== 'object' || o === null || typeof o.text !== 'string') {
      failed++;
      process.stderr.write(`policy-check: line ${n}: expected an object with a string "text"\n`);
      continue;
    }
    if (o.field !== undefined && !(FIELDS as readonly unknown[]).includes(o.field)) {
      failed++;
      process.stderr.write(`policy-check: line ${n}: "field" must be one of ${FIELDS.join(', ')}\n`);
      continue;
    }
    const field = (o.field as Field | undefined) ?? a.field;
    const findings = analyze(o.text, { field }, { sensitivity: a.sensitivity, lang: a.lang });
    process.stdout.write(`${JSON.stringify({ id: o.id ?? n, findings })}\n`);
  }
  return failed ? 1 : 0;
}

async function main() {
  const a = parseArgs(process.argv.slice(2));
  if (a.jsonl) process.exit(await runJsonl(a));
  if (!a.texts.length) usage(2);
  let warned = false;
  for (const text of a.texts) {
    const findings = analyze(text, { field: a.field }, { sensitivity: a.sensitivity, lang: a.lang });
    warned ||= findings.some((f) => f.severity === 'warning');
    process.stdout.write(
      a.json ? `${JSON.stringify({ text, findings })}\n` : forPeople(text, findings, a.lang),
    );
  }
  process.exit(warned ? 1 : 0);
}

main().catch((e) => {
  process.stderr.write(`policy-check: ${(e as Error).stack ?? e}\n`);
  process.exit(2);
});
