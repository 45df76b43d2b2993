// Atlas: Copy Endpoint Service Name
import * as vscode from 'vscode';
import { endpointServiceNameOf } from '../tree/connectionFields';
import { pickLoadedItem } from '../tree/loadedItemPicker';
import type { ConnectionLikeNode, TreeNode } from '../tree/nodes';
import { outsideText } from '../outsideText';
import type { CommandServices } from './services';

const STATUS_BAR_MILLISECONDS = 4000;

/**
 * From a connection row (inline and context menu) or the palette (QuickPick of loaded connections). An argument that is
 * not a row of this view (checked by identity) is ignored and the QuickPick is shown: a forged node could otherwise put
 * someone else's service name on the clipboard, to be pasted into a VPC console. Resolves to the copied name, or
 * undefined when nothing was copied.
 */
export async function copyEndpointServiceName({ tree }: CommandServices, node?: unknown): Promise<string | undefined> {
  const target = tree.owns(node) && isConnectionLike(node)
    ? node
    : (await pickLoadedItem(tree, vscode.l10n.t('Select a connection to copy its endpoint service name')))?.node;
  return target ? copyName(target) : undefined;
}

async function copyName(node: ConnectionLikeNode): Promise<string | undefined> {
  const name = endpointServiceNameOf(node);
  if (!name) {
    const status = node.kind === 'connection' ? node.connection.status : node.service.status;
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'Atlas has not assigned an endpoint service name yet (status {0}). It does so once the endpoint service is created; Refresh in a few minutes.',
        outsideText(status || 'INITIATING', { maxLength: 60 }),
      ),
    );
    return undefined;
  }
  await vscode.env.clipboard.writeText(name);
  vscode.window.setStatusBarMessage(vscode.l10n.t('Copied endpoint service name {0}', outsideText(name.split('\n').join(', '))), STATUS_BAR_MILLISECONDS);
  return name;
}

function isConnectionLike(node: TreeNode | undefined): node is ConnectionLikeNode {
  return node?.kind === 'connection' || node?.kind === 'endpointService';
}
