import * as vscode from 'vscode';
import { registerCredentials } from './credentials';
import { registerDeprecationDiagnostics } from './diagnostics';
import { registerConnectionsView } from './tree';

/**
 * Wiring only: build the services, hand them their dependencies, push every disposable to the context.
 * No request, scan or file read happens here.
 */
export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Atlas Private Endpoints', { log: true });
  context.subscriptions.push(log);
  context.subscriptions.push(vscode.commands.registerCommand('atlasPrivateEndpoints.showLog', () => log.show()));

  const sessions = registerCredentials(context, log);
  registerConnectionsView(context, log, sessions);
  registerDeprecationDiagnostics(context, log);
}

export function deactivate(): void {}
