// Profile changes Atlas must confirm first: a sign-in (or an Atlas CLI import) is saved only after the keys worked, a
// project is pinned only after Atlas returned it. No `vscode` import; the commands add the prompts, progress and messages.
import { isCancellation, type AtlasProject, type Page, type PageRequest } from '../atlas';
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
  await verifyCredentials(client, signal);
  const name = draft.name?.trim() || store.uniqueName(suggestProfileName(draft.baseUrl, draft.secret.kind));
  return store.add({ name, kind: draft.secret.kind, baseUrl: draft.baseUrl }, draft.secret);
}

/** One authenticated request (`GET /groups?itemsPerPage=1`) that any working key or service account may make. */
async function verifyCredentials(client: AtlasReader, signal?: AbortSignal): Promise<void> {
  await client.listProjectsPage({ pageNum: 1, itemsPerPage: 1 }, signal);
}

/** What Atlas said about one item's credentials: accepted, or the client's error (which never holds a key). */
export type CredentialCheck<T> = { readonly item: T; readonly accepted: true } | { readonly item: T; readonly accepted: false; readonly error: unknown };

export interface CheckEachOptions<T> {
  /** At most this many checks in flight at once. */
  readonly concurrency: number;
  /** Aborts the checks in flight; then checkEachCredentials rejects and nothing should be saved. */
  readonly signal?: AbortSignal;
  /** Called once per item when its answer arrives, with how many have been answered so far. */
  readonly onChecked?: (check: CredentialCheck<T>, answered: number) => void;
}

/**
 * Checks the credentials of several items (profiles about to be imported) with one request each, as a sign-in does, at
 * most `concurrency` at a time. `clientFor` builds the item's client; it is closed after its answer. Resolves with one
 * check per item, in the items' order; rejects when `signal` aborts (or a client reports a cancellation).
 */
export async function checkEachCredentials<T>(
  items: readonly T[],
  clientFor: (item: T) => AtlasReader & { close?(): void },
  options: CheckEachOptions<T>,
): Promise<CredentialCheck<T>[]> {
  const { signal, onChecked } = options;
  const checks: CredentialCheck<T>[] = new Array(items.length);
  let next = 0;
  let answered = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      signal?.throwIfAborted();
      const index = next++;
      const item = items[index];
      let client: (AtlasReader & { close?(): void }) | undefined;
      try {
        client = clientFor(item);
        await verifyCredentials(client, signal);
        checks[index] = { item, accepted: true };
      } catch (error) {
        if (signal?.aborted || isCancellation(error)) throw error;
        checks[index] = { item, accepted: false, error };
      } finally {
        client?.close?.();
      }
      onChecked?.(checks[index], ++answered);
    }
  };
  const workers = Math.max(1, Math.min(Math.floor(options.concurrency), items.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return checks;
}

/**
 * The rule for which imported profile becomes active (README, "Commands"), the same from the picker and from arguments:
 * only when the person chose exactly one importable profile, and only when Atlas accepted it and it was saved. When
 * several were chosen, the active profile does not change: the person did not say which one they meant.
 */
export function profileToActivate(chosenImportable: number, saved: readonly { profileId: string }[]): string | undefined {
  return chosenImportable === 1 && saved.length === 1 ? saved[0].profileId : undefined;
}

/** Fetches the project (`GET /groups/{id}`) and pins it, with its name, on the profile. Throws AtlasApiError or ProfileStoreError. */
export async function fetchAndPinProject(store: ProfileStore, client: AtlasReader, profileId: string, projectId: string, signal?: AbortSignal): Promise<PinnedProject> {
  const id = projectId.trim().toLowerCase();
  const project = await client.getProject(id, signal);
  const pinned: PinnedProject = { id, name: project.name };
  await store.addProject(profileId, pinned);
  return pinned;
}
