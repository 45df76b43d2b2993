import type { Finding, FindingKind } from '../types';

/** Replace [start, end) of the text (UTF-16 offsets) with `newText`. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** Something a fix leaves to a person, with the reason. 0-based line. */
export interface FixNote {
  line: number;
  kind: FindingKind;
  reason: string;
}

/** The edits that fix one finding (a Terraform finding's fix is the whole-file migration). */
export interface FindingFix {
  finding: Finding;
  /** What the span becomes, for the action title ("Replace with …"). */
  title: string;
  edits: TextEdit[];
}

export interface FixPlan {
  /** One entry per finding that has a determined rewrite. */
  fixes: FindingFix[];
  /** Every edit of the plan, sorted, without overlaps: "Fix all" and `scan --fix` apply these. */
  edits: TextEdit[];
  /** What stays for a person, with the reason (findings without a fix, request bodies, fields to rename). */
  notes: FixNote[];
}

/** One connection of the legacy list, as the inventory knows it. */
export interface LegacyConnection {
  id: string;
  endpointServiceName: string | null;
  interfaceEndpoints: readonly string[];
  status?: string;
}

/** What the signed-in profile's projects hold in the legacy API: project id -> connections. */
export type LegacyInventory = ReadonlyMap<string, readonly LegacyConnection[]>;

export interface FixOptions {
  /** VS Code language id of the text (or from the file name). */
  languageId?: string;
  /** The live inventory, when signed in: fills Terraform import ids. */
  inventory?: LegacyInventory;
}
