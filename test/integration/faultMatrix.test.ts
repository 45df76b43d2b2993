// Issue 7's fault matrix, in a real VS Code against the Atlas emulator: one row per fault, one test per row.
//
// Every row runs the same way. The view is open with two projects loaded (Seed Example, the affected one, and Payments
// Production, the other one). The row's `setup` puts its fault in place; the person clicks Refresh (or the row's own
// `act`) and expands the projects. Then, whatever the fault:
//   - the view shows what `expect` says: an error node with an actionable message on the affected project only (other
//     projects load) or on every project for key and host failures; or the data, when the fault is absorbed;
//   - every load settles (no progress left running), and every profile still has its key in SecretStorage;
//   - after the fault clears, Retry on the error node loads the project;
//   - nothing went unhandled in the extension host (HostWatch: process listeners and the host's own log).
// The matrix (row -> result) is printed and written next to the integration report; the launcher prints it too.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import type { ImportResult } from '../../src/commands/importAtlasCliProfile';
import type { SignInResult } from '../../src/commands/signIn';
import type { ConnectionsTree, TreeNode } from '../../src/tree';
import type { EmulatorCounters } from '../emulator';
import { LARGE_PROJECT_ID, SEED_PROJECT_ID } from '../emulator/dataset';
import { credentialsState, secretKeyFor, signOutEverywhere } from './credentialsHelpers';
import { atlasDiagnostics, diagnosticsWhen } from './diagnosticsHelpers';
import { emulatorInfo } from './env';
import {
  countersOf,
  emulatorControl,
  extensionLogText,
  HostWatch,
  MatrixReport,
  RecordingServer,
  SecondEmulator,
  untilCounters,
} from './faultMatrixHelpers';
import { recordShownText } from './secretsAuditSink';
import { connectionsTree, label, projectNode, setSetting, within } from './treeHelpers';

const AFFECTED = SEED_PROJECT_ID;
const OTHER = LARGE_PROJECT_ID;
/** The seed project has two connections; the large one shows its first page of 100 and "Load more". */
const AFFECTED_CONNECTIONS = 2;
const OTHER_FIRST_PAGE = 101;

interface World {
  readonly tree: ConnectionsTree;
  /** The launcher's emulator. */
  readonly url: string;
  readonly mainProfileId: string;
  readonly recorder: RecordingServer;
  readonly second: SecondEmulator;
  /** Installs a fault on the launcher's emulator, on the affected project unless `spec` says otherwise. */
  fault(spec: Record<string, unknown>): Promise<void>;
  control(method: string, route: string, body?: unknown): Promise<unknown>;
  /** The children of a project as the view gets them (loading it first when needed). */
  children(projectId: string): Promise<TreeNode[]>;
  /** Extra facts for the printed result. */
  readonly notes: string[];
}

type Expectation =
  /** An error node with `message`; `recover` clears the fault (default: clear the emulator's faults), then Retry. */
  | { shows: 'error'; on: 'the project' | 'every project'; message: RegExp; recover?: (world: World) => Promise<void>; check?: Check }
  /** The fault is absorbed: the affected project shows its connections; `requests` to it (this row's). */
  | { shows: 'connections'; requests?: number; check?: Check }
  /** The deprecated list is gone: a note saying so, then the endpoint services (the replacement API). */
  | { shows: 'fallback'; note: RegExp };

/** Checks on what the emulator saw during the row (`delta`: counters since the view was loaded). */
type Check = (world: World, delta: CountersDelta) => Promise<void> | void;

