// The seam between credentials (who is signed in, with which projects) and the tree and commands that use them.
import type * as vscode from 'vscode';
import type { AtlasClient } from './atlas';
import type { Profile } from './credentials/model';

export interface AtlasSession {
  readonly profile: Profile;
  readonly client: AtlasClient;
}

export interface SessionProvider {
  /** Fires when the active profile, its projects, its secrets or the client settings change. */
  readonly onDidChange: vscode.Event<void>;
  /**
   * Fires at once (not coalesced, not waiting for the view) when the session's client was closed: sign-out, another
   * profile, new keys or client settings. Whatever was loaded with it must be dropped.
   */
  readonly onDidEnd: vscode.Event<void>;
  /** The active profile with a ready client, or undefined when signed out (or secrets are unavailable). */
  current(): Promise<AtlasSession | undefined>;
}
