// Atlas: Add Project…
import * as vscode from 'vscode';
import { AtlasApiError, explainProjectLookupFailure } from '../atlas';
import type { PinnedProject } from '../credentials/model';
import { ProfileStoreError } from '../credentials/profileStore';
import { validateProjectId } from '../credentials/validation';
import { fetchAndPinProject } from '../credentials/verifiedChanges';
import { COMMANDS } from '../ids';
import { outsideText } from '../outsideText';
import type { AtlasSession } from '../session';
import { failure, restrictedMode, showFailure, type CommandResult } from './result';
import type { CommandServices } from './services';
import { promptText, requireWorkspaceTrust, stringArg, withCancellableProgress } from './ui';

export type AddProjectResult = CommandResult<{ project: PinnedProject }>;

/**
 * Pins a project on the active profile after fetching its name with `GET /groups/{id}`. Optional argument
 * `{ projectId }` skips the prompt (tests and automation). Resolves to an AddProjectResult, undefined when cancelled.
 */
export async function addProject(services: CommandServices, args?: unknown): Promise<AddProjectResult | undefined> {
  if (!requireWorkspaceTrust()) return restrictedMode();
  const session = await services.sessions.current();
  if (!session) return notSignedIn();

  if (args !== undefined) {
    const projectId = stringArg(args, 'projectId')?.trim() ?? '';
    const problem = validateProjectId(projectId, vscode.l10n) ?? duplicateProblem(session, projectId);
    if (problem) return showFailure(failure('invalidInput', problem));
    return showFailure(await fetchAndPin(services, session, projectId));
  }

  let value: string | undefined;
  for (;;) {
    const projectId = await promptText({
      title: vscode.l10n.t('Add Atlas Project to "{0}"', outsideText(session.profile.name)),
      prompt: vscode.l10n.t('Project id: 24 hexadecimal characters, shown in Atlas under Project Settings'),
      placeHolder: '5a0a1e7e0f2912c554080ae6',
      value,
      validate: (text) => validateProjectId(text, vscode.l10n) ?? duplicateProblem(session, text),
    });
    if (projectId === undefined) return undefined;
    const result = await fetchAndPin(services, session, projectId);
    if (result.ok) return result;
    const tryAgain = vscode.l10n.t('Try Again');
    if ((await vscode.window.showErrorMessage(result.message, tryAgain)) !== tryAgain) return result;
    value = projectId;
  }
}

async function fetchAndPin(services: CommandServices, session: AtlasSession, rawId: string): Promise<AddProjectResult> {
  const projectId = rawId.trim().toLowerCase();
  let pinned: PinnedProject;
  try {
    pinned = await withCancellableProgress(vscode.l10n.t('Looking up project {0} in Atlas…', projectId), (signal) =>
      fetchAndPinProject(services.store, session.client, session.profile.id, projectId, signal),
    );
  } catch (error) {
    if (error instanceof ProfileStoreError) return failure(error.code, error.message);
    const message = explainProjectLookupFailure(error, projectId, outsideText(session.profile.name), vscode.l10n);
    services.log.warn(`Add project ${projectId}: ${message}`);
    return failure(error instanceof AtlasApiError ? error.kind : 'unknown', message);
  }
  services.sessions.refresh();
  const name = outsideText(pinned.name ?? projectId);
  services.log.info(`Added project ${projectId} ("${name}") to profile "${outsideText(session.profile.name)}".`);
  void vscode.window.showInformationMessage(vscode.l10n.t('Added project "{0}".', name));
  return { ok: true, project: pinned };
}

function duplicateProblem(session: AtlasSession, text: string): string | undefined {
  const id = text.trim().toLowerCase();
  return session.profile.projects.some((project) => project.id.toLowerCase() === id)
    ? vscode.l10n.t('Project {0} is already in the list of profile "{1}".', id, outsideText(session.profile.name))
    : undefined;
}

function notSignedIn(): AddProjectResult {
  const signIn = vscode.l10n.t('Sign In with API Key');
  const message = vscode.l10n.t('Sign in to Atlas before adding a project.');
  void vscode.window.showInformationMessage(message, signIn).then((choice) => {
    if (choice === signIn) void vscode.commands.executeCommand(COMMANDS.signIn);
  });
  return failure('notSignedIn', message);
}