interface Row {
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

const onAffected = (spec: Record<string, unknown>) => (world: World) => world.fault(spec);

const ROWS: Row[] = [
  {
    fault: '401 wrong key (profile imported with a mistyped private key)',
    setup: useProfileWithMistypedKey,
    expect: { shows: 'error', on: 'every project', message: /did not accept the API key \(401 USER_UNAUTHORIZED\)/, recover: switchToMainProfile },
    cleanup: signOutOtherProfiles,
  },
  {
    fault: '401 key revoked while the view is open',
    setup: (world) => world.control('POST', 'keys', { revoke: true }).then(() => undefined),
    expect: {
      shows: 'error',
      on: 'every project',
      message: /did not accept the API key \(401 USER_UNAUTHORIZED\)/,
      recover: (world) => world.control('POST', 'keys', { privateKey: emulatorInfo().privateKey }).then(() => undefined),
    },
    cleanup: (world) => world.control('POST', 'keys', { privateKey: emulatorInfo().privateKey }).then(() => undefined),
  },
  {
    fault: '403 IP_ADDRESS_NOT_ON_ACCESS_LIST',
    setup: onAffected({ type: 'ipNotAllowed', ip: '198.51.100.7' }),
    expect: { shows: 'error', on: 'the project', message: /IP address 198\.51\.100\.7 is not on the API access list .*Add 198\.51\.100\.7/ },
  },
  {
    fault: '403 missing role',
    setup: onAffected({ type: 'forbidden' }),
    expect: { shows: 'error', on: 'the project', message: /missing a role for this request \(403 ACCESS_FORBIDDEN\).*Project Read Only/ },
  },
  {
    fault: '404 unknown project',
    setup: onAffected({ type: 'notFound' }),
    expect: { shows: 'error', on: 'the project', message: /could not find the project or resource \(404 GROUP_NOT_FOUND\)\. Check the project id/ },
  },
  {
    fault: '404 legacy endpoint removed (fallback)',
    setup: onAffected({ type: 'gone', status: 404, pathIncludes: '/privateEndpoint', count: 1 }),
    expect: { shows: 'fallback', note: /Deprecated API unavailable \(404\): showing endpoint services/ },
  },
  {
    fault: '410 legacy endpoint removed (fallback)',
    setup: onAffected({ type: 'gone', count: 1 }),
    expect: { shows: 'fallback', note: /Deprecated API unavailable \(410\): showing endpoint services/ },
  },
  {
    fault: '429 with Retry-After: 1',
    setup: onAffected({ type: 'rateLimit', retryAfterSeconds: 1, count: 1 }),
    expect: { shows: 'connections', requests: 2, check: (world) => void world.notes.push('backed off as asked, then loaded') },
  },
  {
    fault: '429 with Retry-After: 120 (longer than the view waits)',
    setup: onAffected({ type: 'rateLimit', retryAfterSeconds: 120 }),
    expect: { shows: 'error', on: 'the project', message: /rate limiting this key \(429 RATE_LIMITED_TOKEN_BUCKET\)\. Retry in 120 seconds/ },
  },
  {
    fault: '500 burst of 2',
    setup: onAffected({ type: 'status', status: 500, count: 2 }),
    expect: { shows: 'connections', requests: 3 },
  },
  {
    fault: '502 burst on every attempt',
    setup: onAffected({ type: 'status', status: 502, count: 3 }),
    expect: { shows: 'error', on: 'the project', message: /internal error \(502 UNEXPECTED_ERROR\) and retrying did not help/ },
  },
  {
    fault: '503 burst of 2 with Retry-After: 0',
    setup: onAffected({ type: 'status', status: 503, retryAfterSeconds: 0, count: 2 }),
    expect: { shows: 'connections', requests: 3 },
  },
  {
    fault: '503 until it clears',
    setup: onAffected({ type: 'status', status: 503 }),
    expect: { shows: 'error', on: 'the project', message: /temporarily unavailable \(503 SERVICE_UNAVAILABLE\)/ },
  },
  {
    fault: 'connection reset once',
    setup: onAffected({ type: 'reset', count: 1 }),
    expect: { shows: 'connections', requests: 2 },
  },
  {
    fault: 'connection reset on every attempt',
    setup: onAffected({ type: 'reset' }),
    expect: { shows: 'error', on: 'the project', message: /^Could not reach Atlas at http:\/\/127\.0\.0\.1:\d+ \(ECONNRESET\)\. Check the network connection, proxy and base URL\. Then Retry\.$/ },
  },
  {
    fault: 'connection refused (emulator down)',
    setup: useSecondEmulatorThenStopIt,
    expect: { shows: 'error', on: 'every project', message: /^Could not reach Atlas at http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)\. Check the network connection, proxy and base URL\. Then Retry\.$/, recover: (world) => world.second.start() },
    cleanup: async (world) => {
      await signOutOtherProfiles(world);
      await world.second.stop();
    },
  },
  {
    fault: 'accepts and never answers (timeout, requestTimeoutSeconds = 1)',
    setup: async (world) => {
      await changeClientSetting(world, 'requestTimeoutSeconds', 1);
      await world.fault({ type: 'hang' });
    },
    expect: { shows: 'error', on: 'the project', message: /did not answer in time\. Retry, or raise "atlasPrivateEndpoints\.requestTimeoutSeconds"/ },
    cleanup: (world) => changeClientSetting(world, 'requestTimeoutSeconds', undefined),
  },
  {
    fault: 'slow pages while Refresh is clicked repeatedly',
    setup: onAffected({ type: 'latency', ms: 8000, count: 2 }),
    act: refreshRepeatedly,
    expect: {
      shows: 'connections',
      requests: 3,
      check: (world, delta) => {
        assert.equal(delta.abandoned, 2, 'the two slow loads were cancelled (their connections closed before an answer)');
        world.notes.push(`3 loads, 2 cancelled, most in flight for the project at once: ${delta.inFlightMaxAffected}`);
      },
    },
  },
  {
    fault: 'malformed JSON',
    setup: onAffected({ type: 'malformedJson' }),
    expect: { shows: 'error', on: 'the project', message: /response the extension cannot read \(200\)/ },
  },
  {
    fault: 'HTML error page from a proxy (502)',
    setup: onAffected({ type: 'html' }),
    expect: { shows: 'error', on: 'the project', message: /internal error \(502\) and retrying did not help/ },
  },
  {
    fault: 'HTML page with 200 (captive portal)',
    setup: onAffected({ type: 'html', status: 200 }),
    expect: { shows: 'error', on: 'the project', message: /cannot read \(200\)\. A proxy or captive portal may be answering/ },
  },
  {
    fault: '200 with an object where a list belongs',
    setup: onAffected({ type: 'wrongShape', variant: 'object' }),
    expect: { shows: 'error', on: 'the project', message: /response the extension cannot read \(200\)/ },
  },
  {
    fault: '200 with items without id',
    setup: onAffected({ type: 'wrongShape', variant: 'missingId' }),
    expect: { shows: 'error', on: 'the project', message: /response the extension cannot read \(200\)/ },
  },
  {
    fault: 'response larger than the cap (21 MB streamed)',
    setup: onAffected({ type: 'oversize' }),
    expect: { shows: 'error', on: 'the project', message: /larger than the extension accepts\. Lower "atlasPrivateEndpoints\.pageSize"/ },
  },
  {
    fault: 'redirect to another host',
    setup: async (world) => {
      world.recorder.requests.length = 0;
      await world.fault({ type: 'redirect', location: `${world.recorder.url}/api/atlas/v1.0/groups/${AFFECTED}/privateEndpoint` });
    },
    expect: {
      shows: 'error',
      on: 'the project',
      message: /redirect to another address, which the extension does not follow with your key/,
      check: (world) => {
        assert.equal(world.recorder.requests.length, 0, 'a request reached the other host');
        world.notes.push('the other host received nothing');
      },
    },
  },
  {
    fault: 'digest challenge with an unknown algorithm',
    // Every nonce expires, so the next request is challenged again; the affected project's challenge names SHA-512-256.
    setup: async (world) => {
      await world.fault({ type: 'unknownAlgorithm', algorithm: 'SHA-512-256' });
      await world.control('POST', 'expire-nonces');
    },
    act: expandAffectedFirst,
    expect: { shows: 'error', on: 'the project', message: /authentication method the extension does not support .*SHA-512-256/ },
  },
  {
    fault: 'nonce expiring mid-paging (stale=true)',
    setup: (world) => world.control('POST', 'expire-nonces').then(() => undefined),
    act: loadMoreOfOtherProject,
    expect: {
      shows: 'connections',
      check: async (world, delta) => {
        assert.equal(delta.stale, 1, 'one stale=true answer');
        assert.equal((await world.children(OTHER)).length, 2 * (OTHER_FIRST_PAGE - 1) + 1, 'page 2 loaded');
        world.notes.push('stale nonce answered once, page 2 loaded');
      },
    },
  },
];

