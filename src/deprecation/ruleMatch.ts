import type { FindingKind } from './types';

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
}
