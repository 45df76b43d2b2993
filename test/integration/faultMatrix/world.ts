// How every row of the fault matrix runs (see faultMatrix.test.ts), and what the person does in the view.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SignInResult } from '../../../src/commands/signIn';
import type { ConnectionsTree, TreeNode } from '../../../src/tree';
import type { EmulatorCounters } from '../../emulator';
import { LARGE_PROJECT_ID, SEED_PROJECT_ID } from '../../emulator/dataset';
import { credentialsState, secretKeyFor } from '../credentialsHelpers';
import { clearFaults, emulatorCounters, resetEmulator } from '../emulatorHelpers';
import type { HostWatch, RecordingServer, SecondEmulator } from '../faultMatrixHelpers';
import { recordShownText } from '../secretsAuditSink';
import { label, projectNode, within } from '../treeHelpers';

export const AFFECTED = SEED_PROJECT_ID;
export const OTHER = LARGE_PROJECT_ID;
/** The seed project has two connections; the large one shows its first page of 100 and "Load more". */
export const AFFECTED_CONNECTIONS = 2;
export const OTHER_FIRST_PAGE = 101;

export interface World {
  readonly tree: ConnectionsTree;
  /** The launcher's emulator. */
  readonly url: string;
  readonly mainProfileId: string;
  readonly recorder: RecordingServer;
  readonly second: SecondEmulator;
  /** Installs a fault on the launcher's emulator, on the affected project unless `spec` says otherwise. */
  fault(spec: Record<string, unknown>): Promise<void>;
  /** The children of a project as the view gets them (loading it first when needed). */
  children(projectId: string): Promise<TreeNode[]>;
  /** Extra facts for the printed result. */
  readonly notes: string[];
}

export type Expectation =
  /** An error node with `message`; `recover` clears the fault (default: clear the emulator's faults), then Retry. */
  | { shows: 'error'; on: 'the project' | 'every project'; message: RegExp; recover?: (world: World) => Promise<void>; check?: Check }
  /** The fault is absorbed: the affected project shows its connections; `requests` to it (this row's). */
  | { shows: 'connections'; requests?: number; check?: Check }
  /** The deprecated list is gone: a note saying so, then the endpoint services (the replacement API). */
  | { shows: 'fallback'; note: RegExp };

/** Checks on what the emulator saw during the row (`delta`: counters since the view was loaded). */
export type Check = (world: World, delta: CountersDelta) => Promise<void> | void;

export interface Row {
  /** The fault, as issue 7 names it. */
  readonly fault: string;
  /** Puts the fault in place; the view is open and both projects are loaded when it runs. */
  readonly setup: (world: World) => Promise<void>;
  /** What the person does next; default: Refresh (view title) and expand every project. */
  readonly act?: (world: World) => Promise<void>;
  readonly expect: Expectation;
  /** Undoes the setup (profiles, settings, servers) whatever happened. */
  readonly cleanup?: (world: World) => Promise<void>;
}

export const onAffected = (spec: Record<string, unknown>) => (world: World) => world.fault(spec);

export interface CountersDelta {
  affectedRequests: number;
  stale: number;
  abandoned: number;
  faultsApplied: number;
  inFlightMaxAffected: number;
}

function deltaOf(before: EmulatorCounters, after: EmulatorCounters): CountersDelta {
  return {
    affectedRequests: (after.byProject[AFFECTED] ?? 0) - (before.byProject[AFFECTED] ?? 0),
    stale: after.stale - before.stale,
    abandoned: after.abandoned - before.abandoned,
    faultsApplied: after.faultsApplied - before.faultsApplied,
    inFlightMaxAffected: after.inFlightMaxByProject[AFFECTED] ?? 0,
  };
}

export function expectationTitle(expect: Expectation): string {
  switch (expect.shows) {
    case 'error':
      return `explained on ${expect.on}, Retry works once it clears`;
    case 'connections':
      return 'absorbed, the project loads';
    case 'fallback':
      return 'endpoint services with a note, other project loads';
  }
}

// ---- running a row ----------------------------------------------------------------------------------------------

