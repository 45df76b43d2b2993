// Helpers of the credentials suite: the extension's test hook (what it persisted), profiles, settings.
import * as vscode from 'vscode';
import { secretKeyFor } from '../../src/credentials/model';
import type { Confirmation } from '../../src/commands/confirm';
import type { CredentialsState, CredentialsStateArgs } from '../../src/commands/testHooks';
import { TEST_COMMANDS } from '../../src/ids';
import { EXTENSION_ID, activatedExtension, emulatorInfo } from './env';

export { secretKeyFor };

export async function credentialsState(args: CredentialsStateArgs = {}): Promise<CredentialsState> {
  const commands = await vscode.commands.getCommands(true);
  if (!commands.includes(TEST_COMMANDS.credentialsState)) {
    throw new Error(
      `${TEST_COMMANDS.credentialsState} is not registered: start the extension host with ATLAS_PRIVATE_ENDPOINTS_TEST_HOOKS=1 (or in extension test mode).`,
    );
  }
  return vscode.commands.executeCommand<CredentialsState>(TEST_COMMANDS.credentialsState, args);
}

/**
 * How the extension answers the confirmations of commands started with arguments from now on (the test hook stands in
 * for a click in the modal dialog); returns, and forgets, the confirmations asked since the last call.
 */
export async function answerConfirmations(answer?: 'accept' | 'decline' | 'dialog'): Promise<Confirmation[]> {
  await activatedExtension();
  return (await vscode.commands.executeCommand<Confirmation[]>(TEST_COMMANDS.confirmations, answer === undefined ? {} : { answer })) ?? [];
}

/** Signs out of every saved profile, so each test starts from none. */
export async function signOutEverywhere(): Promise<void> {
  const state = await credentialsState({ failSecretStorage: false });
  for (const profile of state.profiles.filter((candidate) => !candidate.readOnly)) {
    await vscode.commands.executeCommand('atlasPrivateEndpoints.signOut', { profileId: profile.id });
  }
}

export interface ServiceAccount {
  clientId: string;
  clientSecret: string;
}

export function emulatorServiceAccount(): ServiceAccount {
  const account = emulatorInfo().serviceAccount as Partial<ServiceAccount> | undefined;
  if (typeof account?.clientId !== 'string' || typeof account.clientSecret !== 'string') {
    throw new Error('The emulator info has no serviceAccount { clientId, clientSecret }.');
  }
  return { clientId: account.clientId, clientSecret: account.clientSecret };
}

/** Every contributed setting at every level (default, user, workspace, folder), as one string, to search for keys. */
export function allSettingsText(): string {
  const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { contributes: { configuration: { properties: object } } };
  const configuration = vscode.workspace.getConfiguration();
  const values = Object.keys(manifest.contributes.configuration.properties).map((key) => configuration.inspect(key));
  return JSON.stringify(values);
}
