// Every command of the extension, registered from the services `activate()` hands over. One line per command: where
// a command has more to it than a call on a service, the line names the module that holds it.
import * as vscode from 'vscode';
import { COMMANDS, TEST_COMMANDS } from '../ids';
import type { TreeNode } from '../tree/nodes';
import { addProject } from './addProject';
import { modalConfirm, ScriptedConfirmations } from './confirm';
import { copyEndpointServiceName } from './copyEndpointServiceName';
import { exportInventory } from './exportInventory';
import { clearFilter, filterByStatus } from './filterByStatus';
import { importAtlasCliProfiles } from './importAtlasCliProfile';
import { loadAll } from './loadAll';
import { MigrationReportDocuments, migrationReport } from './migrationReport';
import { openInAtlas } from './openInAtlas';
import { openRawJson } from './openRawJson';
import { removeProject } from './removeProject';
import { scanWorkspace } from './scanWorkspace';
import type { CommandServices } from './services';
import { apiKeySignIn, serviceAccountSignIn, signIn } from './signIn';
import { signOut } from './signOut';
import { switchProfile } from './switchProfile';
import { answerConfirmations, credentialsState, type ConfirmationsArgs, type CredentialsStateArgs } from './testHooks';
import { openWalkthrough, openWalkthroughOnce } from './walkthrough';

export type { CommandServices } from './services';

export function registerCommands(context: vscode.ExtensionContext, base: Omit<CommandServices, 'confirm'>): void {
  const scripted = base.testSecrets ? new ScriptedConfirmations(modalConfirm) : undefined;
  const services: CommandServices = { ...base, confirm: scripted?.confirm ?? modalConfirm, progress: scripted?.progress };
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
  // Rows of this view only (by identity): a `command:` link cannot make up a node.
  register(COMMANDS.retry, (node?: unknown) => (tree.owns(node) ? tree.retry(node) : undefined));
  // Click on "Load more…": the next page of that project; a second click while it loads does nothing more.
  register(COMMANDS.loadMore, (node?: unknown) => (tree.owns(node) ? tree.loadMore(node) : undefined));
  // Project row or its Load more row: every remaining page, concurrently within maxConcurrentRequests, cancellable.
  register(COMMANDS.loadAll, (node?: unknown) => (tree.owns(node) ? loadAll(services, node) : undefined));
  register(COMMANDS.filterByStatus, (args?: unknown) => filterByStatus(services, args));
  register(COMMANDS.clearFilter, () => clearFilter(services));
  // A project row: that project; the view title or palette: every project of the profile. All pages, then the save dialog.
  register(COMMANDS.exportInventory, (node?: unknown, options?: unknown) => exportInventory(services, node, options));
  register(COMMANDS.openInAtlas, (node?: unknown) => openInAtlas(services, node));
  register(COMMANDS.copyEndpointServiceName, (node?: unknown) => copyEndpointServiceName(services, node));
  register(COMMANDS.openRawJson, (node?: unknown) => openRawJson(services, node));

  // Tools. Scan Workspace scans every workspace folder, or one folder of the workspace given as a Uri (automation).
  register(COMMANDS.scanWorkspace, (folder?: unknown) => scanWorkspace(scanner, folder));
  register(COMMANDS.showLog, () => log.show());
  // The migration report: for a project row that project, else every project of the active profile.
  const reports = new MigrationReportDocuments();
  context.subscriptions.push(reports);
  register(COMMANDS.migrationReport, (node?: TreeNode) => migrationReport(services, reports, node));
  register(COMMANDS.openWalkthrough, () => openWalkthrough(context));

  // First run after install: the walkthrough, once. Not under the test launchers, whose screenshots and focus it would change.
  if (!testSecrets) {
    void openWalkthroughOnce(context).then(undefined, (error: unknown) => log.warn(`Opening the walkthrough failed: ${String(error)}`));
  }

  if (testSecrets) {
    register(TEST_COMMANDS.credentialsState, (args?: CredentialsStateArgs) => credentialsState(context, { ...services, testSecrets }, args));
    if (scripted) register(TEST_COMMANDS.confirmations, (args?: ConfirmationsArgs) => answerConfirmations(scripted, args));
  }
}
