// QuickPicks over what the view has loaded, for commands run from the palette.
import * as vscode from 'vscode';
import { outsideText } from '../outsideText';
import type { ConnectionsTree } from './connectionsTree';
import { quickPickLook, type LoadedItem } from './loadedItems';
import type { ProjectEntry } from './projectDirectory';

/** A loaded connection or endpoint service; says so and resolves undefined when nothing is loaded. */
export async function pickLoadedItem(tree: ConnectionsTree, placeHolder: string): Promise<LoadedItem | undefined> {
  const items = tree.loadedItems();
  if (items.length === 0) {
    void vscode.window.showInformationMessage(nothingLoadedMessage());
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    items.map((item) => ({ ...quickPickLook(item, vscode.l10n), item })),
    { placeHolder, matchOnDescription: true, matchOnDetail: true },
  );
  return picked?.item;
}

export type RawJsonTarget = { readonly project: ProjectEntry; readonly item?: LoadedItem };

/** A project (its raw pages) or one loaded item. */
export async function pickRawJsonTarget(tree: ConnectionsTree, placeHolder: string): Promise<RawJsonTarget | undefined> {
  const projects = tree.current?.loadedProjects().filter(({ state }) => state.kind === 'connections' || state.kind === 'endpointServices') ?? [];
  if (projects.length === 0) {
    void vscode.window.showInformationMessage(nothingLoadedMessage());
    return undefined;
  }
  const projectRows = projects.map(({ project }) => ({
    label: `$(project) ${outsideText(project.name ?? project.id)}`,
    description: vscode.l10n.t('all pages loaded so far'),
    detail: project.id,
    target: { project } as RawJsonTarget,
  }));
  const itemRows = tree.loadedItems().map((item) => ({ ...quickPickLook(item, vscode.l10n), target: { project: item.project, item } as RawJsonTarget }));
  const picked = await vscode.window.showQuickPick([...projectRows, ...itemRows], { placeHolder, matchOnDescription: true, matchOnDetail: true });
  return picked?.target;
}

function nothingLoadedMessage(): string {
  return vscode.l10n.t('Nothing is loaded yet. Expand a project in the Atlas Private Endpoints view first.');
}
