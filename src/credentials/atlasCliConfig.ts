// Reads the Atlas CLI's config.toml and maps its profiles to what the extension can import. Pure: the caller reads
// the file. See reference/atlas-api.md section 7 for the file's layout.
import * as path from 'node:path';
import { parse, TomlError } from 'smol-toml';
import { DEFAULT_BASE_URL, GOV_BASE_URL, isValidGroupId, maskUrlCredentials, normalizeBaseUrl } from '../atlas';
import { englishL10n, type Localizer } from '../localizer';
import type { ProfileSecret } from './model';

export type AtlasCliProfileStatus =
  | { importable: true; secret: ProfileSecret }
  /** Not importable; `reason` explains why (never contains a key). */
  | { importable: false; reason: string };

export interface AtlasCliProfile {
  /** The profile's table name in config.toml. */
  name: string;
  baseUrl: string;
  /** The profile's `project_id`, when it is a valid 24-hex id. */
  projectId?: string;
  orgId?: string;
  status: AtlasCliProfileStatus;
}

export class AtlasCliConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AtlasCliConfigError';
  }
}

/**
 * Parses config.toml. Throws AtlasCliConfigError on malformed TOML, naming the line and column only: the parser's own
 * message quotes the surrounding text, which may hold a key.
 */
export function parseAtlasCliConfig(text: string, l10n: Localizer = englishL10n): AtlasCliProfile[] {
  let document: Record<string, unknown>;
  try {
    document = parse(text, { unsafeKeyBehaviour: 'drop', maxDepth: 16 });
  } catch (error) {
    if (error instanceof TomlError) {
      throw new AtlasCliConfigError(
        l10n.t('The Atlas CLI config file is not valid TOML (line {0}, column {1}). Fix it with "atlas config edit" or a text editor.', error.line, error.column),
      );
    }
    throw new AtlasCliConfigError(l10n.t('The Atlas CLI config file could not be parsed.'));
  }
  const profiles: AtlasCliProfile[] = [];
  for (const [name, table] of Object.entries(document)) {
    // Profiles are tables; global settings (version, skip_update_check, ...) are plain values.
    if (isTable(table)) profiles.push(mapProfile(name, table, l10n));
  }
  return profiles;
}

function mapProfile(name: string, table: Record<string, unknown>, l10n: Localizer): AtlasCliProfile {
  const orgId = stringField(table, 'org_id');
  const projectId = stringField(table, 'project_id');
  const rawBaseUrl = stringField(table, 'ops_manager_url') ?? stringField(table, 'base_url');
  const profile: AtlasCliProfile = {
    name,
    baseUrl: stringField(table, 'service') === 'cloudgov' ? GOV_BASE_URL : DEFAULT_BASE_URL,
    status: credentialStatus(name, table, l10n),
  };
  if (orgId) profile.orgId = orgId;
  if (projectId && isValidGroupId(projectId)) profile.projectId = projectId.toLowerCase();
  if (rawBaseUrl) {
    try {
      profile.baseUrl = normalizeBaseUrl(rawBaseUrl);
    } catch (error) {
      // Shown in the picker, the log and notifications: never with a password in it.
      profile.baseUrl = maskUrlCredentials(rawBaseUrl);
      if (profile.status.importable) {
        // The client's own reason (http to another host, a user name or password, a query, not a URL), URL masked.
        const why = error instanceof Error ? error.message : String(error);
        profile.status = { importable: false, reason: l10n.t('Its ops_manager_url cannot be used. {0}', why) };
      }
    }
  }
  return profile;
}

function credentialStatus(name: string, table: Record<string, unknown>, l10n: Localizer): AtlasCliProfileStatus {
  const publicKey = stringField(table, 'public_api_key');
  const privateKey = stringField(table, 'private_api_key');
  if (publicKey && privateKey) return { importable: true, secret: { kind: 'apiKey', publicKey, privateKey } };
  const clientId = stringField(table, 'client_id');
  const clientSecret = stringField(table, 'client_secret');
  if (clientId && clientSecret) return { importable: true, secret: { kind: 'serviceAccount', clientId, clientSecret } };

  const authType = stringField(table, 'auth_type');
  if (authType === 'user_account') {
    return {
      importable: false,
      reason: l10n.t('It signs in with a user account ("atlas auth login"). Create an API key or a service account and sign in with it instead.'),
    };
  }
  if (authType === 'no_auth') return { importable: false, reason: l10n.t('It has no credentials.') };
  return {
    importable: false,
    reason: l10n.t(
      'Its keys are in the operating system keyring (service "atlascli_{0}"), not in the file, and the extension cannot read them. Sign in with the same key instead.',
      name,
    ),
  };
}

/**
 * Where the Atlas CLI keeps config.toml: Go's `os.UserConfigDir()` + `atlascli/config.toml`. `ATLAS_CLI_CONFIG` (a
 * file path) overrides it, for tests and unusual setups.
 */
export function atlasCliConfigPath(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform, homeDir: string): string {
  const override = env.ATLAS_CLI_CONFIG?.trim();
  if (override) return override;
  const paths = platform === 'win32' ? path.win32 : path.posix;
  return paths.join(userConfigDir(env, platform, homeDir, paths), 'atlascli', 'config.toml');
}

function userConfigDir(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform, homeDir: string, paths: path.PlatformPath): string {
  if (platform === 'win32') return env.APPDATA || paths.join(homeDir, 'AppData', 'Roaming');
  if (platform === 'darwin') return paths.join(homeDir, 'Library', 'Application Support');
  const xdg = env.XDG_CONFIG_HOME;
  return xdg && paths.isAbsolute(xdg) ? xdg : paths.join(homeDir, '.config');
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function stringField(table: Record<string, unknown>, key: string): string | undefined {
  const value = table[key];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
