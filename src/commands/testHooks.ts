// A command the integration tests use to look at what the credentials module persisted. Registered only when the
// extension runs under test (see credentials/switchableSecretStore.ts). It reports whether secrets exist, never their values.
import * as vscode from 'vscode';
import { secretKeyFor, type Profile } from '../credentials/model';
import type { ProfileStore } from '../credentials/profileStore';
import type { SwitchableSecretStore } from '../credentials/switchableSecretStore';
import type { SessionProvider } from '../session';
import type { Confirmation, ScriptedConfirmations } from './confirm';

export interface CredentialsState {
  activeProfileId: string | undefined;
  profiles: Profile[];
  /** Everything this extension keeps in globalState, as stored. */
  globalState: Record<string, unknown>;
  /** For every profile's secret key and every key asked for: whether SecretStorage holds a value. */
  secretPresent: Record<string, boolean>;
  /** What `SessionProvider.current()` returns, reduced to ids (undefined when signed out or secrets are unreadable). */
  session: { profileId: string; baseUrl: string; projectIds: string[] } | undefined;
}

export interface CredentialsStateArgs {
  secretKeys?: string[];
  /** Makes the extension's SecretStorage throw (true) or work again (false). */
  failSecretStorage?: boolean;
}

export async function credentialsState(
  context: vscode.ExtensionContext,
  services: { store: ProfileStore; sessions: SessionProvider; testSecrets: SwitchableSecretStore },
  args?: CredentialsStateArgs,
): Promise<CredentialsState> {
  const { store, sessions, testSecrets } = services;
  if (typeof args?.failSecretStorage === 'boolean') testSecrets.failing = args.failSecretStorage;
  const globalState: Record<string, unknown> = {};
  for (const key of context.globalState.keys()) globalState[key] = context.globalState.get(key);
  const keys = new Set([...store.profiles().map((profile) => secretKeyFor(profile.id)), ...(args?.secretKeys ?? [])]);
  const secretPresent: Record<string, boolean> = {};
  for (const key of keys) secretPresent[key] = (await context.secrets.get(key)) !== undefined;
  const session = await sessions.current();
  return {
    activeProfileId: store.active()?.id,
    profiles: store.profiles(),
    globalState,
    secretPresent,
    session: session && { profileId: session.profile.id, baseUrl: session.client.baseUrl, projectIds: session.profile.projects.map((project) => project.id) },
  };
}

export interface ConfirmationsArgs {
  /** How the next confirmations are answered; `dialog` shows the real modal dialog again. Unchanged when absent. */
  answer?: 'accept' | 'decline' | 'dialog';
}

/** Sets how confirmations are answered, and hands over (and forgets) those asked since the last call. */
export function answerConfirmations(scripted: ScriptedConfirmations, args?: ConfirmationsArgs): Confirmation[] {
  if (args?.answer !== undefined) scripted.answer = args.answer === 'dialog' ? undefined : args.answer;
  return scripted.asked.splice(0);
}
