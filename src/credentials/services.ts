import * as vscode from 'vscode';
import type { ProfileStore } from './profileStore';
import type { CredentialSessions } from './sessions';

/** What the credential commands need; built once in registerCredentials. */
export interface CredentialServices {
  readonly store: ProfileStore;
  readonly sessions: CredentialSessions;
  readonly log: vscode.LogOutputChannel;
}

/** False, after explaining, when the workspace is not trusted: Restricted Mode sends no request to Atlas. */
export function requireWorkspaceTrust(): boolean {
  if (vscode.workspace.isTrusted) return true;
  const manage = vscode.l10n.t('Manage Workspace Trust');
  void vscode.window
    .showWarningMessage(vscode.l10n.t('Atlas requests are disabled in Restricted Mode. Trust this workspace to sign in or add projects.'), manage)
    .then((choice) => {
      if (choice === manage) void vscode.commands.executeCommand('workbench.trust.manage');
    });
  return false;
}

/** Reads a string property of a command argument, which may be anything. */
export function stringArg(args: unknown, key: string): string | undefined {
  if (typeof args !== 'object' || args === null) return undefined;
  const value = (args as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}

/** Runs `work` under a cancellable notification; Cancel aborts its signal. */
export function withCancellableProgress<T>(title: string, work: (signal: AbortSignal) => Promise<T>): Thenable<T> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (_progress, token) => {
    const abort = new AbortController();
    const subscription = token.onCancellationRequested(() => abort.abort());
    try {
      return await work(abort.signal);
    } finally {
      subscription.dispose();
    }
  });
}
