// Profile changes Atlas must confirm first: a sign-in is saved only after the keys worked, a project is pinned only
// after Atlas returned it. No `vscode` import; the commands add the prompts, progress and messages.
import type { AtlasProject, Page, PageRequest } from '../atlas';
import type { PinnedProject, Profile, ProfileSecret } from './model';
import type { ProfileStore } from './profileStore';
import { suggestProfileName } from './validation';

export interface AtlasReader {
  listProjectsPage(page: PageRequest, signal?: AbortSignal): Promise<Page<AtlasProject>>;
  getProject(groupId: string, signal?: AbortSignal): Promise<AtlasProject>;
}

export interface SignInDraft {
  /** Empty or undefined: a name is suggested from the base URL. */
  name?: string;
  /** Normalized (see `normalizeBaseUrl`). */
  baseUrl: string;
  secret: ProfileSecret;
}

/**
 * Checks the credentials with `GET /groups?itemsPerPage=1` (one authenticated request), then saves the profile and
 * makes it active. Throws the client's AtlasApiError when Atlas refuses, and then nothing is saved.
 */
export async function verifyAndSaveProfile(store: ProfileStore, client: AtlasReader, draft: SignInDraft, signal?: AbortSignal): Promise<Profile> {
  await client.listProjectsPage({ pageNum: 1, itemsPerPage: 1 }, signal);
  const name = draft.name?.trim() || store.uniqueName(suggestProfileName(draft.baseUrl, draft.secret.kind));
  return store.add({ name, kind: draft.secret.kind, baseUrl: draft.baseUrl }, draft.secret);
}

/** Fetches the project (`GET /groups/{id}`) and pins it, with its name, on the profile. Throws AtlasApiError or ProfileStoreError. */
export async function fetchAndPinProject(store: ProfileStore, client: AtlasReader, profileId: string, projectId: string, signal?: AbortSignal): Promise<PinnedProject> {
  const id = projectId.trim().toLowerCase();
  const project = await client.getProject(id, signal);
  const pinned: PinnedProject = { id, name: project.name };
  await store.addProject(profileId, pinned);
  return pinned;
}
