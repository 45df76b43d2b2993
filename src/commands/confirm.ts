// The one rule for command arguments (README, "Commands"): a command that deletes something or changes which
// credentials are saved or used asks the person first, in a modal dialog, whenever it was started with an argument
// object (a `command:` link, another extension, a task) instead of by the person in the editor. Arguments that are this
// extension's own tree nodes, checked by identity, need no confirmation: only a click in the view produces them.
// A profile for any host other than Atlas or Atlas for Government always needs a confirmation that names the host.
import * as vscode from 'vscode';
import { hostOfBaseUrl, isAtlasBaseUrl } from '../atlas';
import { outsideText } from '../outsideText';

export interface Confirmation {
  /** The question, in the dialog's title line. */
  readonly message: string;
  /** What will happen, and why the person is asked. */
  readonly detail: string;
  /** The button that goes ahead (Cancel is always there). */
  readonly action: string;
}

/** Resolves to true only when the person chose `action`. */
export type Confirm = (confirmation: Confirmation) => Promise<boolean>;

export const modalConfirm: Confirm = async ({ message, detail, action }) =>
  (await vscode.window.showWarningMessage(message, { modal: true, detail }, action)) === action;

/** The hosts among `baseUrls` that are neither Atlas nor Atlas for Government, each once, safe to show. */
export function foreignHosts(baseUrls: readonly string[]): string[] {
  return [...new Set(baseUrls.filter((url) => !isAtlasBaseUrl(url)).map((url) => outsideText(hostOfBaseUrl(url), { maxLength: 100 })))];
}

/** The sentence a confirmation adds for hosts that are not Atlas; empty when every host is Atlas. */
export function foreignHostWarning(baseUrls: readonly string[]): string {
  const hosts = foreignHosts(baseUrls);
  return hosts.length === 0
    ? ''
    : vscode.l10n.t(
        '{0} is not Atlas or Atlas for Government. The keys will be sent there: continue only if you run or trust that server (for example an emulator on this machine).',
        hosts.join(', '),
      );
}

/**
 * Under test only: confirmations answered by the integration tests (a modal dialog cannot be clicked from the extension
 * host), each recorded with its text. Without an answer set, the real dialog is shown (the e2e suite clicks it).
 */
export class ScriptedConfirmations {
  answer: 'accept' | 'decline' | undefined;
  readonly asked: Confirmation[] = [];

  constructor(private readonly dialog: Confirm) {}

  readonly confirm: Confirm = (confirmation) => {
    if (this.answer === undefined) return this.dialog(confirmation);
    this.asked.push(confirmation);
    return Promise.resolve(this.answer === 'accept');
  };
}