describe('fault matrix (real VS Code, Atlas emulator)', function () {
  this.timeout(90_000);
  const emulator = emulatorInfo();
  const matrix = new MatrixReport();
  const watch = new HostWatch();
  let world: World;

  before(async () => {
    const tree = await connectionsTree();
    await signOutEverywhere();
    await setSetting('discoverProjects', false);
    const signedIn = await signIn({ publicKey: emulator.publicKey, privateKey: emulator.privateKey, baseUrl: emulator.url, name: 'Fault matrix' });
    for (const projectId of [AFFECTED, OTHER]) {
      const added = await vscode.commands.executeCommand<{ ok: boolean }>('atlasPrivateEndpoints.addProject', { projectId });
      assert.ok(added?.ok, `adding ${projectId}: ${JSON.stringify(added)}`);
    }
    const recorder = new RecordingServer();
    await recorder.start();
    const notes: string[] = [];
    world = {
      tree,
      url: emulator.url,
      mainProfileId: signedIn.profileId,
      recorder,
      second: new SecondEmulator({ publicKey: emulator.publicKey, privateKey: emulator.privateKey }),
      notes,
      fault: (spec) => emulatorControl(emulator.url, 'POST', 'faults', { projectId: AFFECTED, ...spec }).then(() => undefined),
      control: (method, route, body) => emulatorControl(emulator.url, method, route, body),
      children: async (projectId) => tree.getChildren(await projectNode(tree, projectId)),
    };
    watch.start();
    await watch.selfCheck();
  });

  after(async () => {
    watch.dispose();
    matrix.write();
    await world?.control('POST', 'reset');
    await world?.recorder.stop();
    await world?.second.stop();
    await setSetting('discoverProjects', undefined);
    await signOutEverywhere();
  });

  for (const row of ROWS) {
    it(`${row.fault} -> ${expectationTitle(row.expect)}`, async () => {
      world.notes.length = 0;
      try {
        const result = await runRow(world, row, watch);
        matrix.add(row.fault, result);
      } catch (error) {
        matrix.add(row.fault, `FAILED: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        throw error;
      }
    });
  }

  it('keyring failure (SecretStorage throws on get and store) -> explained, no key lost, diagnostics keep working', async () => {
    const { tree } = world;
    await showLoaded(world);
    const document = await vscode.workspace.openTextDocument({ language: 'python', content: 'requests.get(f"{BASE}/groups/{g}/privateEndpoint")\n' });
    await vscode.window.showTextDocument(document);
    const logBefore = (await extensionLogText()).length;
    try {
      // The extension's test hook makes its SecretStorage throw: a real keyring cannot be broken on demand here.
      await credentialsState({ failSecretStorage: true });
      await vscode.commands.executeCommand('atlasPrivateEndpoints.refresh');
      assert.deepEqual(await tree.getChildren(), [], 'without readable keys the view shows its signed-out content');
      const result = await signIn({ publicKey: emulatorInfo().publicKey, privateKey: emulatorInfo().privateKey, baseUrl: emulatorInfo().url, name: 'Second try' }, false);
      assert.equal(result.ok ? 'ok' : result.reason, 'secretStorage', 'storing a key explains the keyring failure');
      recordShownText('sign-in result', result.ok ? '' : result.message);
      assert.match(result.ok ? '' : result.message, /secret storage|keyring/i);
      const logged = await untilText(async () => (await extensionLogText()).slice(logBefore), /Secret storage failed to read/, 'the read failure in the extension log');
      recordShownText('extension log', logged);
      await diagnosticsWhen(document.uri, 'a deprecation diagnostic while the keyring fails', (found) => found.length === 1);
    } finally {
      await credentialsState({ failSecretStorage: false });
    }
    const state = await credentialsState();
    assert.equal(state.secretPresent[secretKeyFor(world.mainProfileId)], true, 'the key survived the keyring failure');
    assert.equal(state.profiles.filter((profile) => !profile.readOnly).length, 1, 'no profile was added or lost');
    await vscode.commands.executeCommand('atlasPrivateEndpoints.refresh');
    assert.deepEqual(kinds(await world.children(AFFECTED)), Array(AFFECTED_CONNECTIONS).fill('connection'), 'the view recovers with the keyring');
    assert.equal(atlasDiagnostics(document.uri).length, 1);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    assert.deepEqual(watch.take(), []);
    matrix.add('keyring failure (get and store throw)', 'explained (sign-in reason secretStorage, log); key kept; diagnostics kept working; view recovered');
  });
});

// ---- running a row ----------------------------------------------------------------------------------------------

interface CountersDelta {
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

async function runRow(world: World, row: Row, watch: HostWatch): Promise<string> {
  const { tree } = world;
  await world.control('POST', 'reset');
  await showLoaded(world);
  try {
    await row.setup(world);
    const profileId = (await credentialsState()).activeProfileId;
    const before = await countersOf(world.url);
    await (row.act ?? refreshAndExpand)(world);
    await settled(tree);
    const delta = deltaOf(before, await countersOf(world.url));
    const root = await rootProjects(tree);
    await keysKept(profileId);
    let result: string;
    const expect = row.expect;
    if (expect.shows === 'error') {
      const errors = await errorNodes(world, root, expect);
      await expect.check?.(world, delta);
      await (expect.recover ?? ((w: World) => w.control('DELETE', 'faults').then(() => undefined)))(world);
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
      await world.control('DELETE', 'faults');
      await vscode.commands.executeCommand('atlasPrivateEndpoints.refresh', await projectNode(tree, AFFECTED));
      assert.deepEqual(kinds(await world.children(AFFECTED)), Array(AFFECTED_CONNECTIONS).fill('connection'), 'Refresh loads the connections once the list is back');
      result = `fallback: "${clip(label(tree, children[0]))}" + ${children.length - 1} endpoint services; other project loaded`;
    }
    const unhandled = watch.take();
    assert.deepEqual(unhandled, [], 'nothing unhandled in the extension host');
    return [result, ...world.notes].join('; ');
  } finally {
    await row.cleanup?.(world);
    await world.control('DELETE', 'faults');
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
async function showLoaded(world: World): Promise<void> {
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

async function expandAffectedFirst(world: World): Promise<void> {
  await vscode.commands.executeCommand('atlasPrivateEndpoints.refresh');
  await world.children(AFFECTED);
  await world.children(OTHER);
}

/**
 * Refresh on the project row three times while its page is slow (8 s). After each click the view asks for the children
 * again; the emulator must then see exactly one request of this project in flight, the previous one cancelled.
 */
async function refreshRepeatedly(world: World): Promise<void> {
  const project = await projectNode(world.tree, AFFECTED);
  const loads: Array<Thenable<TreeNode[]>> = [];
  for (let click = 0; click < 3; click++) {
    await vscode.commands.executeCommand('atlasPrivateEndpoints.refresh', project);
    loads.push(world.tree.getChildren(project));
    const slow = click < 2;
    await untilCounters(
      world.url,
      `click ${click + 1}: the earlier load cancelled${slow ? ' and one request of the project in flight' : ''}`,
      (counters) => counters.abandoned === click && (!slow || counters.inFlightByProject[AFFECTED] === 1),
    );
  }
  const results = await Promise.all(loads);
  assert.deepEqual(kinds(results[2]), Array(AFFECTED_CONNECTIONS).fill('connection'), 'the last load shows the connections');
}

async function loadMoreOfOtherProject(world: World): Promise<void> {
  const more = (await world.children(OTHER)).at(-1);
  assert.equal(more?.kind, 'loadMore');
  await vscode.commands.executeCommand('atlasPrivateEndpoints.loadMore', more);
}

// ---- profiles, settings -----------------------------------------------------------------------------------------

async function signIn(args: Record<string, string>, expectOk = true): Promise<SignInResult & { profileId: string }> {
  const result = await vscode.commands.executeCommand<SignInResult>('atlasPrivateEndpoints.signIn', args);
  if (expectOk) assert.ok(result?.ok, `sign-in failed: ${JSON.stringify(result)}`);
  return result as SignInResult & { profileId: string };
}

/** An Atlas CLI profile whose private key is mistyped: importing does not check keys, so it lands in SecretStorage. */
async function useProfileWithMistypedKey(world: World): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), 'atlascli-'));
  const configPath = path.join(folder, 'config.toml');
  const info = emulatorInfo();
  writeFileSync(
    configPath,
    ['[mistyped]', `public_api_key = '${info.publicKey}'`, `private_api_key = '${mistyped(info.privateKey)}'`, `project_id = '${AFFECTED}'`, `ops_manager_url = '${world.url}/'`, ''].join('\n'),
    { mode: 0o600 },
  );
  try {
    const result = await vscode.commands.executeCommand<ImportResult>('atlasPrivateEndpoints.importAtlasCliProfile', { configPath, profiles: ['mistyped'] });
    assert.ok(result?.ok, JSON.stringify(result));
    assert.equal(result.imported.length, 1, JSON.stringify(result));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The key with its last character changed: still a recognisable canary for the secret leak audit. */
function mistyped(key: string): string {
  return key.slice(0, -1) + (key.endsWith('0') ? '1' : '0');
}

async function switchToMainProfile(world: World): Promise<void> {
  assert.equal(await vscode.commands.executeCommand('atlasPrivateEndpoints.switchProfile', { profileId: world.mainProfileId }), true);
}

async function signOutOtherProfiles(world: World): Promise<void> {
  const state = await credentialsState();
  for (const profile of state.profiles.filter((candidate) => !candidate.readOnly && candidate.id !== world.mainProfileId)) {
    await vscode.commands.executeCommand('atlasPrivateEndpoints.signOut', { profileId: profile.id });
  }
  if ((await credentialsState()).activeProfileId !== world.mainProfileId) await switchToMainProfile(world);
}

/** A profile on a second emulator (same keys), which then goes down: every request is refused. */
async function useSecondEmulatorThenStopIt(world: World): Promise<void> {
  await world.second.start();
  const info = emulatorInfo();
  await signIn({ publicKey: info.publicKey, privateKey: info.privateKey, baseUrl: world.second.url, name: 'Second emulator' });
  const added = await vscode.commands.executeCommand<{ ok: boolean }>('atlasPrivateEndpoints.addProject', { projectId: AFFECTED });
  assert.ok(added?.ok, JSON.stringify(added));
  await world.second.stop();
}

/** Changes a setting the Atlas client is built with, and waits until the view uses the new client. */
async function changeClientSetting(world: World, key: string, value: unknown): Promise<void> {
  const before = world.tree.current;
  await setSetting(key, value);
  const deadline = Date.now() + 10_000;
  while (world.tree.current === before) {
    if (Date.now() > deadline) throw new Error(`the view did not pick up atlasPrivateEndpoints.${key}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await world.tree.getChildren();
  }
}

// ---- small things -----------------------------------------------------------------------------------------------

function kinds(nodes: readonly TreeNode[]): string[] {
  return nodes.map((node) => node.kind);
}

function clip(text: string): string {
  return text.length > 110 ? `${text.slice(0, 109)}…` : text;
}

function expectationTitle(expect: Expectation): string {
  switch (expect.shows) {
    case 'error':
      return `explained on ${expect.on}, Retry works once it clears`;
    case 'connections':
      return 'absorbed, the project loads';
    case 'fallback':
      return 'endpoint services with a note, other project loads';
  }
}

async function untilText(read: () => Promise<string>, pattern: RegExp, what: string): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const text = await read();
    const line = text.split('\n').find((candidate) => pattern.test(candidate));
    if (line) return line;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
