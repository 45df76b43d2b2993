import * as vscode from 'vscode';
import { configuration } from '../configuration';
import { readDeprecationSettings, type DeprecationSettings as DeprecationSettingValues, type DeprecationSeverity } from '../settings';

const SEVERITIES: Record<DeprecationSeverity, vscode.DiagnosticSeverity> = {
  Error: vscode.DiagnosticSeverity.Error,
  Warning: vscode.DiagnosticSeverity.Warning,
  Information: vscode.DiagnosticSeverity.Information,
  Hint: vscode.DiagnosticSeverity.Hint,
};

export interface DeprecationSettings extends Omit<DeprecationSettingValues, 'severity'> {
  severity: vscode.DiagnosticSeverity;
}

/** The deprecation settings that apply to `scope` (they are resource-scoped, so folders may differ). */
export function deprecationSettings(scope?: vscode.ConfigurationScope): DeprecationSettings {
  const settings = readDeprecationSettings(configuration(scope));
  return { ...settings, severity: SEVERITIES[settings.severity] };
}

/** True when one of `deprecation.exclude` matches the document, relative to its workspace folder like findFiles. */
export function isExcludedDocument(document: vscode.TextDocument, exclude: readonly string[]): boolean {
  if (exclude.length === 0) {
    return false;
  }
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  return exclude.some((glob) => vscode.languages.match({ pattern: folder ? new vscode.RelativePattern(folder, glob) : glob }, document) > 0);
}
