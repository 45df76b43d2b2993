// Profiles: non-secret data in a key-value store (globalState), each profile's keys in one SecretStorage entry.
// No `vscode` import, so it runs in plain Node against in-memory stores.
import { randomUUID } from 'node:crypto';
import type { EnvironmentProfileSource } from './environment';
import { ENVIRONMENT_PROFILE_ID, STATE_KEYS, secretKeyFor, type KeyValueStore, type PinnedProject, type Profile, type ProfileSecret, type SecretStore } from './model';

export interface NewProfile {
  name: string;
  kind: 'apiKey' | 'serviceAccount';
  baseUrl: string;
  projects?: PinnedProject[];
}

type StoredProfile = Omit<Profile, 'readOnly'>;

/** SecretStorage threw (typically Linux without a keyring). Carries no secret. */
export class SecretStorageUnavailableError extends Error {
  constructor(readonly operation: 'read' | 'write' | 'delete', cause: unknown) {
    super(`Secret storage failed to ${operation}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'SecretStorageUnavailableError';
  }
}

export type ProfileStoreErrorCode = 'unknownProfile' | 'readOnly' | 'duplicateName' | 'duplicateProject' | 'environmentProject' | 'unknownProject';

export class ProfileStoreError extends Error {
  constructor(readonly code: ProfileStoreErrorCode, message: string) {
    super(message);
    this.name = 'ProfileStoreError';
  }
}

export class ProfileStore {
  /** Mutations run one after another so that two quick commands cannot overwrite each other's update. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly state: KeyValueStore,
    private readonly secrets: SecretStore,
    private readonly environment: EnvironmentProfileSource | undefined,
    private readonly newId: () => string = randomUUID,
  ) {}

  /** The environment profile (when present) first, then the saved profiles in the order they were added. */
  profiles(): Profile[] {
    const saved = this.savedProfiles().map((profile): Profile => ({ ...profile, projects: [...profile.projects], readOnly: false }));
    const environment = this.environmentProfile();
    return environment ? [environment, ...saved] : saved;
  }

  get(id: string): Profile | undefined {
    return this.profiles().find((profile) => profile.id === id);
  }

  /** The chosen profile; else the first saved one; else the environment profile. */
  active(): Profile | undefined {
    const all = this.profiles();
    const chosen = this.state.get<string>(STATE_KEYS.activeProfileId);
    return all.find((profile) => profile.id === chosen) ?? all.find((profile) => !profile.readOnly) ?? all[0];
  }

  setActive(id: string): Promise<void> {
    return this.exclusive(async () => {
      this.require(id);
      await this.state.update(STATE_KEYS.activeProfileId, id);
    });
  }

  /** The profile's keys, or undefined when none are stored (or the entry is unreadable). */
  async secretFor(profile: Profile): Promise<ProfileSecret | undefined> {
    if (profile.kind === 'environment') return this.environment?.secret;
    let raw: string | undefined;
    try {
      raw = await this.secrets.get(secretKeyFor(profile.id));
    } catch (error) {
      throw new SecretStorageUnavailableError('read', error);
    }
    return raw === undefined ? undefined : parseSecret(raw);
  }

  /**
   * Saves a profile and its keys, and makes it the active profile unless `activate` is false. Nothing is kept when the
   * keys cannot be stored.
   */
  add(data: NewProfile, secret: ProfileSecret, { activate = true }: { activate?: boolean } = {}): Promise<Profile> {
    return this.exclusive(async () => {
      const name = data.name.trim();
      if (this.nameTaken(name)) throw new ProfileStoreError('duplicateName', `A profile named "${name}" already exists.`);
      const stored: StoredProfile = { id: this.newId(), name, kind: data.kind, baseUrl: data.baseUrl, projects: dedupe(data.projects ?? []) };
      const before = this.savedProfiles();
      // The profile list is written before the secret so that another window, woken by the secret's change event,
      // finds the profile it belongs to.
      await this.state.update(STATE_KEYS.profiles, [...before, stored]);
      try {
        await this.secrets.store(secretKeyFor(stored.id), JSON.stringify(secret));
      } catch (error) {
        await this.state.update(STATE_KEYS.profiles, before);
        throw new SecretStorageUnavailableError('write', error);
      }
      if (activate) await this.state.update(STATE_KEYS.activeProfileId, stored.id);
      return { ...stored, readOnly: false };
    });
  }

  /** Deletes the profile's keys, then the profile. When the keys cannot be deleted the profile stays, to try again. */
  remove(id: string): Promise<void> {
    return this.exclusive(async () => {
      const profile = this.require(id);
      if (profile.readOnly) throw new ProfileStoreError('readOnly', 'The environment profile comes from environment variables.');
      try {
        await this.secrets.delete(secretKeyFor(id));
      } catch (error) {
        throw new SecretStorageUnavailableError('delete', error);
      }
      await this.state.update(
        STATE_KEYS.profiles,
        this.savedProfiles().filter((saved) => saved.id !== id),
      );
      if (this.state.get<string>(STATE_KEYS.activeProfileId) === id) await this.state.update(STATE_KEYS.activeProfileId, undefined);
    });
  }

  addProject(profileId: string, project: PinnedProject): Promise<void> {
    return this.exclusive(async () => {
      const profile = this.require(profileId);
      const id = project.id.toLowerCase();
      if (profile.projects.some((pinned) => pinned.id.toLowerCase() === id)) {
        throw new ProfileStoreError('duplicateProject', `Project ${project.id} is already in the list.`);
      }
      const added: PinnedProject = project.name === undefined ? { id } : { id, name: project.name };
      await this.updateProjects(profile, (projects) => [...projects, added]);
    });
  }

  removeProject(profileId: string, projectId: string): Promise<void> {
    return this.exclusive(async () => {
      const profile = this.require(profileId);
      const id = projectId.toLowerCase();
      if (profile.kind === 'environment' && this.environment?.projectId === id) {
        throw new ProfileStoreError('environmentProject', 'This project comes from MONGODB_ATLAS_PROJECT_ID.');
      }
      if (!profile.projects.some((pinned) => pinned.id.toLowerCase() === id)) {
        throw new ProfileStoreError('unknownProject', `Project ${projectId} is not in the list.`);
      }
      await this.updateProjects(profile, (projects) => projects.filter((pinned) => pinned.id.toLowerCase() !== id));
    });
  }

  /** `base`, or `base (2)`, `base (3)`, ... whichever is free. */
  uniqueName(base: string): string {
    if (!this.nameTaken(base)) return base;
    for (let suffix = 2; ; suffix++) {
      const candidate = `${base} (${suffix})`;
      if (!this.nameTaken(candidate)) return candidate;
    }
  }

  private nameTaken(name: string): boolean {
    const lower = name.toLowerCase();
    return this.profiles().some((profile) => profile.name.toLowerCase() === lower);
  }

  private async updateProjects(profile: Profile, change: (projects: PinnedProject[]) => PinnedProject[]): Promise<void> {
    if (profile.kind === 'environment') {
      const userAdded = this.environmentProjects();
      await this.state.update(STATE_KEYS.environmentProjects, change(userAdded));
      return;
    }
    await this.state.update(
      STATE_KEYS.profiles,
      this.savedProfiles().map((saved) => (saved.id === profile.id ? { ...saved, projects: change(saved.projects) } : saved)),
    );
  }

  private require(id: string): Profile {
    const profile = this.get(id);
    if (!profile) throw new ProfileStoreError('unknownProfile', `No profile with id ${id}.`);
    return profile;
  }

  private environmentProfile(): Profile | undefined {
    if (!this.environment) return undefined;
    const fromVariable: PinnedProject[] = this.environment.projectId ? [{ id: this.environment.projectId }] : [];
    return {
      id: ENVIRONMENT_PROFILE_ID,
      name: 'environment',
      kind: 'environment',
      baseUrl: this.environment.baseUrl,
      projects: dedupe([...fromVariable, ...this.environmentProjects()]),
      readOnly: true,
    };
  }

  private environmentProjects(): PinnedProject[] {
    const stored = this.state.get<unknown>(STATE_KEYS.environmentProjects);
    return Array.isArray(stored) ? stored.filter(isPinnedProject) : [];
  }

  private savedProfiles(): StoredProfile[] {
    const stored = this.state.get<unknown>(STATE_KEYS.profiles);
    return Array.isArray(stored) ? stored.filter(isStoredProfile) : [];
  }

  private exclusive<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.queue.then(operation, operation);
    this.queue = result.catch(() => undefined);
    return result;
  }
}

function parseSecret(raw: string): ProfileSecret | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const entry = value as Record<string, unknown>;
  if (entry.kind === 'apiKey' && isText(entry.publicKey) && isText(entry.privateKey)) {
    return { kind: 'apiKey', publicKey: entry.publicKey, privateKey: entry.privateKey };
  }
  if (entry.kind === 'serviceAccount' && isText(entry.clientId) && isText(entry.clientSecret)) {
    return { kind: 'serviceAccount', clientId: entry.clientId, clientSecret: entry.clientSecret };
  }
  return undefined;
}

function dedupe(projects: PinnedProject[]): PinnedProject[] {
  const seen = new Set<string>();
  return projects.filter((project) => {
    const id = project.id.toLowerCase();
    return !seen.has(id) && seen.add(id);
  });
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function isPinnedProject(value: unknown): value is PinnedProject {
  if (typeof value !== 'object' || value === null) return false;
  const project = value as Record<string, unknown>;
  return isText(project.id) && (project.name === undefined || typeof project.name === 'string');
}

function isStoredProfile(value: unknown): value is StoredProfile {
  if (typeof value !== 'object' || value === null) return false;
  const profile = value as Record<string, unknown>;
  return (
    isText(profile.id) &&
    isText(profile.name) &&
    (profile.kind === 'apiKey' || profile.kind === 'serviceAccount') &&
    isText(profile.baseUrl) &&
    Array.isArray(profile.projects) &&
    profile.projects.every(isPinnedProject)
  );
}
