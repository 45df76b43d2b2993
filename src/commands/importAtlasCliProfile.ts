// Atlas: Import Profile from Atlas CLI…
import { readFile, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import * as vscode from 'vscode';
import { AtlasCliConfigError, atlasCliConfigPath, parseAtlasCliConfig, type AtlasCliProfile } from '../credentials/atlasCliConfig';
import { explainCredentialCheckFailure, isAtlasErrorLike, isCancellation } from '../atlas';
import type { ProfileSecret } from '../credentials/model';
import { SecretStorageUnavailableError } from '../credentials/profileStore';
import { explainSecretStorageFailure } from '../credentials/secretStorageProblem';
import { profileNameFrom, validateProfileName } from '../credentials/validation';
import { checkEachCredentials, profileToActivate, type CredentialCheck } from '../credentials/verifiedChanges';
import { outsideText } from '../outsideText';
import { foreignHosts, foreignHostWarning } from './confirm';
import { failure, restrictedMode, type CommandResult } from './result';
import type { CommandServices } from './services';
import { requireWorkspaceTrust, withCancellableProgress } from './ui';

const MAX_CONFIG_BYTES = 1024 * 1024;

interface ImportedProfile {
  cliProfile: string;
  profileId: string;
  profileName: string;
}

interface SkippedProfile {
  cliProfile: string;
  reason: string;
}

/** A profile whose keys Atlas did not accept, or could not be asked about: not saved. */
interface RefusedProfile {
  cliProfile: string;
  /** The AtlasApiError kind (`unauthorized`, `ipNotAllowed`, `network`, …). */
  reason: string;
  /** What the person was shown; never holds a key. */
  message: string;
}

interface Candidate {
  cliProfile: AtlasCliProfile;
  secret: ProfileSecret;
}

/**
 * `imported` were checked with Atlas and saved; `refused` were not saved because the check failed; `skipped` could not
 * be imported at all; `activeProfileId` is set when the import made a profile active. Fails when nothing could be read
 * (no file, malformed TOML: reason `unreadableConfig`; no profile in it: `noProfiles`), when the person cancelled the
 * check (`cancelled`; nothing saved), or when secret storage failed (`secretStorage`; the profiles saved before stay).
 */
export type ImportResult = CommandResult<{ imported: ImportedProfile[]; skipped: SkippedProfile[]; refused: RefusedProfile[]; activeProfileId?: string }>;

interface CliProfileItem extends vscode.QuickPickItem {
  profile: AtlasCliProfile;
}

/**
 * Reads the Atlas CLI's config.toml (or `ATLAS_CLI_CONFIG`), lets the person pick profiles, checks each one's keys with
 * Atlas as a sign-in does, and copies the accepted keys into secret storage and their `project_id` into the project
 * list. Optional argument `{ configPath?, profiles?: string[] }`: with `profiles` no picker is shown (tests and
 * automation), but the person confirms the import (commands/confirm.ts), as they do for any profile whose host is not
 * Atlas. Which profile becomes active: `profileToActivate`. Resolves to an ImportResult, undefined when cancelled.
 */
export async function importAtlasCliProfiles(services: CommandServices, args?: unknown): Promise<ImportResult | undefined> {
  if (!requireWorkspaceTrust()) return restrictedMode();
  const options = readArgs(args);
  const configPath = options.configPath ?? atlasCliConfigPath(process.env, process.platform, homedir());

  let profiles: AtlasCliProfile[];
  try {
    profiles = parseAtlasCliConfig(await readConfig(configPath), vscode.l10n);
  } catch (error) {
    return failed(services, 'unreadableConfig', describeReadFailure(error, outsideText(configPath)));
  }
  if (profiles.length === 0) {
    return failed(services, 'noProfiles', vscode.l10n.t('The Atlas CLI config file {0} has no profiles. Run "atlas config init" first.', outsideText(configPath)));
  }

  const chosen = options.profiles ? profiles.filter((profile) => options.profiles?.includes(profile.name)) : await pickProfiles(services, profiles);
  if (!chosen) return undefined;
  if (!(await confirmImport(services, configPath, chosen, args !== undefined))) {
    return args === undefined ? undefined : failure('notConfirmed', vscode.l10n.t('The import was not confirmed. Nothing was imported.'));
  }

  const skipped: SkippedProfile[] = [];
  const candidates: Candidate[] = [];
  for (const cliProfile of chosen) {
    if (!cliProfile.status.importable) {
      skipped.push({ cliProfile: cliProfile.name, reason: cliProfile.status.reason });
      continue;
    }
    const named = importName(services, cliProfile.name);
    if ('problem' in named) skipped.push({ cliProfile: cliProfile.name, reason: named.problem });
    else candidates.push({ cliProfile, secret: cliProfile.status.secret });
  }

  // Every key is checked with Atlas before anything is saved, so that a Cancel leaves nothing behind.
  let checks: CredentialCheck<Candidate>[];
  try {
    checks = candidates.length === 0 ? [] : await checkWithAtlas(services, candidates);
  } catch (error) {
    if (!isCancellation(error)) throw error;
    const message = vscode.l10n.t('Import cancelled. Nothing was saved.');
    services.log.info(`Atlas CLI import: ${message}`);
    void vscode.window.showInformationMessage(message);
    return failure('cancelled', message);
  }
  const refused = checks.flatMap((check): RefusedProfile[] =>
    check.accepted
      ? []
      : [
          {
            cliProfile: check.item.cliProfile.name,
            reason: isAtlasErrorLike(check.error) ? check.error.kind : 'unknown',
            message: explainCredentialCheckFailure(check.error, check.item.secret.kind, vscode.l10n),
          },
        ],
  );

  const imported: ImportedProfile[] = [];
  let storageFailure: string | undefined;
  for (const { item: candidate } of checks.filter((check) => check.accepted)) {
    const named = importName(services, candidate.cliProfile.name);
    if ('problem' in named) {
      skipped.push({ cliProfile: candidate.cliProfile.name, reason: named.problem });
      continue;
    }
    try {
      const profile = await services.store.add(
        {
          name: named.name,
          kind: candidate.secret.kind,
          baseUrl: candidate.cliProfile.baseUrl,
          projects: candidate.cliProfile.projectId ? [{ id: candidate.cliProfile.projectId }] : [],
        },
        candidate.secret,
        { activate: false },
      );
      imported.push({ cliProfile: candidate.cliProfile.name, profileId: profile.id, profileName: profile.name });
    } catch (error) {
      if (!(error instanceof SecretStorageUnavailableError)) throw error;
      explainSecretStorageFailure(error, services.log);
      storageFailure = error.message;
      break;
    }
  }
  const chosenProfile = profileToActivate(chosen.filter((profile) => profile.status.importable).length, imported);
  if (chosenProfile) await services.store.setActive(chosenProfile);
  if (imported.length > 0) services.sessions.refresh();
  // Also set when no profile was active before: then the first saved one is used, as after a sign-out.
  const activeProfileId = imported.find((entry) => entry.profileId === services.store.active()?.id)?.profileId;
  report(services, { imported, skipped, refused, activeProfileId });
  return storageFailure === undefined ? { ok: true, imported, skipped, refused, activeProfileId } : failure('secretStorage', storageFailure);
}

/** The profile name an Atlas CLI profile gets, named like a typed one: the table name may hold anything TOML allows. */
function importName(services: CommandServices, cliName: string): { name: string } | { problem: string } {
  const name = services.store.uniqueName(profileNameFrom(cliName));
  const problem = validateProfileName(name, services.store.profiles().map((profile) => profile.name), vscode.l10n);
  return problem ? { problem } : { name };
}

/** One request per profile, at most `maxConcurrentRequests` at a time, under a notification with Cancel. */
function checkWithAtlas(services: CommandServices, candidates: readonly Candidate[]): Thenable<CredentialCheck<Candidate>[]> {
  const progress = services.progress ?? withCancellableProgress;
  const title =
    candidates.length === 1
      ? vscode.l10n.t('Checking the keys of Atlas CLI profile "{0}" with Atlas…', outsideText(candidates[0].cliProfile.name, { maxLength: 64 }))
      : vscode.l10n.t('Checking the keys of {0} Atlas CLI profiles with Atlas…', candidates.length);
  return progress(title, (signal, step) =>
    checkEachCredentials(candidates, (candidate) => services.sessions.createClient(candidate.cliProfile.baseUrl, candidate.secret), {
      concurrency: services.sessions.clientSettings().maxConcurrentRequests,
      signal,
      onChecked: (_check, answered) => step.report({ message: vscode.l10n.t('{0} of {1} answered', answered, candidates.length), increment: 100 / candidates.length }),
    }),
  );
}

/** Asked when the import was started with arguments, or when a chosen profile points anywhere but Atlas. */
async function confirmImport(services: CommandServices, configPath: string, chosen: readonly AtlasCliProfile[], fromArguments: boolean): Promise<boolean> {
  const importable = chosen.filter((profile) => profile.status.importable);
  const hosts = foreignHosts(importable.map((profile) => profile.baseUrl));
  if (importable.length === 0 || (!fromArguments && hosts.length === 0)) return true;
  const names = importable.map((profile) => `"${outsideText(profile.name, { maxLength: 64 })}"`).join(', ');
  const why = fromArguments
    ? vscode.l10n.t('A command link, task or another extension asked to import the Atlas CLI profiles {0} from {1}, with their keys.', names, outsideText(configPath))
    : vscode.l10n.t('The Atlas CLI profiles {0} will be imported with their keys.', names);
  const then =
    importable.length === 1
      ? vscode.l10n.t('Atlas checks the keys first; only if it accepts them is the profile saved, and it becomes the active profile.')
      : vscode.l10n.t('Atlas checks the keys of each profile first; only those it accepts are saved, and the active profile does not change.');
  return services.confirm({
    message: vscode.l10n.t('Import Atlas CLI profiles?'),
    detail: [`${why} ${then}`, foreignHostWarning(importable.map((profile) => profile.baseUrl))].filter(Boolean).join('\n\n'),
    action: vscode.l10n.t('Import'),
  });
}

function readArgs(args: unknown): { configPath?: string; profiles?: string[] } {
  if (typeof args !== 'object' || args === null) return {};
  const { configPath, profiles } = args as Record<string, unknown>;
  return {
    configPath: typeof configPath === 'string' && configPath ? configPath : undefined,
    profiles: Array.isArray(profiles) ? profiles.filter((name): name is string => typeof name === 'string') : undefined,
  };
}

async function readConfig(configPath: string): Promise<string> {
  const info = await stat(configPath);
  if (info.size > MAX_CONFIG_BYTES) throw new AtlasCliConfigError(vscode.l10n.t('The Atlas CLI config file is larger than 1 MB; it is not read.'));
  return readFile(configPath, 'utf8');
}

function describeReadFailure(error: unknown, configPath: string): string {
  if (error instanceof AtlasCliConfigError) return `${error.message} (${configPath})`;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') {
    return vscode.l10n.t('There is no Atlas CLI config file at {0}. Run "atlas config init" first, or sign in with an API key.', configPath);
  }
  if (code === 'EACCES' || code === 'EPERM') return vscode.l10n.t('The Atlas CLI config file {0} cannot be read: permission denied.', configPath);
  return vscode.l10n.t('The Atlas CLI config file {0} cannot be read ({1}).', configPath, code ?? String(error));
}

