// Atlas: Open in Atlas (a project row, a connection row, or the palette: a QuickPick of the projects)
import * as vscode from 'vscode';
import { atlasUiLink, type AtlasUiLink } from '../tree/atlasUiLink';
import { outsideText } from '../outsideText';
import type { TreeNode } from '../tree/nodes';
import type { CommandServices } from './services';

/** Opens the project's private endpoint page in the Atlas UI of the profile's cloud; resolves to what it decided. */
/** A row of this view (checked by identity) names the project; anything else gets the QuickPick of the projects. */
export async function openInAtlas({ tree, sessions }: CommandServices, node?: unknown): Promise<AtlasUiLink | undefined> {
  const session = await sessions.current();
  if (!session) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Sign in to Atlas first.'));
    return undefined;
  }
  const projectId = (tree.owns(node) ? projectIdOf(node) : undefined) ?? (await pickProject(tree));
  if (!projectId) {
    return undefined;
  }
  const link = atlasUiLink(session.client.baseUrl, projectId);
  if (link.kind === 'noUi') {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Profile "{0}" uses a custom base URL ({1}), which has no Atlas UI. Open in Atlas works with cloud.mongodb.com and Atlas for Government.', outsideText(session.profile.name, { maxLength: 64 }), outsideText(link.baseUrl, { maxLength: 200 })),
    );
  } else if (link.kind === 'url') {
    await vscode.env.openExternal(vscode.Uri.parse(link.url, true));
  }
  return link;
}

function projectIdOf(node: TreeNode | undefined): string | undefined {
  switch (node?.kind) {
    case 'project':
      return node.project.id;
    case 'connection':
    case 'endpointService':
    case 'loadMore':
      return node.projectId;
    default:
      return undefined;
  }
}

async function pickProject(tree: CommandServices['tree']): Promise<string | undefined> {
  const model = await tree.currentOrNew();
  const projects = model?.rootState().projects ?? [];
  const picked = await vscode.window.showQuickPick(
    projects.map((project) => ({ label: outsideText(project.name ?? project.id), description: project.name ? project.id : undefined, id: project.id })),
    { placeHolder: vscode.l10n.t('Select the project to open in Atlas') },
  );
  return picked?.id;
}
