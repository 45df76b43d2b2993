import type * as vscode from 'vscode';
import type { ProfileStore } from '../credentials/profileStore';
import type { CredentialSessions } from '../credentials/sessions';
import type { SwitchableSecretStore } from '../credentials/switchableSecretStore';
import type { WorkspaceScanner } from '../diagnostics/workspaceScan';
import type { ConnectionsTree } from '../tree/connectionsTree';
import type { RawJsonDocuments } from '../tree/rawJsonDocuments';
import type { Confirm } from './confirm';

/** Everything the commands act on, built once in `activate()`. */
export interface CommandServices {
  readonly store: ProfileStore;
  readonly sessions: CredentialSessions;
  readonly tree: ConnectionsTree;
  readonly documents: RawJsonDocuments;
  readonly scanner: WorkspaceScanner;
  readonly log: vscode.LogOutputChannel;
  /** Asks the person before a command started with arguments deletes or changes credentials (commands/confirm.ts). */
  readonly confirm: Confirm;
  /** Only when the extension runs under test: the secret storage the test hook can make fail. */
  readonly testSecrets?: SwitchableSecretStore;
}
