/** What a finding is about: a legacy REST route (by operation), or a name from an SDK, Terraform or the Atlas CLI. */
export type FindingKind = 'list' | 'get' | 'create' | 'delete' | 'interfaceEndpoints' | 'sdk' | 'terraform' | 'cli';

export interface Finding {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 offset in the line, like a VS Code `Position.character`. */
  character: number;
  /** Length of the deprecated path or name, in UTF-16 code units. */
  length: number;
  kind: FindingKind;
  /** English text; `messageTemplate(kind)` with `messageArgs` gives the same text through a translator. */
  message: string;
  messageArgs: [subject: string, suggestion: string];
  /** New text for the span, when a safe rewrite exists (legacy REST paths only). */
  replacement?: string;
}
