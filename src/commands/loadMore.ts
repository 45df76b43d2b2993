import * as vscode from 'vscode';
import type { ConnectionsTree } from '../tree/connectionsTree';
import type { TreeNode } from '../tree/nodes';

/** Click on "Load more…": the next page of that project; a second click while it loads does nothing more. */
export function registerLoadMoreCommand(tree: ConnectionsTree): vscode.Disposable {
  return vscode.commands.registerCommand('atlasPrivateEndpoints.loadMore', (node?: TreeNode) => (node ? tree.loadMore(node) : undefined));
}
