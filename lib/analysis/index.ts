import { createAnalyzer } from './engine.ts';
import type { AnalyzeContext, AnalyzeOptions, Finding } from './types.ts';

export { type Analyzer, createAnalyzer, MAX_CHARS, THRESHOLDS } from './engine.ts';
export { normalize, toOriginal } from './normalize.ts';
export type * from './types.ts';

const shared = createAnalyzer();

/**
 * Analyse a draft. Pure: no DOM, no I/O. Findings are sorted by start offset; every span satisfies
 * `finding.text === text.slice(finding.start, finding.end)`. Never throws on any string.
 */
export function analyze(text: string, context: AnalyzeContext = {}, options: AnalyzeOptions = {}): Finding[] {
  return shared.analyze(text, context, options);
}
