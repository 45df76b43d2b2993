import * as vscode from 'vscode';
import type { SessionProvider } from '../session';

// Placeholder until the tree module lands: an empty view.
export function registerConnectionsView(
  context: vscode.ExtensionContext,
  _log: vscode.LogOutputChannel,
  _sessions: SessionProvider,
): void {
  const view = vscode.window.createTreeView('atlasPrivateEndpoints.connections', {
    treeDataProvider: { getChildren: () => [], getTreeItem: (item: vscode.TreeItem) => item },
  });
  context.subscriptions.push(view);
}
