// Profile secrets and the storage interfaces the pure credential modules run on.
// `vscode.Memento` and `vscode.SecretStorage` satisfy these interfaces, and so do plain in-memory fakes in unit tests.
import type { AtlasClientOptions } from '../atlas';

export type ProfileSecret =
  | { kind: 'apiKey'; publicKey: string; privateKey: string }
  | { kind: 'serviceAccount'; clientId: string; clientSecret: string };

/** The AtlasClient options that authenticate with this secret. */
export function clientCredentials(secret: ProfileSecret): Pick<AtlasClientOptions, 'publicKey' | 'privateKey' | 'serviceAccount'> {
  return secret.kind === 'apiKey'
    ? { publicKey: secret.publicKey, privateKey: secret.privateKey }
    : { serviceAccount: { clientId: secret.clientId, clientSecret: secret.clientSecret } };
}

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
