import * as vscode from 'vscode';
import type { ConnectionsTree } from '../tree/connectionsTree';
import type { TreeNode } from '../tree/nodes';

/** View title and palette: everything. Project row: that project. Both cancel loads in flight and clear the cache. */
export function registerRefreshCommand(tree: ConnectionsTree): vscode.Disposable {
  return vscode.commands.registerCommand('atlasPrivateEndpoints.refresh', (node?: TreeNode) => tree.refresh(node));
}
