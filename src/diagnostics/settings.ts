import * as vscode from 'vscode';

const SECTION = 'atlasPrivateEndpoints.deprecation';

const SEVERITIES: Record<string, vscode.DiagnosticSeverity> = {
  Error: vscode.DiagnosticSeverity.Error,
  Warning: vscode.DiagnosticSeverity.Warning,
  Information: vscode.DiagnosticSeverity.Information,
  Hint: vscode.DiagnosticSeverity.Hint,
};

export interface DeprecationSettings {
  enabled: boolean;
  severity: vscode.DiagnosticSeverity;
  exclude: string[];
  scanWorkspaceOnStartup: boolean;
  maxFileSizeKB: number;
}

/** The deprecation settings that apply to `scope` (they are resource-scoped, so folders may differ). */
export function deprecationSettings(scope?: vscode.ConfigurationScope): DeprecationSettings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const exclude = config.get<unknown>('exclude', []);
  const maxFileSizeKB = config.get<number>('maxFileSizeKB', 2048);
  return {
    enabled: config.get<boolean>('enabled', true) !== false,
    severity: SEVERITIES[config.get<string>('severity', 'Warning')] ?? vscode.DiagnosticSeverity.Warning,
    exclude: Array.isArray(exclude) ? exclude.filter((pattern): pattern is string => typeof pattern === 'string' && pattern.length > 0) : [],
    scanWorkspaceOnStartup: config.get<boolean>('scanWorkspaceOnStartup', false) === true,
    maxFileSizeKB: Number.isFinite(maxFileSizeKB) && maxFileSizeKB > 0 ? maxFileSizeKB : 2048,
  };
}

export function affectsDeprecationSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SECTION);
}

/** True when one of `deprecation.exclude` matches the document, relative to its workspace folder like findFiles. */
export function isExcludedDocument(document: vscode.TextDocument, exclude: readonly string[]): boolean {
  if (exclude.length === 0) {
    return false;
  }
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  return exclude.some((glob) => vscode.languages.match({ pattern: folder ? new vscode.RelativePattern(folder, glob) : glob }, document) > 0);
}
