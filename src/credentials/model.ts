// Profile secrets and the storage interfaces the pure credential modules run on.
// `vscode.Memento` and `vscode.SecretStorage` satisfy these interfaces, and so do plain in-memory fakes in unit tests.

export type ProfileSecret =
  | { kind: 'apiKey'; publicKey: string; privateKey: string }
  | { kind: 'serviceAccount'; clientId: string; clientSecret: string };

export interface KeyValueStore {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): Thenable<void>;
}

export interface SecretStore {
  get(key: string): Thenable<string | undefined>;
  store(key: string, value: string): Thenable<void>;
  delete(key: string): Thenable<void>;
}

/** globalState keys (non-secret data only) and the SecretStorage key prefix. */
export const STATE_KEYS = {
  profiles: 'atlasPrivateEndpoints.profiles',
  activeProfileId: 'atlasPrivateEndpoints.activeProfileId',
  environmentProjects: 'atlasPrivateEndpoints.environmentProjects',
} as const;
export const SECRET_KEY_PREFIX = 'atlasPrivateEndpoints.profile.';

export function secretKeyFor(profileId: string): string {
  return SECRET_KEY_PREFIX + profileId;
}

export const ENVIRONMENT_PROFILE_ID = 'environment';
