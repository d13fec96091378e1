import { expect, it } from 'vitest';
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

/** No warning of `category`, rules only (`learned: false`): a near miss that a rule must leave alone. */
export const quietIn = (text: string, category: CategoryId, field: Field = 'post') =>
  expect(
    analyze(text, { field }, { learned: false }).filter(
      (f) => f.category === category && f.severity === 'warning',
    ),
    text,
  ).toEqual([]);

export type Case = [text: string, category: CategoryId, words: string, clause: string, field?: Field];

/** One test per case, rules only: the finding's words and clause (a disclaimer is an info note). */
export const pinAll = (cases: Case[]) => {
  for (const [text, category, words, clause, field] of cases)
    it(`${category}: ${text.slice(0, 60)}`, () => {
      expectFinding(text, category, words, clause, {
        options: { learned: false },
        field: field ?? 'post',
        severity: category === 'disclaimer' ? 'info' : 'warning',
      });
    });
};
