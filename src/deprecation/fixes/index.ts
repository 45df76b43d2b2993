// The migration engine: for the scanner's findings in one text, the edits that fix them and what stays for a person.
// Pure (no `vscode`); the editor's quick fixes, "Fix all", `scan --fix` and the migration report all use it.
import type { Finding } from '../types';
import { fixCliFinding } from './atlasCli';
import { fixGoFinding } from './goClient';
import { DATA_SOURCE_CALL, fixPulumiCall } from './pulumi';
import { BODY_CHANGE_NOTE, addsInterfaceEndpoint, bodyEdit } from './rest';
import { migrateTerraform } from './terraform';
import { lineStarts, normalizeEdits } from './text';
import type { FindingFix, FixNote, FixOptions, FixPlan, TextEdit } from './types';

export type { FindingFix, FixNote, FixOptions, FixPlan, LegacyConnection, LegacyInventory, TextEdit } from './types';
export { applyEdits } from './text';
export { awsRegion, migrateTerraform } from './terraform';
export { BODY_CHANGE_NOTE, addsInterfaceEndpoint } from './rest';

const TERRAFORM_LANGUAGES = new Set(['terraform', 'hcl', 'terraform-vars']);

export function isTerraformLanguage(languageId: string | undefined): boolean {
  return languageId !== undefined && TERRAFORM_LANGUAGES.has(languageId);
}

/** Findings whose kind names a REST route (they carry the scanner's path rewrite). */
function isRestFinding(finding: Finding): boolean {
  return finding.kind !== 'sdk' && finding.kind !== 'terraform' && finding.kind !== 'cli';
}

/**
 * Plans every determined rewrite of `findings` (the scanner's, for this exact `text`). Applying `plan.edits` and
 * scanning again finds nothing that has a fix, so a second plan is empty: the fixes are idempotent.
 */
export function planFixes(text: string, findings: readonly Finding[], options: FixOptions = {}): FixPlan {
  const starts = lineStarts(text);
  const offsetOf = (finding: Finding) => starts[finding.line] + finding.character;
  const fixes: FindingFix[] = [];
  const notes: FixNote[] = [];
  const extra: TextEdit[] = [];
  const leave = (finding: Finding, reason: string) => notes.push({ line: finding.line, kind: finding.kind, reason });
  const terraform = isTerraformLanguage(options.languageId) && findings.some((finding) => finding.kind === 'terraform') ? migrateTerraform(text, options.inventory) : undefined;
  if (terraform) {
    notes.push(...terraform.notes);
  }
  for (const finding of findings) {
    const start = offsetOf(finding);
    if (isRestFinding(finding)) {
      if (finding.replacement === undefined) {
        leave(finding, 'No determined rewrite for this path.');
        continue;
      }
      const edits: TextEdit[] = [{ start, end: start + finding.length, newText: finding.replacement }];
      if (addsInterfaceEndpoint(finding)) {
        const body = bodyEdit(text, starts, finding, options.languageId);
        if (body) {
          edits.push(body);
        } else {
          leave(finding, BODY_CHANGE_NOTE);
        }
      }
      fixes.push({ finding, edits, title: finding.replacement });
      continue;
    }
    if (finding.kind === 'terraform' && terraform) {
      const own = terraform.edits.some((edit) => edit.start <= start && start < Math.max(edit.end, edit.start + 1));
      if (own) {
        fixes.push({ finding, edits: terraform.edits, title: 'mongodbatlas_privatelink_endpoint and mongodbatlas_privatelink_endpoint_service' });
      } else {
        leave(finding, 'Not a resource, data source or reference this migration can rename (a comment or a string): change it by hand.');
      }
      continue;
    }
    const result =
      finding.kind === 'sdk'
        ? fixGoFinding(text, start, finding)
        : finding.kind === 'cli'
          ? fixCliFinding(text, start, finding)
          : fixPulumiFinding(text, start, finding, options.languageId);
    if ('reason' in result) {
      leave(finding, result.reason);
    } else {
      fixes.push({ finding, edits: result.edits, title: result.title });
    }
  }
  if (findings.some((finding) => finding.kind === 'terraform') && !isTerraformLanguage(options.languageId)) {
    extra.push(...pulumiDataSourceEdits(text, options.languageId));
  }
  const edits = normalizeEdits([...fixes.flatMap((fix) => fix.edits), ...extra]);
  return { fixes, edits, notes: notes.sort((a, b) => a.line - b.line) };
}

function fixPulumiFinding(text: string, start: number, finding: Finding, languageId: string | undefined) {
  const subject = finding.messageArgs[0];
  if (subject.startsWith('mongodbatlas_')) {
    return { reason: 'A Terraform resource name outside a Terraform file: change it by hand.' };
  }
  const dot = subject.lastIndexOf('.');
  if (dot < 0 && /^[A-Za-z_]\w*$/.test(subject)) {
    return { reason: 'Imported by name from the provider package: rename it in the import and here by hand.' };
  }
  const name = subject.slice(dot + 1);
  return fixPulumiCall(text, start + dot + 1, name, start + finding.length, languageId);
}

/** Data-source calls in a Pulumi program that has legacy resources (the scanner does not report them). */
function pulumiDataSourceEdits(text: string, languageId: string | undefined): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const match of text.matchAll(DATA_SOURCE_CALL)) {
    const name = match[1] ?? match[2];
    const nameStart = match.index + match[0].indexOf(name);
    const result = fixPulumiCall(text, nameStart, name, nameStart + name.length, languageId);
    if (!('reason' in result)) {
      edits.push(...result.edits);
    }
  }
  return edits;
}
