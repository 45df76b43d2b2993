// Tree nodes and how they look: labels, descriptions, icons, Markdown tooltips, contextValues, ids.
// Pure (no `vscode`): the adapter turns a `NodeLook` into a `vscode.TreeItem` field by field.
import type { EndpointService, PrivateEndpointConnection } from '../atlas/types';
import type { Localizer } from '../localizer';
import { explainAtlasError, isAtlasErrorLike } from '../atlas';
import type { DirectoryView, ProjectEntry } from './projectDirectory';
import type { ProjectView } from './projectLoader';

export type RetryTarget = { readonly kind: 'project'; readonly projectId: string } | { readonly kind: 'discovery' };

export type TreeNode =
  | { readonly kind: 'project'; readonly project: ProjectEntry }
  | { readonly kind: 'connection'; readonly projectId: string; readonly connection: PrivateEndpointConnection }
  | { readonly kind: 'endpointService'; readonly projectId: string; readonly service: EndpointService }
  | { readonly kind: 'interfaceEndpoint'; readonly parentId: string; readonly name: string }
  | { readonly kind: 'loadMore'; readonly projectId: string; readonly loaded: number; readonly totalCount?: number; readonly loading: boolean }
  | { readonly kind: 'note'; readonly parentId: string; readonly key: 'empty' | 'fallback'; readonly label: string; readonly tooltip?: string; readonly icon: string }
  | { readonly kind: 'error'; readonly parentId: string; readonly target: RetryTarget; readonly message: string };

export type ConnectionLikeNode = Extract<TreeNode, { kind: 'connection' | 'endpointService' }>;

export interface NodeLook {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  /** Markdown (untrusted text escaped; rendered without command links, HTML or theme icons). */
  readonly tooltip?: string;
  readonly icon: { readonly id: string; readonly color?: string };
  readonly contextValue: string;
  readonly collapsible: 'none' | 'collapsed';
  /** Run on click, with the node as its argument. */
  readonly command?: { readonly id: string; readonly title: string };
}

export const LOAD_MORE_COMMAND = 'atlasPrivateEndpoints.loadMore';

// ---- children ---------------------------------------------------------------------------------------------------

export function rootChildren(view: DirectoryView, l10n: Localizer): TreeNode[] {
  const nodes: TreeNode[] = view.projects.map((project) => ({ kind: 'project', project }));
  if (view.state === 'failed') {
    nodes.push({
      kind: 'error',
      parentId: 'root',
      target: { kind: 'discovery' },
      message: l10n.t('Could not list your projects: {0}', explainAtlasError(view.error, l10n)),
    });
  }
  return nodes;
}

export function projectChildren(projectId: string, view: ProjectView, l10n: Localizer): TreeNode[] {
  const parentId = projectNodeId(projectId);
  switch (view.state) {
    case 'idle':
    case 'loading':
      return [];
    case 'failed':
      return [{ kind: 'error', parentId, target: { kind: 'project', projectId }, message: explainAtlasError(view.error, l10n) }];
    case 'connections': {
      const nodes: TreeNode[] = view.connections.map((connection) => ({ kind: 'connection', projectId, connection }));
      if (view.moreError !== undefined) {
        nodes.push({ kind: 'error', parentId, target: { kind: 'project', projectId }, message: explainAtlasError(view.moreError, l10n) });
      } else if (view.hasMore) {
        nodes.push({ kind: 'loadMore', projectId, loaded: view.connections.length, totalCount: view.totalCount, loading: view.loadingMore });
      } else if (view.connections.length === 0) {
        nodes.push({ kind: 'note', parentId, key: 'empty', label: l10n.t('No private endpoint connections'), icon: 'info' });
      }
      return nodes;
    }
    case 'endpointServices': {
      const nodes: TreeNode[] = [];
      if (view.fallbackFrom !== undefined) {
        nodes.push(fallbackNote(projectId, view.fallbackFrom, l10n));
      }
      nodes.push(...view.services.map((service): TreeNode => ({ kind: 'endpointService', projectId, service })));
      if (view.services.length === 0) {
        nodes.push({ kind: 'note', parentId, key: 'empty', label: l10n.t('No endpoint services on AWS, Azure or GCP'), icon: 'info' });
      }
      return nodes;
    }
  }
}

