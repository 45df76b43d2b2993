import type { HttpMethod } from './httpMethod';
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
  /** The HTTP method the code sends to a legacy REST path, when the code shows it. */
  httpMethod?: HttpMethod;
  /** Set when the match was inferred (a binding, segments, a relative path, an escape, a wrapped line). */
  inference?: Inference;
}
