import * as vscode from 'vscode';
import type { SessionProvider } from '../session';

// Placeholder until the credentials module lands: always signed out.
export function registerCredentials(context: vscode.ExtensionContext, _log: vscode.LogOutputChannel): SessionProvider {
  const changed = new vscode.EventEmitter<void>();
  context.subscriptions.push(changed);
  return { onDidChange: changed.event, current: async () => undefined };
}
