// The seam between credentials (who is signed in, with which projects) and the tree and commands that use them.
import type * as vscode from 'vscode';
import type { AtlasClient } from './atlas';

export type ProfileKind = 'apiKey' | 'serviceAccount' | 'environment';

export interface PinnedProject {
  id: string;
  /** Name fetched from Atlas when the project was added; absent when the fetch failed. */
  name?: string;
}

/** Non-secret profile data. Secrets live only in SecretStorage (or the environment for the `environment` profile). */
export interface Profile {
  id: string;
  name: string;
  kind: ProfileKind;
  baseUrl: string;
  projects: PinnedProject[];
  /** The `environment` profile cannot be edited or signed out of. */
  readOnly: boolean;
}

export interface AtlasSession {
  readonly profile: Profile;
  readonly client: AtlasClient;
}

export interface SessionProvider {
  /** Fires when the active profile, its projects, its secrets or the client settings change. */
  readonly onDidChange: vscode.Event<void>;
  /** The active profile with a ready client, or undefined when signed out (or secrets are unavailable). */
  current(): Promise<AtlasSession | undefined>;
}
