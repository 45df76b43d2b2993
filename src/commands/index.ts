// Every command of the extension, registered from the services `activate()` hands over. One line per command: where
// a command has more to it than a call on a service, the line names the module that holds it.
import * as vscode from 'vscode';
import { COMMANDS, TEST_COMMANDS } from '../ids';
import type { TreeNode } from '../tree/nodes';
import { addProject } from './addProject';
import { copyEndpointServiceName } from './copyEndpointServiceName';
import { exportInventory, type ExportOptions } from './exportInventory';
import { clearFilter, filterByStatus } from './filterByStatus';
import { importAtlasCliProfiles } from './importAtlasCliProfile';
import { loadAll } from './loadAll';
import { openInAtlas } from './openInAtlas';
import { openRawJson } from './openRawJson';
import { removeProject } from './removeProject';
import type { CommandServices } from './services';
import { apiKeySignIn, serviceAccountSignIn, signIn } from './signIn';
import { signOut } from './signOut';
import { switchProfile } from './switchProfile';
import { credentialsState, type CredentialsStateArgs } from './testHooks';
import { openWalkthrough, openWalkthroughOnce } from './walkthrough';

export type { CommandServices } from './services';

export function registerCommands(context: vscode.ExtensionContext, services: CommandServices): void {
  const { tree, scanner, log, testSecrets } = services;
  const register = (id: string, run: (...args: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, run));

  // Profiles and projects.
  register(COMMANDS.signIn, (args?: unknown) => signIn(services, apiKeySignIn(), args));
  register(COMMANDS.signInWithServiceAccount, (args?: unknown) => signIn(services, serviceAccountSignIn(), args));
  register(COMMANDS.signOut, (args?: unknown) => signOut(services, args));
  register(COMMANDS.switchProfile, (args?: unknown) => switchProfile(services, args));
  register(COMMANDS.importAtlasCliProfile, (args?: unknown) => importAtlasCliProfiles(services, args));
  register(COMMANDS.addProject, (args?: unknown) => addProject(services, args));
  register(COMMANDS.removeProject, (node?: unknown) => removeProject(services, node));

  // The view. Refresh: the whole view (title, palette) or one project (its row); both cancel loads in flight.
  register(COMMANDS.refresh, (node?: TreeNode) => tree.refresh(node));
  // Inline on an error node: repeats the load that failed (first page, next page, or project discovery).
  register(COMMANDS.retry, (node?: TreeNode) => (node ? tree.retry(node) : undefined));
  // Click on "Load more…": the next page of that project; a second click while it loads does nothing more.
  register(COMMANDS.loadMore, (node?: TreeNode) => (node ? tree.loadMore(node) : undefined));
  // Project row or its Load more row: every remaining page, concurrently within maxConcurrentRequests, cancellable.
  register(COMMANDS.loadAll, (node?: TreeNode) => loadAll(services, node));
  register(COMMANDS.filterByStatus, (args?: unknown) => filterByStatus(services, args));
  register(COMMANDS.clearFilter, () => clearFilter(services));
  // A project row: that project; the view title or palette: every project of the profile. All pages, then the save dialog.
  register(COMMANDS.exportInventory, (node?: TreeNode, options?: ExportOptions) => exportInventory(services, node, options));
  register(COMMANDS.openInAtlas, (node?: TreeNode) => openInAtlas(services, node));
  register(COMMANDS.copyEndpointServiceName, (node?: TreeNode) => copyEndpointServiceName(services, node));
  register(COMMANDS.openRawJson, (node?: TreeNode) => openRawJson(services, node));

  // Tools. Scan Workspace scans one folder when given its Uri (automation), else every workspace folder.
  register(COMMANDS.scanWorkspace, (folder?: unknown) => scanner.run({ folder: folder instanceof vscode.Uri ? folder : undefined }));
  register(COMMANDS.showLog, () => log.show());
  register(COMMANDS.openWalkthrough, () => openWalkthrough(context));

  // First run after install: the walkthrough, once. Not under the test launchers, whose screenshots and focus it would change.
  if (!testSecrets) {
    void openWalkthroughOnce(context).then(undefined, (error: unknown) => log.warn(`Opening the walkthrough failed: ${String(error)}`));
  }

  if (testSecrets) {
    register(TEST_COMMANDS.credentialsState, (args?: CredentialsStateArgs) => credentialsState(context, { ...services, testSecrets }, args));
  }
}