function fallbackNote(projectId: string, legacyError: unknown, l10n: Localizer): TreeNode {
  const status = isAtlasErrorLike(legacyError) && legacyError.status ? String(legacyError.status) : '404/410';
  return {
    kind: 'note',
    parentId: projectNodeId(projectId),
    key: 'fallback',
    icon: 'info',
    label: l10n.t('Deprecated API unavailable ({0}): showing endpoint services', status),
    tooltip: escapeMarkdown(
      l10n.t(
        'Atlas answered {0} to the deprecated list of private endpoint connections for this project, so the view shows its endpoint services from the replacement API for AWS, Azure and GCP. Set "atlasPrivateEndpoints.api" to "endpointService" to skip the deprecated request.',
        status,
      ),
    ),
  };
}

export function connectionChildren(node: ConnectionLikeNode): TreeNode[] {
  const parentId = nodeId(node);
  return interfaceEndpointsOf(node).map((name) => ({ kind: 'interfaceEndpoint', parentId, name }));
}

function interfaceEndpointsOf(node: ConnectionLikeNode): string[] {
  if (node.kind === 'connection') {
    return stringsOf(node.connection.interfaceEndpoints);
  }
  const service = node.service;
  return [...stringsOf(service.interfaceEndpoints), ...stringsOf(service.privateEndpoints), ...stringsOf(service.endpointGroupNames)];
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

// ---- names ------------------------------------------------------------------------------------------------------

/** The name to copy: AWS `endpointServiceName`, Azure `privateLinkServiceName`, GCP service attachments (one per line). */
export function endpointServiceNameOf(node: ConnectionLikeNode): string | undefined {
  if (node.kind === 'connection') {
    return nonEmpty(node.connection.endpointServiceName);
  }
  const service = node.service;
  return (
    nonEmpty(service.endpointServiceName) ??
    nonEmpty(service.privateLinkServiceName) ??
    nonEmpty(stringsOf(service.serviceAttachmentNames).join('\n'))
  );
}

/** GCP service attachments are URLs: the label shows the first one's last segment (the tooltip and copy keep all). */
function shortName(name: string): string {
  const first = name.split('\n')[0];
  return first.includes('/') ? (first.split('/').filter(Boolean).at(-1) ?? first) : first;
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function statusOf(node: ConnectionLikeNode): string {
  const status = node.kind === 'connection' ? node.connection.status : node.service.status;
  return typeof status === 'string' && status ? status : 'UNKNOWN';
}

// ---- ids --------------------------------------------------------------------------------------------------------

export function projectNodeId(projectId: string): string {
  return `project/${projectId}`;
}

export function nodeId(node: TreeNode): string {
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

// ---- looks ------------------------------------------------------------------------------------------------------

interface StatusLook {
  readonly icon: string;
  readonly color?: string;
}

/** Every status its own icon and colour; INITIATING spins. */
const STATUS_LOOKS: Readonly<Record<string, StatusLook>> = {
  INITIATING: { icon: 'sync~spin', color: 'charts.blue' },
  WAITING_FOR_USER: { icon: 'person', color: 'charts.yellow' },
  PENDING_ACCEPTANCE: { icon: 'person', color: 'charts.yellow' },
  AVAILABLE: { icon: 'pass-filled', color: 'testing.iconPassed' },
  VERIFIED: { icon: 'verified', color: 'charts.green' },
  FAILED: { icon: 'error', color: 'problemsErrorIcon.foreground' },
  DELETING: { icon: 'trash', color: 'disabledForeground' },
};
const UNKNOWN_STATUS_LOOK: StatusLook = { icon: 'question' };

export function statusLook(status: string): StatusLook {
  return STATUS_LOOKS[status] ?? UNKNOWN_STATUS_LOOK;
}

export function describeNode(node: TreeNode, l10n: Localizer): NodeLook {
  const id = nodeId(node);
  switch (node.kind) {
    case 'project': {
      const { project } = node;
      const origin = project.pinned ? l10n.t('Added by you') : l10n.t('Discovered from your API key');
      return {
        id,
        label: project.name ?? project.id,
        description: project.name ? project.id : undefined,
        tooltip: markdownFields(project.name ?? project.id, [
          [l10n.t('Project id'), project.id],
          [l10n.t('Source'), origin],
        ]),
        icon: { id: 'project' },
        contextValue: project.pinned ? 'project.pinned' : 'project.discovered',
        collapsible: 'collapsed',
      };
    }
    case 'connection':
    case 'endpointService': {
      const status = statusOf(node);
      const name = endpointServiceNameOf(node);
      const look = statusLook(status);
      const record: Record<string, unknown> = node.kind === 'connection' ? node.connection : node.service;
      const errorMessage = nonEmpty(record.errorMessage);
      const provider = node.kind === 'endpointService' ? `${node.service.cloudProvider} · ` : '';
      const label = name ? shortName(name) : l10n.t('endpoint service being created');
      return {
        id,
        label,
        description: errorMessage ? `${provider}${status} · ${oneLine(errorMessage)}` : `${provider}${status}`,
        tooltip: markdownFields(label, Object.entries(record), errorMessage),
        icon: { id: look.icon, color: look.color },
        contextValue: `${node.kind}${name ? '.named' : ''}`,
        collapsible: connectionChildren(node).length > 0 ? 'collapsed' : 'none',
      };
    }
    case 'interfaceEndpoint':
      return { id, label: node.name, tooltip: escapeMarkdown(node.name), icon: { id: 'plug' }, contextValue: 'interfaceEndpoint', collapsible: 'none' };
    case 'loadMore':
      return {
        id,
        label: l10n.t('Load more…'),
        description: node.loading
          ? l10n.t('loading…')
          : node.totalCount !== undefined
            ? l10n.t('{0} of {1} loaded', node.loaded, node.totalCount)
            : l10n.t('{0} loaded', node.loaded),
        icon: { id: node.loading ? 'loading~spin' : 'fold-down' },
        contextValue: 'loadMore',
        collapsible: 'none',
        command: { id: LOAD_MORE_COMMAND, title: l10n.t('Load More') },
      };
    case 'note':
      return { id, label: node.label, tooltip: node.tooltip, icon: { id: node.icon }, contextValue: 'note', collapsible: 'none' };
    case 'error':
      return {
        id,
        label: node.message,
        tooltip: escapeMarkdown(node.message),
        icon: { id: 'error', color: 'problemsErrorIcon.foreground' },
        contextValue: 'error',
        collapsible: 'none',
      };
  }
}

// ---- Markdown ---------------------------------------------------------------------------------------------------

const MAX_TOOLTIP_VALUE = 500;

/** A bold title, the error (when present), then one line per field: every field Atlas sent, in its order. */
export function markdownFields(title: string, fields: ReadonlyArray<readonly [string, unknown]>, errorMessage?: string): string {
  const lines = [`**${escapeMarkdown(title)}**`, ''];
  if (errorMessage) {
    lines.push(`⚠ ${escapeMarkdown(oneLine(errorMessage))}`, '');
  }
  for (const [field, value] of fields) {
    lines.push(`**${escapeMarkdown(field)}**: ${escapeMarkdown(formatValue(value))}  `);
  }
  return lines.join('\n').trimEnd();
}

function formatValue(value: unknown): string {
  const text =
    value === null ? 'null'
    : Array.isArray(value) ? (value.length ? value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join(', ') : '[]')
    : typeof value === 'object' ? JSON.stringify(value)
    : String(value);
  const flat = oneLine(text);
  return flat.length > MAX_TOOLTIP_VALUE ? `${flat.slice(0, MAX_TOOLTIP_VALUE - 1)}…` : flat;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Backslash-escapes every ASCII punctuation character (CommonMark allows it), so untrusted text stays plain text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

// ---- QuickPicks -------------------------------------------------------------------------------------------------

export interface LoadedItem {
  readonly project: ProjectEntry;
  readonly node: ConnectionLikeNode;
}

/** Every connection and endpoint service loaded so far, across projects, in tree order. */
export function loadedItems(projects: ReadonlyArray<{ readonly project: ProjectEntry; readonly view: ProjectView }>): LoadedItem[] {
  const items: LoadedItem[] = [];
  for (const { project, view } of projects) {
    if (view.state === 'connections') {
      items.push(...view.connections.map((connection) => ({ project, node: { kind: 'connection' as const, projectId: project.id, connection } })));
    } else if (view.state === 'endpointServices') {
      items.push(...view.services.map((service) => ({ project, node: { kind: 'endpointService' as const, projectId: project.id, service } })));
    }
  }
  return items;
}

/** The QuickPick row of a loaded item: name (or the placeholder), status and project. */
export function quickPickLook(item: LoadedItem, l10n: Localizer): { label: string; description: string; detail: string } {
  const look = describeNode(item.node, l10n);
  return { label: look.label, description: look.description ?? '', detail: item.project.name ? `${item.project.name} (${item.project.id})` : item.project.id };
}
