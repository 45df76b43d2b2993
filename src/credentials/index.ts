// Profiles and keys: SecretStorage for secrets, globalState for the rest, the environment profile, Atlas CLI import,
// and the commands that manage them.
import * as vscode from 'vscode';
import { userAgentFor } from '../atlas';
import { registerAddProjectCommand } from '../commands/addProject';
import { registerImportAtlasCliProfileCommand } from '../commands/importAtlasCliProfile';
import { registerRemoveProjectCommand } from '../commands/removeProject';
import { registerSignInCommand } from '../commands/signIn';
import { registerSignInWithServiceAccountCommand } from '../commands/signInWithServiceAccount';
import { registerSignOutCommand } from '../commands/signOut';
import { registerSwitchProfileCommand } from '../commands/switchProfile';
import type { SessionProvider } from '../session';
import { detectEnvironmentProfile } from './environment';
import { ProfileStore } from './profileStore';
import type { CredentialServices } from './services';
import { CredentialSessions } from './sessions';
import { registerTestHook, SwitchableSecretStore, testHooksEnabled } from './testHooks';

export function registerCredentials(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): SessionProvider {
  // Profiles are not synced: their keys live in this machine's secret storage, so a synced profile would have none.
  context.globalState.setKeysForSync([]);

  const environment = detectEnvironmentProfile(process.env);
  if (environment.found && 'problem' in environment) log.warn(`The environment profile is not offered: ${environment.problem}`);

  const hooks = testHooksEnabled(context) ? new SwitchableSecretStore(context.secrets) : undefined;
  const store = new ProfileStore(context.globalState, hooks ?? context.secrets, environment.found && 'source' in environment ? environment.source : undefined);
  const version = (context.extension.packageJSON as { version?: string }).version ?? '0.0.0';
  const sessions = new CredentialSessions(store, context.secrets.onDidChange, log, userAgentFor(version));
  const services: CredentialServices = { store, sessions, log };

  context.subscriptions.push(
    sessions,
    registerSignInCommand(services),
    registerSignInWithServiceAccountCommand(services),
    registerSignOutCommand(services),
    registerSwitchProfileCommand(services),
    registerImportAtlasCliProfileCommand(services),
    registerAddProjectCommand(services),
    registerRemoveProjectCommand(services),
  );
  if (hooks) context.subscriptions.push(registerTestHook(context, store, sessions, hooks));
  return sessions;
}
