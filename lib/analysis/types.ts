import type { CategoryId, PolicyPack } from '../policy/schema.ts';

export type { CategoryId };
export type Severity = 'warning' | 'info';
export type Field = 'post' | 'profile' | 'email';
export type Sensitivity = 'strict' | 'balanced' | 'relaxed';
export type Lang = 'en' | 'fr';

export interface Finding {
  category: CategoryId;
  /** `warning` is shown before posting; `info` is a gentle note. */
  severity: Severity;
  /** Clause id in the policy pack. */
  clause: string;
  /** Offsets into the ORIGINAL text (UTF-16 code units, as String.prototype.slice). */
  start: number;
  end: number;
  /** The matched words: always `original.slice(start, end)`. */
  text: string;
  /** Why, in plain language. */
  message: string;
  /** What to do. */
  suggestion: string;
  /** Which rule fired (stable id, for explanations and tests). */
  rule: string;
  /** 0..1 confidence. */
  score: number;
}

export interface AnalyzeContext {
  field?: Field;
}

export interface AnalyzeOptions {
  sensitivity?: Sensitivity;
  /** Categories to report; default all. */
  categories?: readonly CategoryId[];
  /** Internal project or system names: always flagged as `confidential`. */
  customTerms?: readonly string[];
  /** Phrases that never flag. */
  allowList?: readonly string[];
  /** Language of messages and suggestions. */
  lang?: Lang;
  /** Policy pack; default the Manitoba PSC pack. */
  pack?: PolicyPack;
  /**
   * Let the learned scorer add findings the rules only half-saw (default true). Off = rules only: fewer
   * findings and fewer false alarms (measured in the issue notes).
   */
  learned?: boolean;
}
