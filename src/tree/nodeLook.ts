// How each node looks: label, description, icon, Markdown tooltip, contextValue, the command a click runs.
// Pure (no `vscode`): the adapter (connectionsTree.ts) turns a `NodeLook` into a `vscode.TreeItem` field by field.
import { COMMANDS } from '../ids';
import type { Localizer } from '../localizer';
import { endpointServiceNameOf, interfaceEndpointsOf, statusOf } from './connectionFields';
import { connectionRowText, connectionTooltip } from './connectionRow';
import { outsideText } from '../outsideText';
import { escapeMarkdown, markdownFields } from './markdown';
import { nodeId, type TreeNode } from './nodes';

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

/** The tooltip of any node; for connection rows it is built only when asked for. */
export function tooltipOf(node: TreeNode, l10n: Localizer): string | undefined {
  return node.kind === 'connection' || node.kind === 'endpointService' ? connectionTooltip(node) : describeNode(node, l10n).tooltip;
}

export function describeNode(node: TreeNode, l10n: Localizer): NodeLook {
  const id = nodeId(node);
  switch (node.kind) {
    case 'project': {
      const { project } = node;
      const origin = project.pinned ? l10n.t('Added by you') : l10n.t('Discovered from your API key');
      return {
        id,
        // Names and everything else from Atlas: plain one-line text, no link or icon syntax (outsideText.ts).
        label: outsideText(project.name ?? project.id),
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
      const look = statusLook(outsideText(statusOf(node), { maxLength: 60 }));
      const row = connectionRowText(node);
      return {
        id,
        label: row.label,
        description: row.description,
        // Built on hover (tooltipOf, through resolveTreeItem): thousands of rows need no Markdown up front.
        icon: { id: look.icon, color: look.color },
        contextValue: `${node.kind}${endpointServiceNameOf(node) ? '.named' : ''}`,
        collapsible: interfaceEndpointsOf(node).length > 0 ? 'collapsed' : 'none',
      };
    }
    case 'interfaceEndpoint':
      return { id, label: outsideText(node.name), tooltip: escapeMarkdown(outsideText(node.name)), icon: { id: 'plug' }, contextValue: 'interfaceEndpoint', collapsible: 'none' };
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
        command: { id: COMMANDS.loadMore, title: l10n.t('Load More') },
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
