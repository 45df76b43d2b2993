// The "Atlas Private Endpoints" tree and its commands in a real VS Code against the Atlas emulator.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ConnectionsTree, TreeNode } from '../../src/tree';
import { LARGE_PROJECT_CONNECTIONS, LARGE_PROJECT_ID, RETIRED_PROJECT_ID, SEED_EXAMPLE_RESPONSE, SEED_PROJECT_ID } from '../emulator/dataset';
import { signOutEverywhere } from './credentialsHelpers';
import { clearFaults, emulatorCounters, injectFault, resetEmulator } from './emulatorHelpers';
import { emulatorInfo } from './env';
import { connectionsTree, label, projectNode, setSetting, within } from './treeHelpers';

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
    const result = await vscode.commands.executeCommand<{ ok: boolean }>('atlasPrivateEndpoints.signIn', {
      publicKey: emulator.publicKey,
      privateKey: emulator.privateKey,
      baseUrl: emulator.url,
      name: 'Tree tests',
    });
    assert.ok(result?.ok, `sign-in failed: ${JSON.stringify(result)}`);
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
    const tooltip = item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value.replace(/\\(.)/g, '$1') : '';
    for (const field of [seed[0].endpointServiceName, seed[0].id, 'vpce-05934e68436496102']) {
      assert.ok(tooltip.includes(field), `the tooltip has ${field}`);
    }
    assert.equal(item.contextValue, 'connection.named');
    assert.equal(item.id, `project/${SEED_PROJECT_ID}/connection/${seed[0].id}`);
    assert.ok(item.iconPath instanceof vscode.ThemeIcon);
    assert.equal((item.iconPath as vscode.ThemeIcon).id, 'person');
    assert.ok(item.tooltip instanceof vscode.MarkdownString);
    assert.equal((item.tooltip as vscode.MarkdownString).isTrusted, false);
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
    assert.deepEqual(services.map((node) => tree.getTreeItem(node).description).map((text) => String(text).split(' · ')[0]), ['AWS', 'AWS', 'AZURE', 'GCP']);
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
});
