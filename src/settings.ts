// The extension's settings, one pure reader per group. Each reader tolerates a hand-edited settings.json: a value of
// the wrong type or out of range falls back to the default rather than failing every request or scan. `get` reads one
// setting by its name relative to the section (configuration.ts gives it from VS Code). Pure: no `vscode` import.
import { DEFAULT_MAX_CONCURRENT_REQUESTS, DEFAULT_TIMEOUT_MS } from './atlas';
import { SETTINGS, type SettingName } from './ids';

export type SettingReader = (name: SettingName) => unknown;

// ---- the Atlas client -------------------------------------------------------------------------------------------

export const CLIENT_SETTINGS = [SETTINGS.maxConcurrentRequests, SETTINGS.requestTimeoutSeconds] as const;

export interface ClientSettings {
  readonly timeoutMs: number;
  readonly maxConcurrentRequests: number;
}

export function readClientSettings(get: SettingReader): ClientSettings {
  return {
    timeoutMs: wholeNumber(get(SETTINGS.requestTimeoutSeconds), DEFAULT_TIMEOUT_MS / 1000, 1, 300) * 1000,
    maxConcurrentRequests: wholeNumber(get(SETTINGS.maxConcurrentRequests), DEFAULT_MAX_CONCURRENT_REQUESTS, 1, 16),
  };
}

// ---- what the tree shows ----------------------------------------------------------------------------------------

export const TREE_SETTINGS = [SETTINGS.pageSize, SETTINGS.api, SETTINGS.discoverProjects] as const;

/** Setting `atlasPrivateEndpoints.api`. */
export type ApiMode = 'auto' | 'legacy' | 'endpointService';

export interface TreeSettings {
  readonly pageSize: number;
  readonly apiMode: ApiMode;
  readonly discover: boolean;
}

const API_MODES: readonly ApiMode[] = ['auto', 'legacy', 'endpointService'];
const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 500;

export function readTreeSettings(get: SettingReader): TreeSettings {
  const pageSize = get(SETTINGS.pageSize);
  const api = get(SETTINGS.api);
  const discover = get(SETTINGS.discoverProjects);
  return {
    pageSize:
      typeof pageSize === 'number' && Number.isFinite(pageSize) ? Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(pageSize))) : DEFAULT_PAGE_SIZE,
    apiMode: API_MODES.includes(api as ApiMode) ? (api as ApiMode) : 'auto',
    discover: typeof discover === 'boolean' ? discover : true,
  };
}

// ---- how the view orders rows, and watching pending connections ------------------------------------------------

export const VIEW_SETTINGS = [SETTINGS.sortOrder, SETTINGS.watchIntervalSeconds, SETTINGS.watchNotify] as const;

export interface ViewSettings {
  /** `sortOrder` is `failedFirst`: FAILED connections are listed before the others. */
  readonly failedFirst: boolean;
  /** Seconds between polls of pending connections; 0 turns watching off. */
  readonly watchIntervalSeconds: number;
  readonly watchNotify: boolean;
}

export const DEFAULT_WATCH_INTERVAL_SECONDS = 60;
export const MIN_WATCH_INTERVAL_SECONDS = 15;

export function readViewSettings(get: SettingReader): ViewSettings {
  const interval = get(SETTINGS.watchIntervalSeconds);
  return {
    failedFirst: get(SETTINGS.sortOrder) === 'failedFirst',
    watchIntervalSeconds:
      typeof interval !== 'number' || !Number.isFinite(interval) ? DEFAULT_WATCH_INTERVAL_SECONDS
      : interval <= 0 ? 0
      : Math.max(MIN_WATCH_INTERVAL_SECONDS, Math.floor(interval)),
    watchNotify: get(SETTINGS.watchNotify) !== false,
  };
}

// ---- deprecation diagnostics (resource-scoped: folders may differ) ----------------------------------------------

export const DEPRECATION_SETTINGS = [
  SETTINGS.deprecationEnabled,
  SETTINGS.deprecationSeverity,
  SETTINGS.deprecationExclude,
  SETTINGS.deprecationScanWorkspaceOnStartup,
  SETTINGS.deprecationMaxFileSizeKB,
] as const;

export type DeprecationSeverity = 'Error' | 'Warning' | 'Information' | 'Hint';

export interface DeprecationSettings {
  readonly enabled: boolean;
  readonly severity: DeprecationSeverity;
  readonly exclude: string[];
  readonly scanWorkspaceOnStartup: boolean;
  readonly maxFileSizeKB: number;
}

const SEVERITIES: readonly DeprecationSeverity[] = ['Error', 'Warning', 'Information', 'Hint'];
const DEFAULT_MAX_FILE_SIZE_KB = 2048;
/** package.json's maximum: a workspace scan never reads a file larger than 8 MB, whatever the settings say. */
export const MAX_FILE_SIZE_KB_LIMIT = 8192;

export function readDeprecationSettings(get: SettingReader): DeprecationSettings {
  const severity = get(SETTINGS.deprecationSeverity);
  const exclude = get(SETTINGS.deprecationExclude);
  const maxFileSizeKB = get(SETTINGS.deprecationMaxFileSizeKB);
  return {
    enabled: get(SETTINGS.deprecationEnabled) !== false,
    severity: SEVERITIES.includes(severity as DeprecationSeverity) ? (severity as DeprecationSeverity) : 'Warning',
    exclude: Array.isArray(exclude) ? exclude.filter((pattern): pattern is string => typeof pattern === 'string' && pattern.length > 0) : [],
    scanWorkspaceOnStartup: get(SETTINGS.deprecationScanWorkspaceOnStartup) === true,
    maxFileSizeKB:
      typeof maxFileSizeKB === 'number' && Number.isFinite(maxFileSizeKB) && maxFileSizeKB > 0 ? Math.min(maxFileSizeKB, MAX_FILE_SIZE_KB_LIMIT) : DEFAULT_MAX_FILE_SIZE_KB,
  };
}

function wholeNumber(value: unknown, fallback: number, min: number, max: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : fallback;
}
