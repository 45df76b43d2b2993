// The one shape of what a command resolves to when it has more to say than yes or no. Tests and automation read it;
// it never holds a key. A command resolves to undefined instead when the person cancelled a prompt.
import * as vscode from 'vscode';

export interface CommandFailure {
  readonly ok: false;
  /** A stable word for the cause: `invalidInput`, `restricted`, `secretStorage`, an AtlasApiError kind, … */
  readonly reason: string;
  /** What the person was shown (or would have been). */
  readonly message: string;
}

export type CommandResult<Success extends object> = ({ readonly ok: true } & Success) | CommandFailure;

export function failure(reason: string, message: string): CommandFailure {
  return { ok: false, reason, message };
}

/** Restricted Mode sends no request to Atlas; requireWorkspaceTrust has already explained it. */
export function restrictedMode(): CommandFailure {
  return failure('restricted', vscode.l10n.t('Atlas requests are disabled in Restricted Mode.'));
}

/** Shows the failure without waiting for it to be dismissed (automation must not block on a notification). */
export function showFailure<T extends CommandResult<object>>(result: T): T {
  if (!result.ok) void vscode.window.showErrorMessage(result.message);
  return result;
}
