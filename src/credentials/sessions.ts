// The SessionProvider the tree and commands use: the active profile plus an AtlasClient built from its keys and the
// settings. Keeps the context keys `atlasPrivateEndpoints.ready` and `.signedIn` in step. Settings and trust changes
// arrive through `refresh` (configuration.ts reacts to them).
import * as vscode from 'vscode';
import { AtlasClient } from '../atlas';
import { CONTEXT_KEYS } from '../ids';
import type { AtlasSession, SessionProvider } from '../session';
import type { ClientSettings } from '../settings';
import { clientCredentials, SECRET_KEY_PREFIX, type ProfileSecret } from './model';
import { SecretStorageUnavailableError, type ProfileStore } from './profileStore';
import { explainSecretStorageFailure } from './secretStorageProblem';

const CHANGE_COALESCE_MS = 50;

export class CredentialSessions implements SessionProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly ended = new vscode.EventEmitter<void>();
  readonly onDidEnd = this.ended.event;
  private readonly disposables: vscode.Disposable[] = [this.changed, this.ended];
  /** Bumped whenever keys or client settings change, so the next `current()` builds a new client. */
  private clientGeneration = 0;
  private cachedClient: { key: string; profileId: string; client: AtlasClient } | undefined;
  private secretProblemShown = false;
  private missingKeysReported: string | undefined;
  private pendingChange: ReturnType<typeof setTimeout> | undefined;
  private contextSequence = 0;

  constructor(
    private readonly store: ProfileStore,
    secretEvents: vscode.Event<vscode.SecretStorageChangeEvent>,
    private readonly log: vscode.LogOutputChannel,
    private readonly readClientSettings: () => ClientSettings,
  ) {
    this.disposables.push(
      // Also fires for sign-in and sign-out in another window.
      secretEvents((event) => {
        if (event.key.startsWith(SECRET_KEY_PREFIX)) this.refresh({ rebuildClient: true });
      }),
    );
    this.updateContextKeys();
  }

  async current(): Promise<AtlasSession | undefined> {
    if (!vscode.workspace.isTrusted) return undefined;
    const profile = this.store.active();
    if (!profile) return undefined;
    let secret: ProfileSecret | undefined;
    try {
      secret = await this.store.secretFor(profile);
    } catch (error) {
      if (!(error instanceof SecretStorageUnavailableError)) throw error;
      if (!this.secretProblemShown) {
        this.secretProblemShown = true;
        explainSecretStorageFailure(error, this.log);
      }
      return undefined;
    }
    this.secretProblemShown = false;
    if (!secret) {
      if (this.missingKeysReported !== profile.id) {
        this.missingKeysReported = profile.id;
        this.log.warn(`Profile "${profile.name}" has no keys in secret storage; sign in again to use it.`);
      }
      return undefined;
    }
    const key = `${this.clientGeneration}:${profile.id}:${profile.baseUrl}`;
    if (this.cachedClient?.key !== key) {
      this.endClient();
      this.cachedClient = { key, profileId: profile.id, client: this.createClient(profile.baseUrl, secret) };
    }
    return { profile, client: this.cachedClient.client };
  }

  /** A client for these credentials with the current settings (also used to check keys before they are saved). */
  createClient(baseUrl: string, secret: ProfileSecret): AtlasClient {
    return new AtlasClient({
      baseUrl,
      ...clientCredentials(secret),
      ...this.readClientSettings(),
      logger: this.log,
    });
  }

  /**
   * Call after the profiles changed: updates the context keys and tells the view. A sign-in both updates globalState and
   * fires a secret change event, so the notifications of one short moment are sent as one.
   */
  refresh(options: { rebuildClient?: boolean } = {}): void {
    if (options.rebuildClient) this.clientGeneration++;
    // The old client ends now, whether or not anything (the view) asks for the session again.
    if (options.rebuildClient || this.cachedClient?.profileId !== this.store.active()?.id || !vscode.workspace.isTrusted) this.endClient();
    this.updateContextKeys();
    this.pendingChange ??= setTimeout(() => {
      this.pendingChange = undefined;
      this.changed.fire();
    }, CHANGE_COALESCE_MS);
  }

  dispose(): void {
    clearTimeout(this.pendingChange);
    this.cachedClient?.client.close();
    this.cachedClient = undefined;
    vscode.Disposable.from(...this.disposables).dispose();
  }

  /** Closes the cached client (its requests abort, its keys are dropped) and says so at once. */
  private endClient(): void {
    if (!this.cachedClient) return;
    this.cachedClient.client.close();
    this.cachedClient = undefined;
    this.ended.fire();
  }

  /** `signedIn` means an active profile whose keys are readable; `ready` is set once, after the first answer. */
  private updateContextKeys(): void {
    const sequence = ++this.contextSequence;
    void this.hasUsableKeys()
      .then(async (signedIn) => {
        if (sequence !== this.contextSequence) return;
        await vscode.commands.executeCommand('setContext', CONTEXT_KEYS.signedIn, signedIn);
        await vscode.commands.executeCommand('setContext', CONTEXT_KEYS.ready, true);
      })
      .catch((error: unknown) => this.log.error(`Could not update the sign-in state: ${String(error)}`));
  }

  private async hasUsableKeys(): Promise<boolean> {
    const profile = this.store.active();
    if (!vscode.workspace.isTrusted || !profile) return false;
    try {
      return (await this.store.secretFor(profile)) !== undefined;
    } catch {
      return false;
    }
  }
}
