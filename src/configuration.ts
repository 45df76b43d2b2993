// Settings and workspace trust as VS Code has them: the reader the pure readers of settings.ts take, and the one place
// that reacts when settings change or the workspace becomes trusted.
import * as vscode from 'vscode';
import { CONFIG_SECTION, settingId, type SettingName } from './ids';
import { CLIENT_SETTINGS, DEPRECATION_SETTINGS, TREE_SETTINGS, VIEW_SETTINGS, type SettingReader } from './settings';

/** Reads this extension's settings as they apply to `scope` (a resource, for the resource-scoped ones). */
export function configuration(scope?: vscode.ConfigurationScope): SettingReader {
  const config = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  return (name) => config.get(name);
}

export interface SettingsAndTrustReactions {
  /** `maxConcurrentRequests` or `requestTimeoutSeconds` changed: the next request needs a new client. */
  clientSettingsChanged(): void;
  /** `pageSize`, `api` or `discoverProjects` changed. */
  treeSettingsChanged(): void;
  /** `sortOrder` or `watch.*` changed. */
  viewSettingsChanged(): void;
  /** Some `deprecation.*` settings changed (in some folder, at least). */
  deprecationSettingsChanged(changed: readonly SettingName[]): void;
  /** The person trusted the workspace: Atlas requests are allowed from now on. */
  workspaceTrusted(): void;
}

export function reactToSettingsAndTrust(reactions: SettingsAndTrustReactions): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.workspace.onDidChangeConfiguration((event) => {
      const changed = (group: readonly SettingName[]) => group.filter((name) => event.affectsConfiguration(settingId(name)));
      if (changed(CLIENT_SETTINGS).length > 0) reactions.clientSettingsChanged();
      if (changed(TREE_SETTINGS).length > 0) reactions.treeSettingsChanged();
      if (changed(VIEW_SETTINGS).length > 0) reactions.viewSettingsChanged();
      const deprecation = changed(DEPRECATION_SETTINGS);
      if (deprecation.length > 0) reactions.deprecationSettingsChanged(deprecation);
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => reactions.workspaceTrusted()),
  );
}
