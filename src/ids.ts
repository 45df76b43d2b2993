// Every identifier the code shares with package.json `contributes` (and with the tests and the README): command ids,
// context keys, setting names, the view, and the scheme of the raw-JSON documents. test/unit/ids.test.ts checks this
// module against package.json. Pure: no `vscode` import.

/** Configuration section, and the prefix of command ids and context keys. */
export const CONFIG_SECTION = 'atlasPrivateEndpoints';

export const VIEW_CONTAINER_ID = 'atlasPrivateEndpoints';
export const VIEW_ID = 'atlasPrivateEndpoints.connections';

/** Read-only documents holding the JSON Atlas returned (`atlas-private-endpoints:/…`). */
export const RAW_JSON_SCHEME = 'atlas-private-endpoints';

/** The read-only migration report (`atlas-migration-report:/…`). */
export const MIGRATION_REPORT_SCHEME = 'atlas-migration-report';

export const COMMANDS = {
  signIn: 'atlasPrivateEndpoints.signIn',
  signInWithServiceAccount: 'atlasPrivateEndpoints.signInWithServiceAccount',
  signOut: 'atlasPrivateEndpoints.signOut',
  switchProfile: 'atlasPrivateEndpoints.switchProfile',
  importAtlasCliProfile: 'atlasPrivateEndpoints.importAtlasCliProfile',
  addProject: 'atlasPrivateEndpoints.addProject',
  removeProject: 'atlasPrivateEndpoints.removeProject',
  refresh: 'atlasPrivateEndpoints.refresh',
  retry: 'atlasPrivateEndpoints.retry',
  loadMore: 'atlasPrivateEndpoints.loadMore',
  loadAll: 'atlasPrivateEndpoints.loadAll',
  filterByStatus: 'atlasPrivateEndpoints.filterByStatus',
  clearFilter: 'atlasPrivateEndpoints.clearFilter',
  exportInventory: 'atlasPrivateEndpoints.exportInventory',
  openInAtlas: 'atlasPrivateEndpoints.openInAtlas',
  openWalkthrough: 'atlasPrivateEndpoints.openWalkthrough',
  copyEndpointServiceName: 'atlasPrivateEndpoints.copyEndpointServiceName',
  openRawJson: 'atlasPrivateEndpoints.openRawJson',
  scanWorkspace: 'atlasPrivateEndpoints.scanWorkspace',
  showLog: 'atlasPrivateEndpoints.showLog',
  migrationReport: 'atlasPrivateEndpoints.migrationReport',
} as const;

/** `contributes.walkthroughs[0].id` (opened as `<extension id>#<this>`). */
export const WALKTHROUGH_ID = 'gettingStarted';

/** Registered only when the extension runs under test (see commands/testHooks.ts); never contributed. */
export const TEST_COMMANDS = {
  credentialsState: 'atlasPrivateEndpoints.test.credentialsState',
  /** Answers the confirmations of commands started with arguments, and returns those asked (commands/confirm.ts). */
  confirmations: 'atlasPrivateEndpoints.test.confirmations',
} as const;

/** Context keys the when-clauses of package.json read. */
export const CONTEXT_KEYS = {
  /** Set once the first sign-in state is known (until then the view shows no welcome content). */
  ready: 'atlasPrivateEndpoints.ready',
  /** An active profile whose keys are readable. */
  signedIn: 'atlasPrivateEndpoints.signedIn',
  hasProjects: 'atlasPrivateEndpoints.hasProjects',
  /** A status filter is on (the view title offers to clear it). */
  filtered: 'atlasPrivateEndpoints.filtered',
} as const;

/** Setting names relative to CONFIG_SECTION, as `getConfiguration(CONFIG_SECTION).get(name)` takes them. */
export const SETTINGS = {
  pageSize: 'pageSize',
  discoverProjects: 'discoverProjects',
  api: 'api',
  maxConcurrentRequests: 'maxConcurrentRequests',
  requestTimeoutSeconds: 'requestTimeoutSeconds',
  sortOrder: 'sortOrder',
  watchIntervalSeconds: 'watch.intervalSeconds',
  watchNotify: 'watch.notify',
  deprecationEnabled: 'deprecation.enabled',
  deprecationSeverity: 'deprecation.severity',
  deprecationExclude: 'deprecation.exclude',
  deprecationScanWorkspaceOnStartup: 'deprecation.scanWorkspaceOnStartup',
  deprecationMaxFileSizeKB: 'deprecation.maxFileSizeKB',
} as const;

export type SettingName = (typeof SETTINGS)[keyof typeof SETTINGS];

/** The full id of a setting (`atlasPrivateEndpoints.pageSize`), as settings.json and `affectsConfiguration` have it. */
export function settingId(name: SettingName): string {
  return `${CONFIG_SECTION}.${name}`;
}
