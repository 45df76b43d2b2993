// A command the integration tests use to look at what the credentials module persisted. Registered only when the
// extension runs under test (extension development/test mode, or ATLAS_PRIVATE_ENDPOINTS_TEST_HOOKS=1 set by a
// launcher). It reports whether secrets exist, never their values.
import * as vscode from 'vscode';
import type { SecretStore } from './model';
import { secretKeyFor } from './model';
import type { ProfileStore } from './profileStore';
import type { SessionProvider } from '../session';

export const TEST_HOOK_COMMAND = 'atlasPrivateEndpoints.test.credentialsState';

export function testHooksEnabled(context: vscode.ExtensionContext): boolean {
  return context.extensionMode !== vscode.ExtensionMode.Production || process.env.ATLAS_PRIVATE_ENDPOINTS_TEST_HOOKS === '1';
}

/** SecretStorage that can be made to throw, to show how the extension behaves on Linux without a keyring. */
export class SwitchableSecretStore implements SecretStore {
  failing = false;

  constructor(private readonly inner: vscode.SecretStorage) {}

  get(key: string): Thenable<string | undefined> {
    return this.failing ? Promise.reject(new Error('Simulated keyring failure')) : this.inner.get(key);
  }

  store(key: string, value: string): Thenable<void> {
    return this.failing ? Promise.reject(new Error('Simulated keyring failure')) : this.inner.store(key, value);
  }

  delete(key: string): Thenable<void> {
    return this.failing ? Promise.reject(new Error('Simulated keyring failure')) : this.inner.delete(key);
  }
}

export interface CredentialsState {
  activeProfileId: string | undefined;
  profiles: ReturnType<ProfileStore['profiles']>;
  /** Everything this extension keeps in globalState, as stored. */
  globalState: Record<string, unknown>;
  /** For every profile's secret key and every key asked for: whether SecretStorage holds a value. */
  secretPresent: Record<string, boolean>;
  /** What `SessionProvider.current()` returns, reduced to ids (undefined when signed out or secrets are unreadable). */
  session: { profileId: string; baseUrl: string; projectIds: string[] } | undefined;
}

export function registerTestHook(
  context: vscode.ExtensionContext,
  store: ProfileStore,
  sessions: SessionProvider,
  secrets: SwitchableSecretStore,
): vscode.Disposable {
  return vscode.commands.registerCommand(TEST_HOOK_COMMAND, async (args?: { secretKeys?: string[]; failSecretStorage?: boolean }): Promise<CredentialsState> => {
    if (typeof args?.failSecretStorage === 'boolean') secrets.failing = args.failSecretStorage;
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
  });
}
