import * as vscode from 'vscode';
import type { ConnectionsTree } from '../tree/connectionsTree';
import type { TreeNode } from '../tree/nodes';

/** Inline on an error node: repeats the load that failed (first page, next page, or project discovery). */
export function registerRetryCommand(tree: ConnectionsTree): vscode.Disposable {
  return vscode.commands.registerCommand('atlasPrivateEndpoints.retry', (node?: TreeNode) => {
    if (node) {
      tree.retry(node);
    }
  });
}