export async function runRow(world: World, row: Row, watch: HostWatch): Promise<string> {
  const { tree } = world;
  await resetEmulator();
  await showLoaded(world);
  try {
    await row.setup(world);
    const profileId = (await credentialsState()).activeProfileId;
    const before = await emulatorCounters();
    await (row.act ?? refreshAndExpand)(world);
    await settled(tree);
    const delta = deltaOf(before, await emulatorCounters());
    const root = await rootProjects(tree);
    await keysKept(profileId);
    let result: string;
    const expect = row.expect;
    if (expect.shows === 'error') {
      const errors = await errorNodes(world, root, expect);
      await expect.check?.(world, delta);
      await (expect.recover ?? clearFaults)(world);
      for (const node of errors) {
        await vscode.commands.executeCommand('atlasPrivateEndpoints.retry', node);
      }
      await settled(tree);
      assert.deepEqual(kinds(await world.children(AFFECTED)), Array(AFFECTED_CONNECTIONS).fill('connection'), 'Retry loads the project once the fault clears');
      const shown = label(tree, errors[0]);
      result = `error node on ${expect.on}: "${clip(shown)}"; ${expect.on === 'the project' ? 'other project loaded; ' : ''}Retry loaded it once the fault cleared`;
    } else if (expect.shows === 'connections') {
      assert.deepEqual(kinds(await world.children(AFFECTED)), Array(AFFECTED_CONNECTIONS).fill('connection'), 'the fault is absorbed');
      await assertOtherProjectLoaded(world, root);
      if (expect.requests !== undefined) assert.equal(delta.affectedRequests, expect.requests, 'requests for the affected project');
      await expect.check?.(world, delta);
      result = `absorbed: ${AFFECTED_CONNECTIONS} connections shown${expect.requests ? ` after ${expect.requests} requests` : ''}`;
    } else {
      const children = await world.children(AFFECTED);
      assert.equal(children[0]?.kind, 'note', 'a note explains the fallback');
      assert.match(label(tree, children[0]), expect.note);
      assert.ok(children.slice(1).length > 0 && children.slice(1).every((node) => node.kind === 'endpointService'), `endpoint services follow: ${kinds(children)}`);
      recordShownText('fallback note', label(tree, children[0]));
      await assertOtherProjectLoaded(world, root);
      await clearFaults();
      await vscode.commands.executeCommand('atlasPrivateEndpoints.refresh', await projectNode(tree, AFFECTED));
      assert.deepEqual(kinds(await world.children(AFFECTED)), Array(AFFECTED_CONNECTIONS).fill('connection'), 'Refresh loads the connections once the list is back');
      result = `fallback: "${clip(label(tree, children[0]))}" + ${children.length - 1} endpoint services; other project loaded`;
    }
    const unhandled = watch.take();
    assert.deepEqual(unhandled, [], 'nothing unhandled in the extension host');
    return [result, ...world.notes].join('; ');
  } finally {
    await row.cleanup?.(world);
    await clearFaults();
  }
}

async function errorNodes(world: World, root: string[], expect: Extract<Expectation, { shows: 'error' }>): Promise<TreeNode[]> {
  const { tree } = world;
  const affected = expect.on === 'every project' ? root : [AFFECTED];
  const errors: TreeNode[] = [];
  for (const projectId of affected) {
    const children = await world.children(projectId);
    assert.deepEqual(kinds(children), ['error'], `project ${projectId} shows one error node`);
    const shown = label(tree, children[0]);
    recordShownText('error node', shown);
    assert.match(shown, expect.message);
    assert.equal(tree.getTreeItem(children[0]).contextValue, 'error', 'the node offers Retry and Show Log');
    errors.push(children[0]);
  }
  if (expect.on === 'the project') await assertOtherProjectLoaded(world, root);
  return errors;
}

async function assertOtherProjectLoaded(world: World, root: string[]): Promise<void> {
  if (!root.includes(OTHER)) return;
  const children = await world.children(OTHER);
  assert.ok(children.length >= OTHER_FIRST_PAGE, `the other project loads: ${children.length} nodes, ${kinds(children).slice(0, 3).join(', ')}`);
  assert.equal(children[0].kind, 'connection');
}

/** Every load settled: nothing in flight, no project left loading. */
async function settled(tree: ConnectionsTree): Promise<void> {
  await within(tree.whenIdle(), 30_000, 'every load in the view to settle');
  for (const projectId of await rootProjects(tree)) {
    const state = tree.projectState(projectId);
    assert.notEqual(state?.kind, 'loading', `project ${projectId} is still loading`);
    assert.ok(!(state?.kind === 'connections' && state.loadingMore), `project ${projectId} is still loading more`);
  }
}

/** Every saved profile still has its key, and the active profile did not change. */
async function keysKept(activeProfileId: string | undefined): Promise<void> {
  const state = await credentialsState();
  for (const profile of state.profiles.filter((candidate) => !candidate.readOnly)) {
    assert.equal(state.secretPresent[secretKeyFor(profile.id)], true, `profile "${profile.name}" lost its key`);
  }
  assert.equal(state.activeProfileId, activeProfileId, 'the active profile changed');
}

async function rootProjects(tree: ConnectionsTree): Promise<string[]> {
  return (await tree.getChildren()).flatMap((node) => (node.kind === 'project' ? [node.project.id] : []));
}

/** Refresh the whole view and wait until both projects show what they normally show. */
export async function showLoaded(world: World): Promise<void> {
  await refreshAndExpand(world);
  await settled(world.tree);
  assert.deepEqual(kinds(await world.children(AFFECTED)), Array(AFFECTED_CONNECTIONS).fill('connection'), 'the affected project loads before the fault');
  assert.equal((await world.children(OTHER)).length, OTHER_FIRST_PAGE, 'the other project loads before the fault');
}

// ---- what the person does ---------------------------------------------------------------------------------------

/** Refresh in the view's title bar, then every project expanded at once (as the view does for expanded rows). */
async function refreshAndExpand(world: World): Promise<void> {
  await vscode.commands.executeCommand('atlasPrivateEndpoints.refresh');
  const root = await world.tree.getChildren();
  await Promise.all(root.filter((node) => node.kind === 'project').map((node) => world.tree.getChildren(node)));
}

/** Signs in with an API key (argument form, no prompts); asserts it worked unless `expectOk` is false. */
export async function signIn(args: Record<string, string>, expectOk = true): Promise<SignInResult & { profileId: string }> {
  const result = await vscode.commands.executeCommand<SignInResult>('atlasPrivateEndpoints.signIn', args);
  if (expectOk) assert.ok(result?.ok, `sign-in failed: ${JSON.stringify(result)}`);
  return result as SignInResult & { profileId: string };
}

// ---- small things -----------------------------------------------------------------------------------------------

export function kinds(nodes: readonly TreeNode[]): string[] {
  return nodes.map((node) => node.kind);
}

function clip(text: string): string {
  return text.length > 110 ? `${text.slice(0, 109)}…` : text;
}
