// Atlas: Import Profile from Atlas CLI…
import { readFile, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import * as vscode from 'vscode';
import { AtlasCliConfigError, atlasCliConfigPath, parseAtlasCliConfig, type AtlasCliProfile } from '../credentials/atlasCliConfig';
import { SecretStorageUnavailableError } from '../credentials/profileStore';
import { explainSecretStorageFailure } from '../credentials/secretStorageProblem';
import { profileNameFrom, validateProfileName } from '../credentials/validation';
import { outsideText } from '../outsideText';
import { foreignHosts, foreignHostWarning } from './confirm';
import { failure, restrictedMode, type CommandResult } from './result';
import type { CommandServices } from './services';
import { requireWorkspaceTrust } from './ui';

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

/**
 * Fails when nothing could be read (no file, malformed TOML: reason `unreadableConfig`; no profile in it: `noProfiles`)
 * or when secret storage failed (`secretStorage`; the profiles imported before that stay).
 */
export type ImportResult = CommandResult<{ imported: ImportedProfile[]; skipped: SkippedProfile[] }>;

interface CliProfileItem extends vscode.QuickPickItem {
  profile: AtlasCliProfile;
}

/**
 * Reads the Atlas CLI's config.toml (or `ATLAS_CLI_CONFIG`), lets the person pick profiles, and copies their keys into
 * secret storage and their `project_id` into the project list. Optional argument `{ configPath?, profiles?: string[] }`:
 * with `profiles` no picker is shown (tests and automation), but the person confirms the import (commands/confirm.ts),
 * as they do for any profile whose host is not Atlas. Resolves to an ImportResult, undefined when cancelled.
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

  const imported: ImportedProfile[] = [];
  const skipped: SkippedProfile[] = [];
  let storageFailure: string | undefined;
  for (const cliProfile of chosen) {
    if (!cliProfile.status.importable) {
      skipped.push({ cliProfile: cliProfile.name, reason: cliProfile.status.reason });
      continue;
    }
    // Named like a typed profile: the CLI's table name may hold anything TOML allows in a quoted key.
    const name = services.store.uniqueName(profileNameFrom(cliProfile.name));
    const nameProblem = validateProfileName(name, services.store.profiles().map((profile) => profile.name), vscode.l10n);
    if (nameProblem) {
      skipped.push({ cliProfile: cliProfile.name, reason: nameProblem });
      continue;
    }
    try {
      const profile = await services.store.add(
        {
          name,
          kind: cliProfile.status.secret.kind,
          baseUrl: cliProfile.baseUrl,
          projects: cliProfile.projectId ? [{ id: cliProfile.projectId }] : [],
        },
        cliProfile.status.secret,
      );
      imported.push({ cliProfile: cliProfile.name, profileId: profile.id, profileName: profile.name });
    } catch (error) {
      if (!(error instanceof SecretStorageUnavailableError)) throw error;
      explainSecretStorageFailure(error, services.log);
      storageFailure = error.message;
      break;
    }
  }
  if (imported.length > 0) {
    // Each add made its profile active; the first one picked is the one the person most likely wants.
    await services.store.setActive(imported[0].profileId);
    services.sessions.refresh();
  }
  report(services, imported, skipped);
  return storageFailure === undefined ? { ok: true, imported, skipped } : failure('secretStorage', storageFailure);
}

/** Asked when the import was started with arguments, or when a chosen profile points anywhere but Atlas. */
async function confirmImport(services: CommandServices, configPath: string, chosen: readonly AtlasCliProfile[], fromArguments: boolean): Promise<boolean> {
  const importable = chosen.filter((profile) => profile.status.importable);
  const hosts = foreignHosts(importable.map((profile) => profile.baseUrl));
  if (importable.length === 0 || (!fromArguments && hosts.length === 0)) return true;
  const names = importable.map((profile) => `"${outsideText(profile.name, { maxLength: 64 })}"`).join(', ');
  const why = fromArguments
    ? vscode.l10n.t('A command link, task or another extension asked to import the Atlas CLI profiles {0} from {1}, with their keys, and to make the first one active.', names, outsideText(configPath))
    : vscode.l10n.t('The Atlas CLI profiles {0} will be imported with their keys.', names);
  return services.confirm({
    message: vscode.l10n.t('Import Atlas CLI profiles?'),
    detail: [why, foreignHostWarning(importable.map((profile) => profile.baseUrl))].filter(Boolean).join('\n\n'),
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

function report(services: CommandServices, imported: readonly ImportedProfile[], skipped: readonly SkippedProfile[]): void {
  for (const entry of skipped) services.log.info(`Atlas CLI profile "${outsideText(entry.cliProfile, { maxLength: 100 })}" not imported: ${outsideText(entry.reason)}`);
  if (imported.length > 0) services.log.info(`Imported Atlas CLI profiles: ${imported.map((entry) => entry.profileName).join(', ')}.`);
  const skippedText = skipped.map((entry) => vscode.l10n.t('"{0}": {1}', outsideText(entry.cliProfile, { maxLength: 100 }), outsideText(entry.reason))).join(' ');
  if (imported.length > 0) {
    const names = imported.map((entry) => `"${entry.profileName}"`).join(', ');
    const message = vscode.l10n.t('Imported from the Atlas CLI: {0}.', names);
    void vscode.window.showInformationMessage(skippedText ? `${message} ${vscode.l10n.t('Not imported:')} ${skippedText}` : message);
  } else if (skipped.length > 0) {
    void vscode.window.showWarningMessage(`${vscode.l10n.t('No profile was imported.')} ${skippedText}`);
  }
}
