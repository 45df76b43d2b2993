// Atlas: Sign Out
import * as vscode from 'vscode';
import { ProfileStoreError, SecretStorageUnavailableError } from '../credentials/profileStore';
import { explainSecretStorageFailure } from '../credentials/secretStorageProblem';
import { outsideText } from '../outsideText';
import type { CommandServices } from './services';
import { stringArg } from './ui';

/**
 * Deletes the active profile's keys from secret storage, then the profile (argument `{ profileId }`: that profile).
 * Always asks for confirmation first, arguments or not: Atlas shows a private key once, so it may be lost for good.
 * Resolves to true when the profile is gone.
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
  const name = outsideText(profile.name);
  const confirmed = await services.confirm({
    message: vscode.l10n.t('Sign out of profile "{0}"? Its keys are deleted from VS Code secret storage.', name),
    detail: vscode.l10n.t('Atlas shows a private key only once, when it is created: keep a copy if you need this key again.'),
    action: vscode.l10n.t('Sign Out'),
  });
  if (!confirmed) return false;
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
  log.info(`Signed out: profile "${name}" and its keys were deleted.`);
  void vscode.window.showInformationMessage(vscode.l10n.t('Signed out of profile "{0}". Its keys were deleted.', name));
  return true;
}
