import * as vscode from 'vscode';
import { DEPRECATION_CODE, INFERRED_TEMPLATE, REPLACEMENT_DOCS_URL, messageTemplate, type Finding } from '../deprecation';
import { addsInterfaceEndpoint } from '../deprecation/fixes';

export const DIAGNOSTIC_SOURCE = 'Atlas';

export function findingRange(finding: Finding): vscode.Range {
  return new vscode.Range(finding.line, finding.character, finding.line, finding.character + finding.length);
}

/** Adding an interface endpoint changes the request body too, not only the path. */
export function bodyChangeText(): string {
  return vscode.l10n.t('The request body changes too: {"interfaceEndpointId": "vpce-…"} becomes {"id": "vpce-…"}.');
}

/** The finding's message through vscode.l10n (the English template is the key), with the body change where there is one. */
export function localizedMessage(finding: Finding): string {
  const message = vscode.l10n.t(messageTemplate(finding.kind), ...finding.messageArgs);
  const withBody = addsInterfaceEndpoint(finding) ? `${message} ${bodyChangeText()}` : message;
  if (!finding.inference) {
    return withBody;
  }
  return `${withBody} ${vscode.l10n.t(INFERRED_TEMPLATE, vscode.l10n.t(finding.inference.template, ...finding.inference.args))}`;
}

/** Inferred findings are shown at most as Information. */
export function toDiagnostic(finding: Finding, severity: vscode.DiagnosticSeverity): vscode.Diagnostic {
  const shown = finding.confidence === 'inferred' ? Math.max(severity, vscode.DiagnosticSeverity.Information) : severity;
  const diagnostic = new vscode.Diagnostic(findingRange(finding), localizedMessage(finding), shown);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: DEPRECATION_CODE, target: vscode.Uri.parse(REPLACEMENT_DOCS_URL) };
  diagnostic.tags = [vscode.DiagnosticTag.Deprecated];
  return diagnostic;
}

export function isDeprecationDiagnostic(diagnostic: vscode.Diagnostic): boolean {
  const code = diagnostic.code;
  return diagnostic.source === DIAGNOSTIC_SOURCE && typeof code === 'object' && code !== null && code.value === DEPRECATION_CODE;
}
