/** What a finding is about: a legacy REST route (by operation), or a name from an SDK, Terraform or the Atlas CLI. */
export type FindingKind = 'list' | 'get' | 'create' | 'delete' | 'interfaceEndpoints' | 'sdk' | 'terraform' | 'cli';

/**
 * How a finding was found. `certain`: a literal legacy path, or a name only the legacy API has. `inferred`: through a
 * binding, joined segments, a relative path, an escape, a wrapped line or `/interfaceEndpoints` alone.
 */
export type Confidence = 'certain' | 'inferred';

/** Why an inferred finding was inferred: an English template with `{n}` arguments, like the message. */
export interface Inference {
  template: string;
  args: string[];
}

export interface Finding {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 offset in the line, like a VS Code `Position.character`. */
  character: number;
  /** Length of the deprecated path or name, in UTF-16 code units. */
  length: number;
  kind: FindingKind;
  confidence: Confidence;
  /** English text; `messageTemplate(kind)` with `messageArgs` (and the inference) gives the same text through a translator. */
  message: string;
  messageArgs: [subject: string, suggestion: string];
  /** Set on inferred findings: what was inferred. */
  inference?: Inference;
  /**
   * Legacy REST paths: the HTTP method the surrounding code sends, when it shows one. Unset when the code does not
   * say (a route, a handler, a bare URL): then `list` and `get` mean only the shape of the path, and the message
   * names both possible replacements instead of guessing GET.
   */
  httpMethod?: 'GET' | 'POST' | 'DELETE' | 'PUT' | 'PATCH';
  /** New text for the span, when a safe rewrite exists (legacy REST paths only; inferred ones only when unambiguous). */
  replacement?: string;
}
