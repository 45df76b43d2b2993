// The "Atlas Private Endpoints" tree and its commands in a real VS Code against the Atlas emulator.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ConnectionsTree, TreeNode } from '../../src/tree';
import { LARGE_PROJECT_CONNECTIONS, LARGE_PROJECT_ID, RETIRED_PROJECT_ID, SEED_EXAMPLE_RESPONSE, SEED_PROJECT_ID, generatedConnection } from '../emulator/dataset';
import { answerConfirmations, signOutEverywhere } from './credentialsHelpers';
import { clearFaults, controlEmulator, emulatorCounters, injectFault, resetEmulator } from './emulatorHelpers';
import { parseCsv } from '../unit/tree/csv';
import { waitFor } from '../../scripts/vscode-host/waitFor';
import { activatedExtension, emulatorInfo, testWorkspace } from './env';
import { connectionsTree, label, projectNode, setSetting, signInToEmulator, within } from './treeHelpers';

describe('tree (real VS Code, Atlas emulator)', function () {
  this.timeout(120_000);
  const emulator = emulatorInfo();
  let tree: ConnectionsTree;

  before(async () => {
    tree = await connectionsTree();
    await signOutEverywhere();
    await setSetting('pageSize', undefined);
    await setSetting('api', undefined);
    await setSetting('discoverProjects', true);
    await signInToEmulator('Tree tests');
  });

  beforeEach(async () => {
    await resetEmulator();
    await vscode.commands.executeCommand('atlasPrivateEndpoints.refresh');
    await tree.whenIdle();
  });

  after(async () => {
    await clearFaults();
    await setSetting('discoverProjects', undefined);
    await signOutEverywhere();
  });

  async function childrenOf(projectId: string): Promise<TreeNode[]> {
    return tree.getChildren(await projectNode(tree, projectId));
  }

  it('lists the discovered projects, with the seed project\'s two connections as Atlas sent them', async () => {
    const root = await tree.getChildren();
    assert.deepEqual(
      root.map((node) => label(tree, node)),
      ['Empty Sandbox', 'Legacy API Retired', 'Payments Production', 'Seed Example'],
    );
    const seedItem = tree.getTreeItem(await projectNode(tree, SEED_PROJECT_ID));
    assert.equal(seedItem.description, SEED_PROJECT_ID);
    assert.equal(seedItem.contextValue, 'project.discovered');

    const children = await childrenOf(SEED_PROJECT_ID);
    const seed = JSON.parse(SEED_EXAMPLE_RESPONSE) as Array<{ id: string; endpointServiceName: string; status: string }>;
    assert.deepEqual(children.map((node) => label(tree, node)), ['us-east-1 · vpce-svc-0aee615d3fe32c14e', 'us-west-1 · vpce-svc-4fbdd5faa86d2e7538']);
    const item = tree.getTreeItem(children[0]);
    assert.equal(item.description, 'WAITING_FOR_USER');
    assert.equal(item.tooltip, undefined, 'built on hover, not for every row up front');
    const resolved = tree.resolveTreeItem(item, children[0]);
    const tooltip = resolved.tooltip instanceof vscode.MarkdownString ? resolved.tooltip.value.replace(/\\(.)/g, '$1') : '';
    for (const field of [seed[0].endpointServiceName, seed[0].id, 'vpce-05934e68436496102']) {
      assert.ok(tooltip.includes(field), `the tooltip has ${field}`);
    }
    assert.equal(item.contextValue, 'connection.named');
    assert.equal(item.id, `project/${SEED_PROJECT_ID}/connection/${seed[0].id}`);
    assert.ok(item.iconPath instanceof vscode.ThemeIcon);
    assert.equal((item.iconPath as vscode.ThemeIcon).id, 'person');
    assert.ok(resolved.tooltip instanceof vscode.MarkdownString);
    assert.equal((resolved.tooltip as vscode.MarkdownString).isTrusted, false);
    assert.equal(item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    const interfaces = await tree.getChildren(children[0]);
    assert.deepEqual(interfaces.map((node) => label(tree, node)), ['vpce-05934e68436496102']);
  });

  it(`pages to the end of the ${LARGE_PROJECT_CONNECTIONS}-connection project through Load more`, async () => {
    let children = await childrenOf(LARGE_PROJECT_ID);
    assert.equal(children.length, 101);
    const before = await emulatorCounters();
    let clicks = 0;
    for (let last = children.at(-1); last?.kind === 'loadMore'; last = children.at(-1)) {
      const item = tree.getTreeItem(last);
      assert.equal(item.command?.command, 'atlasPrivateEndpoints.loadMore');
      assert.match(String(item.description), /^\d+ loaded$/);
      // A double click runs the command twice; the second joins the first load.
      await Promise.all([
        vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? [])),
        vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? [])),
      ]);
      children = await childrenOf(LARGE_PROJECT_ID);
      clicks++;
    }
    assert.equal(clicks, 12);
    assert.equal(children.length, LARGE_PROJECT_CONNECTIONS);
    assert.equal(new Set(children.map((node) => tree.getTreeItem(node).id)).size, LARGE_PROJECT_CONNECTIONS);
    const after = await emulatorCounters();
    assert.equal(after.byProject[LARGE_PROJECT_ID] - (before.byProject[LARGE_PROJECT_ID] ?? 0), 12, 'one request per page, none doubled by the double clicks');
  });

  it('copies an endpoint service name to the clipboard, and explains a name Atlas has not assigned yet', async () => {
    const [first] = await childrenOf(SEED_PROJECT_ID);
    const copied = await vscode.commands.executeCommand<string>('atlasPrivateEndpoints.copyEndpointServiceName', first);
    assert.equal(copied, 'com.amazonaws.vpce.us-east-1.vpce-svc-0aee615d3fe32c14e');
    assert.equal(await within(vscode.env.clipboard.readText(), 10_000, 'clipboard.readText'), copied);

    const pending = (await childrenOf(LARGE_PROJECT_ID)).find((node) => node.kind === 'connection' && node.connection.endpointServiceName === null);
    assert.ok(pending, 'the large project has an INITIATING connection on its first page');
    assert.equal(tree.getTreeItem(pending).contextValue, 'connection', 'no inline copy button without a name');
    assert.equal(await vscode.commands.executeCommand('atlasPrivateEndpoints.copyEndpointServiceName', pending), undefined);
    assert.equal(await within(vscode.env.clipboard.readText(), 10_000, 'clipboard.readText'), copied, 'the clipboard is untouched');
  });

  it('opens the raw JSON of a connection and of a project: JSON, exactly what the emulator sent, no key', async () => {
    const children = await childrenOf(SEED_PROJECT_ID);
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('atlasPrivateEndpoints.openRawJson', children[1]);
    assert.equal(document.uri.scheme, 'atlas-private-endpoints');
    assert.equal(document.languageId, 'json');
    const seed = JSON.parse(SEED_EXAMPLE_RESPONSE) as unknown[];
    assert.deepEqual(JSON.parse(document.getText()), seed[1]);
    assert.equal(document.getText(), `${JSON.stringify(seed[1], null, 2)}\n`);

    const pages = await vscode.commands.executeCommand<vscode.TextDocument>('atlasPrivateEndpoints.openRawJson', await projectNode(tree, SEED_PROJECT_ID));
    assert.deepEqual(JSON.parse(pages.getText()), [seed]);
    for (const text of [document.getText(), pages.getText()]) {
      assert.ok(!text.includes(emulator.privateKey) && !text.includes(emulator.publicKey), 'a key is in the raw JSON');
    }
    // Read-only in the editor: shown by test/e2e/tree.e2e.ts (typing there says "Cannot edit in read-only editor").
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Refresh during a slow load cancels it and loads again', async () => {
    await injectFault({ type: 'latency', ms: 3000, projectId: SEED_PROJECT_ID, count: 1 });
    const project = await projectNode(tree, SEED_PROJECT_ID);
    const slow = tree.getChildren(project);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await vscode.commands.executeCommand('atlasPrivateEndpoints.refresh', project);
    await slow;
    const children = await tree.getChildren(project);
    assert.deepEqual(children.map((node) => node.kind), ['connection', 'connection']);
    await tree.whenIdle();
  });

  it('a 500 burst shows one error node on that project only, and Retry loads it once the fault clears', async () => {
    // Three 500s: every attempt of the client's retry policy fails.
    await injectFault({ type: 'status', status: 500, projectId: SEED_PROJECT_ID, count: 3 });
    const children = await childrenOf(SEED_PROJECT_ID);
    assert.deepEqual(children.map((node) => node.kind), ['error']);
    const item = tree.getTreeItem(children[0]);
    assert.equal(item.contextValue, 'error');
    assert.match(label(tree, children[0]), /internal error \(500/);
    assert.equal((await childrenOf(LARGE_PROJECT_ID)).length, 101, 'other projects are not affected');

    await vscode.commands.executeCommand('atlasPrivateEndpoints.retry', children[0]);
    await tree.whenIdle();
    assert.deepEqual((await childrenOf(SEED_PROJECT_ID)).map((node) => node.kind), ['connection', 'connection']);
  });

  it('falls back to the endpoint service API for the project whose deprecated list is gone', async () => {
    const children = await childrenOf(RETIRED_PROJECT_ID);
    assert.equal(children[0].kind, 'note');
    assert.match(label(tree, children[0]), /Deprecated API unavailable/);
    const services = children.filter((node) => node.kind === 'endpointService');
    assert.deepEqual(services.map((node) => tree.getTreeItem(node).description).map((text) => String(text).split(' · ')[0]), ['AWS', 'AWS', 'AZURE', 'AZURE', 'GCP', 'GCP']);
    assert.equal(tree.getTreeItem(services[0]).contextValue, 'endpointService.named');
    assert.equal(tree.getTreeItem(services[1]).contextValue, 'endpointService');

    await setSetting('api', 'legacy');
    await tree.whenIdle();
    const legacy = await childrenOf(RETIRED_PROJECT_ID);
    assert.deepEqual(legacy.map((node) => node.kind), ['error'], 'with api=legacy the 404 is an error');
    await setSetting('api', undefined);
  });

  it('page size follows the setting', async () => {
    await setSetting('pageSize', 500);
    try {
      const children = await childrenOf(LARGE_PROJECT_ID);
      assert.equal(children.length, 501);
    } finally {
      await setSetting('pageSize', undefined);
    }
  });

  describe('status at a glance and the status filter', () => {
    const statuses = Array.from({ length: LARGE_PROJECT_CONNECTIONS }, (_, index) => generatedConnection(LARGE_PROJECT_ID, index).status);
    const count = (wanted: string[]) => statuses.filter((status) => wanted.includes(status)).length;

    before(async () => {
      // Atlas's paginated shape: each page carries totalCount (includeCount).
      await controlEmulator('POST', 'settings', { shape: 'paginated' });
    });

    after(async () => {
      await controlEmulator('POST', 'settings', { shape: 'array' });
      await vscode.commands.executeCommand('atlasPrivateEndpoints.clearFilter');
    });

    it('the project row shows the total after the first page, and after Load all the counts that need attention', async () => {
      const project = await projectNode(tree, LARGE_PROJECT_ID);
      assert.equal(tree.getTreeItem(project).description, LARGE_PROJECT_ID, 'nothing loaded yet: the id');
      await tree.getChildren(project);
      assert.equal(tree.getTreeItem(project).description, '1,234 · 100 loaded');
      assert.equal(tree.getTreeItem(project).contextValue, 'project.discovered.more', 'Load all is offered');

      // Some latency, so that requests sent together are seen together.
      await injectFault({ type: 'latency', ms: 100, projectId: LARGE_PROJECT_ID });
      const before = await emulatorCounters();
      await vscode.commands.executeCommand('atlasPrivateEndpoints.loadAll', project);
      await clearFaults();
      const after = await emulatorCounters();
      assert.equal(after.byProject[LARGE_PROJECT_ID] - (before.byProject[LARGE_PROJECT_ID] ?? 0), 12, 'the 12 remaining pages, each once');
      assert.ok(after.inFlightMaxByProject[LARGE_PROJECT_ID] > 1, 'requested concurrently');
      assert.ok(after.inFlightMaxByProject[LARGE_PROJECT_ID] <= 4, 'within maxConcurrentRequests');

      const item = tree.getTreeItem(project);
      assert.equal(item.description, `1,234 · ${count(['FAILED'])} failed · ${count(['INITIATING', 'WAITING_FOR_USER', 'DELETING'])} pending`);
      const tooltip = (item.tooltip as vscode.MarkdownString).value.replace(/\\(.)/g, '$1');
      for (const status of ['FAILED', 'INITIATING', 'WAITING_FOR_USER', 'AVAILABLE', 'DELETING']) {
        assert.ok(tooltip.includes(`**${status}**: ${count([status]).toLocaleString('en-US')}`), `${status} in ${tooltip}`);
      }
      const children = await tree.getChildren(project);
      assert.equal(children.length, LARGE_PROJECT_CONNECTIONS, 'every row, no Load more');
    });

    it('a status filter shows only matching loaded rows, says so, keeps Load more working, and clears', async () => {
      const project = await projectNode(tree, LARGE_PROJECT_ID);
      await tree.getChildren(project);
      const shown = await vscode.commands.executeCommand<string[]>('atlasPrivateEndpoints.filterByStatus', { statuses: ['FAILED'] });
      assert.deepEqual(shown, ['FAILED']);
      assert.deepEqual([...tree.filter], ['FAILED']);
      let children = await tree.getChildren(project);
      const failedOnFirstPage = statuses.slice(0, 100).filter((status) => status === 'FAILED').length;
      assert.equal(children.length, failedOnFirstPage + 1);
      assert.ok(children.slice(0, -1).every((node) => node.kind === 'connection' && node.connection.status === 'FAILED'));
      const loadMore = children.at(-1) as TreeNode;
      assert.equal(loadMore.kind, 'loadMore');
      await vscode.commands.executeCommand('atlasPrivateEndpoints.loadMore', loadMore);
      children = await tree.getChildren(project);
      assert.equal(children.length, statuses.slice(0, 200).filter((status) => status === 'FAILED').length + 1, 'Load more under the filter adds the matching rows of the next page');

      await vscode.commands.executeCommand('atlasPrivateEndpoints.clearFilter');
      assert.equal(tree.filter.size, 0);
      assert.equal((await tree.getChildren(project)).length, 201);
    });

    it('FAILED first (sortOrder) lists the failed rows on top, in Atlas\'s order otherwise', async () => {
      await setSetting('sortOrder', 'failedFirst');
      try {
        const children = await tree.getChildren(await projectNode(tree, LARGE_PROJECT_ID));
        const failed = statuses.slice(0, 100).filter((status) => status === 'FAILED').length;
        const kinds = children.slice(0, -1).map((node) => (node.kind === 'connection' ? node.connection.status : node.kind));
        assert.ok(kinds.slice(0, failed).every((status) => status === 'FAILED'));
        assert.ok(kinds.slice(failed).every((status) => status !== 'FAILED'));
      } finally {
        await setSetting('sortOrder', undefined);
      }
    });
  });
});

