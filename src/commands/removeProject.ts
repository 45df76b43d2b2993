// Atlas: Remove Project
import * as vscode from 'vscode';
import { ProfileStoreError } from '../credentials/profileStore';
import { outsideText } from '../outsideText';
import type { CommandServices } from './services';

interface ProjectItem extends vscode.QuickPickItem {
  projectId: string;
}

/**
 * Unpins a project from the active profile. The argument is a row of this view (its context menu) or `{ projectId }`
 * (automation, which the person confirms first); without one, a QuickPick of the pinned projects is shown. Resolves to
 * true when it was removed.
 */
export async function removeProject(services: CommandServices, node?: unknown): Promise<boolean> {
  const { store, sessions, log } = services;
  const profile = store.active();
  if (!profile) return false;
  const profileName = outsideText(profile.name);
  let projectId = projectIdOf(node);
  if (projectId !== undefined && !services.tree.owns(node)) {
    const pinned = profile.projects.find((project) => project.id === projectId);
    const shown = outsideText(pinned?.name ? `${pinned.name} (${projectId})` : projectId, { maxLength: 120 });
    const confirmed = await services.confirm({
      message: vscode.l10n.t('Remove project {0} from profile "{1}"?', shown, profileName),
      detail: vscode.l10n.t('A command link, task or another extension asked to remove it from the view. Add Project brings it back.'),
      action: vscode.l10n.t('Remove'),
    });
    if (!confirmed) return false;
  }
  if (projectId === undefined) {
    if (profile.projects.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Profile "{0}" has no pinned projects.', profileName));
      return false;
    }
    const picked = await vscode.window.showQuickPick(
      profile.projects.map((project): ProjectItem => ({ label: outsideText(project.name ?? project.id), description: project.id, projectId: project.id })),
      { title: vscode.l10n.t('Remove Project from "{0}"', profileName), placeHolder: vscode.l10n.t('Choose the project to remove from the view') },
    );
    if (!picked) return false;
    projectId = picked.projectId;
  }
  try {
    await store.removeProject(profile.id, projectId);
  } catch (error) {
    if (!(error instanceof ProfileStoreError)) throw error;
    const message =
      error.code === 'environmentProject'
        ? vscode.l10n.t('Project {0} comes from the MONGODB_ATLAS_PROJECT_ID environment variable and cannot be removed here.', outsideText(projectId, { maxLength: 60 }))
        : vscode.l10n.t('Project {0} is not pinned on profile "{1}". Projects the key discovers are shown while "atlasPrivateEndpoints.discoverProjects" is on.', outsideText(projectId, { maxLength: 60 }), profileName);
    void vscode.window.showInformationMessage(message);
    return false;
  }
  sessions.refresh();
  log.info(`Removed project ${outsideText(projectId, { maxLength: 60 })} from profile "${profileName}".`);
  return true;
}

function projectIdOf(node: unknown): string | undefined {
  if (typeof node === 'string') return node;
  if (typeof node !== 'object' || node === null) return undefined;
  const record = node as { projectId?: unknown; project?: { id?: unknown } };
  if (typeof record.projectId === 'string') return record.projectId;
  if (typeof record.project?.id === 'string') return record.project.id;
  return undefined;
}
