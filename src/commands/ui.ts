// Small UI helpers the commands share: the Restricted Mode gate, reading command arguments, a cancellable progress
// notification, and the input box every prompt uses.
import * as vscode from 'vscode';

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

export type ProgressStep = vscode.Progress<{ message?: string; increment?: number }>;

/** Runs `work` under a cancellable notification; Cancel aborts its signal. `progress` updates the notification. */
export function withCancellableProgress<T>(title: string, work: (signal: AbortSignal, progress: ProgressStep) => Promise<T>): Thenable<T> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
    const abort = new AbortController();
    const subscription = token.onCancellationRequested(() => abort.abort());
    try {
      return await work(abort.signal, progress);
    } finally {
      subscription.dispose();
    }
  });
}

export type CancellableProgress = typeof withCancellableProgress;

export interface TextPrompt {
  title: string;
  prompt: string;
  value?: string;
  placeHolder?: string;
  password?: boolean;
  validate(value: string): string | undefined;
}

/** The text typed (trimmed), or undefined when the person pressed Escape. Focus-out does not close it; it validates as typed. */
export async function promptText(options: TextPrompt): Promise<string | undefined> {
  const value = await vscode.window.showInputBox({
    title: options.title,
    prompt: options.prompt,
    value: options.value,
    placeHolder: options.placeHolder,
    password: options.password ?? false,
    ignoreFocusOut: true,
    validateInput: (text) => options.validate(text.trim()),
  });
  return value?.trim();
}
