// Atlas: Sign Out
import * as vscode from 'vscode';
import { ProfileStoreError, SecretStorageUnavailableError } from '../credentials/profileStore';
import { explainSecretStorageFailure } from '../credentials/secretStorageProblem';
import type { CommandServices } from './services';
import { stringArg } from './ui';

/**
 * Deletes the active profile's keys from secret storage, then the profile. Asks for confirmation first, unless called
 * with an argument `{ profileId }` (tests and automation). Resolves to true when the profile is gone.
 */
export async function signOut(services: CommandServices, args?: unknown): Promise<boolean> {
  const { store, sessions, log } = services;
  const requestedId = stringArg(args, 'profileId');
  const profile = requestedId ? store.get(requestedId) : store.active();
  if (!profile) {
    void vscode.window.showInformationMessage(vscode.l10n.t('You are not signed in to Atlas.'));
    return false;
  }
  if (profile.readOnly) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('The "environment" profile comes from the MONGODB_ATLAS_* environment variables. Unset them and restart VS Code to remove it.'),
    );
    return false;
  }
  if (args === undefined) {
    const confirm = vscode.l10n.t('Sign Out');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('Sign out of profile "{0}"? Its keys are deleted from VS Code secret storage.', profile.name),
      { modal: true },
      confirm,
    );
    if (choice !== confirm) return false;
  }
  try {
    await store.remove(profile.id);
  } catch (error) {
    if (error instanceof SecretStorageUnavailableError) {
      explainSecretStorageFailure(error, log);
      return false;
    }
    if (error instanceof ProfileStoreError) {
      void vscode.window.showErrorMessage(error.message);
      return false;
    }
    throw error;
  }
  sessions.refresh({ rebuildClient: true });
  log.info(`Signed out: profile "${profile.name}" and its keys were deleted.`);
  void vscode.window.showInformationMessage(vscode.l10n.t('Signed out of profile "{0}". Its keys were deleted.', profile.name));
  return true;
}
