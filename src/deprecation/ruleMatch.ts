import type { FindingKind, Inference } from './types';

/** What a rule found, by offsets into the scanned text. */
export interface RuleMatch {
  start: number;
  end: number;
  kind: FindingKind;
  /** What is deprecated, for the message. */
  subject: string;
  /** What to use instead, for the message. */
  suggestion: string;
  replacement?: string;
  /** Set when the match was inferred (a binding, segments, a relative path, an escape, a wrapped line). */
  inference?: Inference;
}