describe('export inventory (real VS Code, Atlas emulator)', function () {
  this.timeout(120_000);
  let tree: ConnectionsTree;

  before(async () => {
    tree = await connectionsTree();
    await signOutEverywhere();
    await signInToEmulator('Export tests');
    await resetEmulator();
  });

  after(async () => {
    await clearFaults();
    await signOutEverywhere();
  });

  it('exports every project of the profile to CSV: the columns, RFC 4180 quoting, every page, and the failed project in the summary', async () => {
    // The seed project fails every attempt (until the faults are cleared: the tree's own requests, which may come in
    // between, must not use up a counted fault); the others load.
    await injectFault({ type: 'status', status: 500, projectId: SEED_PROJECT_ID });
    const uri = vscode.Uri.joinPath(testWorkspace(), 'inventory.csv');
    // A file given as an argument skips the save dialog, so the person is asked first (declined: nothing written).
    await answerConfirmations('decline');
    const declined = await vscode.commands.executeCommand<{ cancelled: boolean }>('atlasPrivateEndpoints.exportInventory', undefined, { format: 'csv', uri });
    assert.equal(declined.cancelled, true);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(uri)), 'declined: no file');
    const asked = await answerConfirmations('accept');
    assert.equal(asked.length, 1);
    assert.match(asked[0].message, /Write the Atlas private endpoint inventory to .*inventory\.csv\?/);
    const result = await vscode.commands.executeCommand<{ rows: number; failedProjects: number; cancelled: boolean }>('atlasPrivateEndpoints.exportInventory', undefined, { format: 'csv', uri });
    assert.equal(result.cancelled, false);
    assert.equal(result.failedProjects, 1);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const records = parseCsv(text);
    assert.deepEqual(records[0], ['project id', 'project name', 'provider', 'id', 'endpoint service name', 'region', 'status', 'error message', 'interface endpoints']);
    const large = records.filter((record) => record[0] === LARGE_PROJECT_ID);
    assert.equal(large.length, LARGE_PROJECT_CONNECTIONS, 'every page of the large project');
    assert.equal(new Set(large.map((record) => record[3])).size, LARGE_PROJECT_CONNECTIONS);
    const retired = records.filter((record) => record[0] === RETIRED_PROJECT_ID);
    assert.deepEqual(retired.map((record) => record[2]), ['AWS', 'AWS', 'AZURE', 'AZURE', 'GCP', 'GCP'], 'the endpoint services of the retired project');
    const failed = records.filter((record) => record[6] === 'NOT EXPORTED');
    assert.deepEqual(failed.map((record) => record[0]), [SEED_PROJECT_ID]);
    assert.match(failed[0][7], /internal error \(500/);
    assert.ok(text.includes('"'), 'the failure reason holds commas, so it is quoted');
    assert.equal(records.length, 1 + LARGE_PROJECT_CONNECTIONS + 6 + 1);
    await clearFaults();
  });

  it('exports one project to JSON with every field Atlas sent', async () => {
    await clearFaults();
    const uri = vscode.Uri.joinPath(testWorkspace(), 'inventory.json');
    const project = await projectNode(tree, SEED_PROJECT_ID);
    await vscode.commands.executeCommand('atlasPrivateEndpoints.refresh', project);
    await vscode.commands.executeCommand('atlasPrivateEndpoints.exportInventory', project, { format: 'json', uri });
    assert.deepEqual((await answerConfirmations()).map((asked) => asked.action), ['Write File'], 'asked before writing the given file');
    const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))) as { summary: { connections: number; failedProjects: unknown[] }; rows: Array<{ atlas: unknown }> };
    assert.equal(json.summary.connections, 2);
    assert.deepEqual(json.summary.failedProjects, []);
    assert.deepEqual(json.rows.map((row) => row.atlas), JSON.parse(SEED_EXAMPLE_RESPONSE));
  });
});

