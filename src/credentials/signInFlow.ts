// Checks new credentials against Atlas and saves them only when Atlas accepts them.
import * as vscode from 'vscode';
import { AtlasApiError, explainSignInFailure, normalizeBaseUrl } from '../atlas';
import type { ProfileSecret } from './model';
import { ProfileStoreError, SecretStorageUnavailableError } from './profileStore';
import { explainSecretStorageFailure } from './secretStorageProblem';
import { withCancellableProgress, type CredentialServices } from './services';
import { verifyAndSaveProfile, type SignInDraft } from './verifiedChanges';

/** What the sign-in commands return (tests and automation read it; it never holds a key). */
export type SignInResult =
  | { ok: true; profileId: string; profileName: string }
  | { ok: false; reason: string; message: string };

export async function checkAndSaveProfile(services: CredentialServices, draft: SignInDraft): Promise<SignInResult> {
  const { store, sessions, log } = services;
  try {
    const baseUrl = normalizeBaseUrl(draft.baseUrl);
    const client = sessions.createClient(baseUrl, draft.secret);
    const profile = await withCancellableProgress(vscode.l10n.t('Checking the credentials with Atlas…'), (signal) =>
      verifyAndSaveProfile(store, client, { ...draft, baseUrl }, signal),
    );
    sessions.refresh();
    log.info(`Signed in: profile "${profile.name}" (${profile.kind}, ${profile.baseUrl}).`);
    void vscode.window.showInformationMessage(vscode.l10n.t('Signed in to Atlas as profile "{0}".', profile.name));
    return { ok: true, profileId: profile.id, profileName: profile.name };
  } catch (error) {
    if (error instanceof SecretStorageUnavailableError) {
      explainSecretStorageFailure(error, log);
      return { ok: false, reason: 'secretStorage', message: error.message };
    }
    const message = describeSignInFailure(error, draft.secret.kind);
    log.warn(`Sign-in failed: ${message}`);
    return { ok: false, reason: error instanceof AtlasApiError ? error.kind : error instanceof ProfileStoreError ? error.code : 'unknown', message };
  }
}

function describeSignInFailure(error: unknown, kind: ProfileSecret['kind']): string {
  if (error instanceof ProfileStoreError) return `${error.message} ${vscode.l10n.t('Nothing was saved.')}`;
  return explainSignInFailure(error, kind, vscode.l10n);
}

/** Shows why sign-in failed; true when the person chose to try again. */
export async function offerRetry(services: CredentialServices, message: string): Promise<boolean> {
  const tryAgain = vscode.l10n.t('Try Again');
  const showLog = vscode.l10n.t('Show Log');
  const choice = await vscode.window.showErrorMessage(message, tryAgain, showLog);
  if (choice === showLog) services.log.show();
  return choice === tryAgain;
}

/** For the argument (automation) path: shows the failure without waiting for it to be dismissed. */
export function reportFailure(result: SignInResult): SignInResult {
  if (!result.ok && result.reason !== 'secretStorage' && result.reason !== 'restricted') void vscode.window.showErrorMessage(result.message);
  return result;
}

export function invalidInput(message: string): SignInResult {
  return reportFailure({ ok: false, reason: 'invalidInput', message });
}

export function restricted(): SignInResult {
  return { ok: false, reason: 'restricted', message: vscode.l10n.t('Atlas requests are disabled in Restricted Mode.') };
}