async function pickProfiles(services: CommandServices, profiles: AtlasCliProfile[]): Promise<AtlasCliProfile[] | undefined> {
  const existing = new Set(services.store.profiles().map((profile) => profile.name.toLowerCase()));
  const items = profiles.map((profile): CliProfileItem => {
    const alreadyThere = existing.has(profileNameFrom(profile.name).toLowerCase());
    const name = outsideText(profile.name, { maxLength: 100 });
    if (!profile.status.importable) {
      return { label: `$(lock) ${name}`, description: vscode.l10n.t('cannot be imported'), detail: outsideText(profile.status.reason), profile };
    }
    const kind = profile.status.secret.kind === 'serviceAccount' ? vscode.l10n.t('service account') : vscode.l10n.t('API key');
    const project = profile.projectId ? vscode.l10n.t('project {0}', profile.projectId) : vscode.l10n.t('no project');
    return {
      label: name,
      description: alreadyThere ? `${kind} · ${vscode.l10n.t('a profile with this name exists')}` : kind,
      detail: `${outsideText(profile.baseUrl, { maxLength: 120 })} · ${project}`,
      picked: !alreadyThere,
      profile,
    };
  });
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Import Profiles from Atlas CLI'),
    placeHolder: vscode.l10n.t('Choose the profiles to copy into VS Code (keys go to secret storage)'),
    canPickMany: true,
    ignoreFocusOut: true,
  });
  return picked?.map((item) => item.profile);
}

