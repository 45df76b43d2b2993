// Profiles and keys: SecretStorage for secrets, globalState for the rest, the environment profile, and the sessions
// (the active profile with its Atlas client) the tree and the commands use.
import * as vscode from 'vscode';
import { configuration } from '../configuration';
import { readClientSettings } from '../settings';
import { detectEnvironmentProfile } from './environment';
import { ProfileStore } from './profileStore';
import { CredentialSessions } from './sessions';
import { SwitchableSecretStore, testHooksEnabled } from './switchableSecretStore';

export interface Credentials {
  readonly store: ProfileStore;
  readonly sessions: CredentialSessions;
  /** Only under test: the secret storage the test hook can make fail. */
  readonly testSecrets?: SwitchableSecretStore;
}

export function createCredentials(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): Credentials {
  // Profiles are not synced: their keys live in this machine's secret storage, so a synced profile would have none.
  context.globalState.setKeysForSync([]);

  const environment = detectEnvironmentProfile(process.env);
  if (environment.found && 'problem' in environment) log.warn(`The environment profile is not offered: ${environment.problem}`);

  const testSecrets = testHooksEnabled(context) ? new SwitchableSecretStore(context.secrets) : undefined;
  const store = new ProfileStore(context.globalState, testSecrets ?? context.secrets, environment.found && 'source' in environment ? environment.source : undefined);
  const sessions = new CredentialSessions(store, context.secrets.onDidChange, log, () => readClientSettings(configuration()));
  context.subscriptions.push(sessions);
  return { store, sessions, testSecrets };
}
