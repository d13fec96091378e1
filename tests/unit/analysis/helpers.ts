import { expect } from 'vitest';
import {
  type AnalyzeOptions,
  analyze,
  type CategoryId,
  type Field,
  type Finding,
} from '../../../lib/analysis/index.ts';

/**
 * A finding of `category` on exactly `words` (the category's finding there, or else its first one, so a
 * failure shows what was found instead), asserting its span and clause.
 */
export function expectFinding(
  text: string,
  category: CategoryId,
  words: string,
  clause: string,
  opts: { field?: Field; options?: AnalyzeOptions; severity?: 'warning' | 'info' } = {},
): Finding {
  const findings = analyze(text, { field: opts.field ?? 'post' }, opts.options);
  const start = text.indexOf(words);
  const f =
    findings.find((x) => x.category === category && x.start === start) ??
    findings.find((x) => x.category === category);
  expect(
    f,
    `${category} in ${JSON.stringify(text)}; got ${JSON.stringify(findings.map((x) => [x.category, x.text]))}`,
  ).toBeDefined();
  expect(start, `test words ${JSON.stringify(words)} must be in the text`).toBeGreaterThanOrEqual(0);
  expect({ text: f!.text, start: f!.start, end: f!.end, clause: f!.clause }).toEqual({
    text: words,
    start,
    end: start + words.length,
    clause,
  });
  expect(f!.severity).toBe(opts.severity ?? 'warning');
  expect(f!.message.length).toBeGreaterThan(20);
  expect(f!.suggestion.length).toBeGreaterThan(20);
  return f!;
}

/** No warning at all (info notes allowed unless `strictNone`). */
export function expectQuiet(text: string, field: Field = 'post') {
  const warnings = analyze(text, { field }).filter((f) => f.severity === 'warning');
  expect(
    warnings.map((f) => `${f.category}: ${f.text} (${f.rule})`),
    JSON.stringify(text),
  ).toEqual([]);
}
