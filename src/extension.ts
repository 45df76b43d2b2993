import * as vscode from 'vscode';

/**
 * Wiring only: build the services, hand them their dependencies, push every disposable to the context.
 * No request, scan or file read happens here.
 */
export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Atlas Private Endpoints', { log: true });
  context.subscriptions.push(log);

  const view = vscode.window.createTreeView('atlasPrivateEndpoints.connections', {
    treeDataProvider: { getChildren: () => [], getTreeItem: (item: vscode.TreeItem) => item },
  });
  context.subscriptions.push(view);
  context.subscriptions.push(vscode.commands.registerCommand('atlasPrivateEndpoints.showLog', () => log.show()));
}

export function deactivate(): void {}
