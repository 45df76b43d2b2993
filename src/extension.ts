import * as vscode from 'vscode';
import { registerCredentials } from './credentials';
import { registerDeprecationDiagnostics } from './diagnostics';
import { registerConnectionsView, type ConnectionsTree } from './tree';

/** What `activate` returns: the tree model, read by the integration tests through `extension.exports`. */
export interface AtlasPrivateEndpointsApi {
  readonly connections: ConnectionsTree;
}

/**
 * Wiring only: build the services, hand them their dependencies, push every disposable to the context.
 * No request, scan or file read happens here.
 */
export function activate(context: vscode.ExtensionContext): AtlasPrivateEndpointsApi {
  const log = vscode.window.createOutputChannel('Atlas Private Endpoints', { log: true });
  context.subscriptions.push(log);
  context.subscriptions.push(vscode.commands.registerCommand('atlasPrivateEndpoints.showLog', () => log.show()));

  const sessions = registerCredentials(context, log);
  const connections = registerConnectionsView(context, log, sessions);
  registerDeprecationDiagnostics(context, log);
  return { connections };
}

export function deactivate(): void {}
