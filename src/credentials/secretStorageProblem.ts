import * as vscode from 'vscode';
import type { SecretStorageUnavailableError } from './profileStore';

export const KEYCHAIN_TROUBLESHOOTING_URL = 'https://code.visualstudio.com/docs/configure/settings-sync#_troubleshooting-keychain-issues';

/** Explains a SecretStorage failure (typically Linux without a keyring) and links to VS Code's advice. Not awaited. */
export function explainSecretStorageFailure(error: SecretStorageUnavailableError, log: vscode.LogOutputChannel): void {
  log.error(error.message);
  const message = {
    read: vscode.l10n.t('VS Code could not read the Atlas keys from its secret storage (the operating system keyring).'),
    write: vscode.l10n.t('VS Code could not save the Atlas keys in its secret storage (the operating system keyring), so nothing was saved.'),
    delete: vscode.l10n.t('VS Code could not delete the Atlas keys from its secret storage (the operating system keyring), so the profile was kept.'),
  }[error.operation];
  const advice = vscode.l10n.t('On Linux, install and unlock a keyring such as GNOME Keyring or KWallet. Deprecation diagnostics keep working.');
  const learnMore = vscode.l10n.t('Learn More');
  void vscode.window.showErrorMessage(`${message} ${advice}`, learnMore).then((choice) => {
    if (choice === learnMore) void vscode.env.openExternal(vscode.Uri.parse(KEYCHAIN_TROUBLESHOOTING_URL));
  });
}
