// Atlas: Open Raw JSON
import * as vscode from 'vscode';
import type { ConnectionsTree } from '../tree/connectionsTree';
import { pickRawJsonTarget, type RawJsonTarget } from '../tree/loadedItemPicker';
import type { TreeNode } from '../tree/nodes';
import { rawJsonOfItem, rawJsonOfProject, rawJsonPath } from '../tree/rawJson';
import type { CommandServices } from './services';

/**
 * A read-only JSON document with what Atlas returned: for a connection or endpoint service its object, for a project
 * the raw pages loaded so far. From a row (inline and context menu) or the palette (QuickPick of loaded items).
 */
export async function openRawJson({ tree, documents }: CommandServices, node?: unknown): Promise<vscode.TextDocument | undefined> {
  // Only this view's own rows are taken as they are (by identity); anything else gets the QuickPick.
  const target = (tree.owns(node) ? targetOf(tree, node) : undefined) ?? (await pickRawJsonTarget(tree, vscode.l10n.t('Select what to show as raw JSON')));
  if (!target) {
    return undefined;
  }
  const state = tree.projectState(target.project.id);
  const value = state && (target.item ? rawJsonOfItem(target.item.node, state) : rawJsonOfProject(state));
  if (value === undefined) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Nothing is loaded for this project yet. Expand it in the Atlas Private Endpoints view first.'));
    return undefined;
  }
  return documents.show(rawJsonPath(target.project.id, target.item?.node), value);
}

function targetOf(tree: ConnectionsTree, node: TreeNode | undefined): RawJsonTarget | undefined {
  if (node?.kind === 'project') {
    return { project: node.project };
  }
  if (node?.kind === 'connection' || node?.kind === 'endpointService') {
    const project = tree.current?.project(node.projectId) ?? { id: node.projectId, pinned: false };
    return { project, item: { project, node } };
  }
  return undefined;
}
