// The nodes of the Atlas Private Endpoints view and their ids. Pure (no `vscode`).
// What a node shows is decided in nodeLook.ts, which children a node has in children.ts.
import type { EndpointService, PrivateEndpointConnection } from '../atlas/types';
import type { ProjectEntry } from './projectDirectory';

export type RetryTarget = { readonly kind: 'project'; readonly projectId: string } | { readonly kind: 'discovery' };

export type TreeNode =
  | { readonly kind: 'project'; readonly project: ProjectEntry }
  | { readonly kind: 'connection'; readonly projectId: string; readonly connection: PrivateEndpointConnection; readonly occurrence?: number }
  | { readonly kind: 'endpointService'; readonly projectId: string; readonly service: EndpointService; readonly occurrence?: number }
  | { readonly kind: 'interfaceEndpoint'; readonly parentId: string; readonly name: string; readonly occurrence?: number }
  | { readonly kind: 'loadMore'; readonly projectId: string; readonly loaded: number; readonly totalCount?: number; readonly loading: boolean }
  | { readonly kind: 'note'; readonly parentId: string; readonly key: 'empty' | 'fallback' | 'noMatch'; readonly label: string; readonly tooltip?: string; readonly icon: string }
  | { readonly kind: 'error'; readonly parentId: string; readonly target: RetryTarget; readonly message: string };

export type ConnectionLikeNode = Extract<TreeNode, { kind: 'connection' | 'endpointService' }>;

export function projectNodeId(projectId: string): string {
  return `project/${projectId}`;
}

/** A node's TreeItem id. VS Code refuses two rows with one id, and a server may send an id twice (see `occurrence`). */
export function nodeId(node: TreeNode): string {
  const base = baseNodeId(node);
  return 'occurrence' in node && node.occurrence !== undefined && node.occurrence > 1 ? `${base}#${node.occurrence}` : base;
}

function baseNodeId(node: TreeNode): string {
  switch (node.kind) {
    case 'project':
      return projectNodeId(node.project.id);
    case 'connection':
      return `${projectNodeId(node.projectId)}/connection/${node.connection.id}`;
    case 'endpointService':
      return `${projectNodeId(node.projectId)}/endpointService/${node.service.cloudProvider}/${node.service.id}`;
    case 'interfaceEndpoint':
      return `${node.parentId}/interface/${node.name}`;
    case 'loadMore':
      return `${projectNodeId(node.projectId)}/loadMore`;
    case 'note':
      return `${node.parentId}/note/${node.key}`;
    case 'error':
      return `${node.parentId}/error`;
  }
}
