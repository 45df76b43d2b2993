// User settings of the throwaway profile the tests run in (code-server and test-electron alike).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const TEST_USER_SETTINGS: Readonly<Record<string, unknown>> = {
  // AI and chat: no chat view, no agent helper processes.
  'chat.disableAIFeatures': true,
  'chat.agent.enabled': false,
  'chat.commandCenter.enabled': false,
  'chat.mcp.access': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // Telemetry, updates, experiments, recommendations: nothing calls home.
  'telemetry.telemetryLevel': 'off',
  'telemetry.feedback.enabled': false,
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.settings.enableNaturalLanguageSearch': false,
  'npm.fetchOnlinePackageInfo': false,
  'json.schemaDownload.enable': false,
  'typescript.disableAutomaticTypeAcquisition': true,
  // No trust prompt, welcome page, walkthroughs or tips over the workbench.
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  // No dirty editors carried from one page (or suite) to the next through hot-exit backups.
  'files.hotExit': 'off',
  // Stable screenshots: no forwarded-port count that depends on what the host happens to listen on.
  'remote.autoForwardPorts': false,
  'workbench.colorTheme': 'Default Dark Modern',
  'window.zoomLevel': 0,
};

/** Writes the settings (with `overrides` on top; an override of `undefined` leaves that setting out) into `<userDataDir>/User/settings.json`. */
export function writeUserSettings(userDataDir: string, overrides: Readonly<Record<string, unknown>> = {}): void {
  const userDir = path.join(userDataDir, 'User');
  mkdirSync(userDir, { recursive: true });
  writeFileSync(path.join(userDir, 'settings.json'), JSON.stringify({ ...TEST_USER_SETTINGS, ...overrides }, null, 2));
}
