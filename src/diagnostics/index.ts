import type * as vscode from 'vscode';

// Placeholder until the diagnostics module lands.
export function registerDeprecationDiagnostics(_context: vscode.ExtensionContext, _log: vscode.LogOutputChannel): void {}
