// Atlas: Remove Project
import * as vscode from 'vscode';
import { ProfileStoreError } from '../credentials/profileStore';
import type { CommandServices } from './services';

interface ProjectItem extends vscode.QuickPickItem {
  projectId: string;
}

/**
 * Unpins a project from the active profile. The argument is a tree node or `{ projectId }` (anything with a `projectId`
 * or `project.id`); without one, a QuickPick of the pinned projects is shown. Resolves to true when it was removed.
 */
export async function removeProject(services: CommandServices, node?: unknown): Promise<boolean> {
  const { store, sessions, log } = services;
  const profile = store.active();
  if (!profile) return false;
  let projectId = projectIdOf(node);
  if (projectId === undefined) {
    if (profile.projects.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Profile "{0}" has no pinned projects.', profile.name));
      return false;
    }
    const picked = await vscode.window.showQuickPick(
      profile.projects.map((project): ProjectItem => ({ label: project.name ?? project.id, description: project.id, projectId: project.id })),
      { title: vscode.l10n.t('Remove Project from "{0}"', profile.name), placeHolder: vscode.l10n.t('Choose the project to remove from the view') },
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
        ? vscode.l10n.t('Project {0} comes from the MONGODB_ATLAS_PROJECT_ID environment variable and cannot be removed here.', projectId)
        : vscode.l10n.t('Project {0} is not pinned on profile "{1}". Projects the key discovers are shown while "atlasPrivateEndpoints.discoverProjects" is on.', projectId, profile.name);
    void vscode.window.showInformationMessage(message);
    return false;
  }
  sessions.refresh();
  log.info(`Removed project ${projectId} from profile "${profile.name}".`);
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
