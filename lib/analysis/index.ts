import type { AnalyzeContext, AnalyzeOptions, Finding } from './types.ts';

export type * from './types.ts';

/**
 * Analyse a draft. Pure: no DOM, no I/O. Returns findings sorted by start offset.
 * (Temporary stub while the detectors are written: flags the word "confidential".)
 */
export function analyze(
  text: string,
  _context: AnalyzeContext = {},
  _options: AnalyzeOptions = {},
): Finding[] {
  const out: Finding[] = [];
  const re = /confidential/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({
      category: 'confidential',
      severity: 'warning',
      clause: 'gr.confidential',
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      message: 'This may disclose confidential information.',
      suggestion: 'Remove it, or ask your supervisor.',
      rule: 'stub',
      score: 0.9,
    });
  }
  return out;
}
