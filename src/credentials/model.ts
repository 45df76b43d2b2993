// Profiles, their secrets, and the storage interfaces the pure credential modules run on.
// `vscode.Memento` and `vscode.SecretStorage` satisfy these interfaces, and so do plain in-memory fakes in unit tests.
import type { AtlasClientOptions } from '../atlas';

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