function failed(services: CommandServices, reason: string, message: string): ImportResult {
  services.log.warn(`Atlas CLI import: ${message}`);
  void vscode.window.showErrorMessage(message);
  return failure(reason, message);
}

interface ImportOutcome {
  imported: readonly ImportedProfile[];
  skipped: readonly SkippedProfile[];
  refused: readonly RefusedProfile[];
  activeProfileId?: string;
}

function report(services: CommandServices, { imported, skipped, refused, activeProfileId }: ImportOutcome): void {
  const { log } = services;
  const cliName = (name: string) => `"${outsideText(name, { maxLength: 100 })}"`;
  for (const entry of skipped) log.info(`Atlas CLI profile ${cliName(entry.cliProfile)} not imported: ${outsideText(entry.reason)}`);
  for (const entry of refused) log.warn(`Atlas CLI profile ${cliName(entry.cliProfile)} not saved: ${entry.message}`);
  if (imported.length > 0) log.info(`Imported Atlas CLI profiles: ${imported.map((entry) => entry.profileName).join(', ')}.`);

  const parts: string[] = [];
  if (imported.length > 0) {
    parts.push(vscode.l10n.t('Imported from the Atlas CLI: {0}.', imported.map((entry) => `"${entry.profileName}"`).join(', ')));
    const active = imported.find((entry) => entry.profileId === activeProfileId);
    parts.push(active ? vscode.l10n.t('"{0}" is now the active profile.', active.profileName) : vscode.l10n.t('The active profile did not change; Switch Profile changes it.'));
  }
  if (refused.length > 0) {
    parts.push(vscode.l10n.t('Not saved, because the check with Atlas failed:'));
    parts.push(...refused.map((entry) => `${cliName(entry.cliProfile)}: ${entry.message}`));
    parts.push(vscode.l10n.t('Fix the keys (or what the message names), then import again.'));
  }
  if (skipped.length > 0) {
    parts.push(imported.length > 0 || refused.length > 0 ? vscode.l10n.t('Not imported:') : vscode.l10n.t('No profile was imported.'));
    parts.push(...skipped.map((entry) => vscode.l10n.t('{0}: {1}', cliName(entry.cliProfile), outsideText(entry.reason))));
  }
  if (parts.length === 0) return;
  const message = parts.join(' ');
  if (refused.length === 0) {
    void (imported.length > 0 ? vscode.window.showInformationMessage(message) : vscode.window.showWarningMessage(message));
    return;
  }
  const showLog = vscode.l10n.t('Show Log');
  const shown = imported.length > 0 ? vscode.window.showWarningMessage(message, showLog) : vscode.window.showErrorMessage(message, showLog);
  void shown.then((choice) => {
    if (choice === showLog) log.show();
  });
}