describe('open in Atlas (real VS Code, Atlas emulator)', function () {
  this.timeout(60_000);

  before(async () => {
    await signOutEverywhere();
    await signInToEmulator('Open in Atlas tests');
  });

  after(async () => {
    await signOutEverywhere();
  });

  it('a profile on a custom base URL (the emulator) has no Atlas UI: it says so and opens nothing', async () => {
    const tree = await connectionsTree();
    const project = await projectNode(tree, SEED_PROJECT_ID);
    const link = await vscode.commands.executeCommand<{ kind: string; baseUrl?: string }>('atlasPrivateEndpoints.openInAtlas', project);
    assert.deepEqual(link, { kind: 'noUi', baseUrl: emulatorInfo().url });
    // The commercial and Government URLs are checked in real workbenches by the cloud phase (openInAtlas.workbench.ts).
  });
});

describe('watching pending connections (real VS Code, Atlas emulator)', function () {
  this.timeout(120_000);
  let tree: ConnectionsTree;

  before(async () => {
    tree = await connectionsTree();
    await signOutEverywhere();
    await setSetting('watch.intervalSeconds', 15);
    await signInToEmulator('Watch tests');
    await resetEmulator();
    await vscode.commands.executeCommand('atlasPrivateEndpoints.connections.focus');
  });

  after(async () => {
    await resetEmulator();
    await setSetting('watch.intervalSeconds', undefined);
    await signOutEverywhere();
  });

  it('a pending row changes in place when Atlas changes its status, with one request per poll, and the watch stops when the view is hidden', async () => {
    const watch = await watchState();
    const project = await projectNode(tree, SEED_PROJECT_ID);
    const [first] = await tree.getChildren(project);
    assert.equal(tree.getTreeItem(first).description, 'WAITING_FOR_USER');
    assert.ok(watch.running, 'the view is visible, signed in, trusted: the watch runs');
    const seed = JSON.parse(SEED_EXAMPLE_RESPONSE) as Array<{ id: string }>;
    await controlEmulator('POST', 'status-changes', { projectId: SEED_PROJECT_ID, connectionId: seed[0].id, status: 'AVAILABLE', afterMs: 1000 });
    const before = await emulatorCounters();
    const pollsBefore = watch.polls;
    const started = Date.now();
    await waitFor('the row to show AVAILABLE', async () => (tree.getTreeItem(first).description === 'AVAILABLE' ? true : undefined), 45_000, 250);
    const seconds = (Date.now() - started) / 1000;
    const after = await emulatorCounters();
    const requests = after.byProject[SEED_PROJECT_ID] - (before.byProject[SEED_PROJECT_ID] ?? 0);
    const polls = watch.polls - pollsBefore;
    assert.ok(polls >= 1 && polls <= Math.ceil(seconds / 15) + 1, `${polls} polls in ${seconds} s`);
    assert.equal(requests, polls, 'one request per poll: both pending connections are on one page');
    assert.strictEqual((await tree.getChildren(project))[0], first, 'the same row, updated in place');

    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await waitFor('the watch to stop', async () => (watch.running ? undefined : true), 5_000, 50);
  });

  it('the watch stops when the session ends (signed out), even with the view visible', async () => {
    const watch = await watchState();
    await vscode.commands.executeCommand('atlasPrivateEndpoints.connections.focus');
    await tree.getChildren(await projectNode(tree, SEED_PROJECT_ID));
    await waitFor('the watch to run again with the view shown', async () => (watch.running ? true : undefined), 10_000, 50);
    await signOutEverywhere();
    await waitFor('the watch to stop once signed out', async () => (watch.running ? undefined : true), 5_000, 50);
  });
});

async function watchState(): Promise<{ running: boolean; polls: number }> {
  const extension = await activatedExtension();
  return (extension.exports as { watch: { running: boolean; polls: number } }).watch;
}
