// The first suite: the extension as installed from its .vsix, inside a real extension host.
import * as assert from 'node:assert/strict';
import { DigestClient } from 'digest-fetch';
import * as vscode from 'vscode';
import { waitFor } from '../../scripts/vscode-host/waitFor';
import { emulatorCounters } from './emulatorHelpers';
import { activatedExtension, emulatorInfo, EXTENSION_ID, runnerContext } from './env';

const PREFIX = 'atlasPrivateEndpoints.';
const VIEW_CONTAINER = 'atlasPrivateEndpoints';
const VIEW = 'atlasPrivateEndpoints.connections';

interface Manifest {
  contributes: {
    commands: Array<{ command: string }>;
    viewsContainers: { activitybar: Array<{ id: string; title: string }> };
    views: Record<string, Array<{ id: string; name: string }>>;
  };
}

function manifest(): Manifest {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  return extension.packageJSON as Manifest;
}

describe('Extension activation', () => {
  it('activates on its own after startup (onStartupFinished), without errors', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    await waitFor('the extension to become active within 20 s of startup', () => extension.isActive || undefined, 20_000, 100);
    await extension.activate();
  });

  it('registers every command it declares, and declares every command it registers', async () => {
    await activatedExtension();
    const declared = manifest().contributes.commands.map((entry) => entry.command).sort();
    // Not ours to declare: the workbench adds `<view id>.focus` and the like for each contributed view, and the
    // `atlasPrivateEndpoints.test.*` hooks exist only when the launcher sets ATLAS_PRIVATE_ENDPOINTS_TEST_HOOKS=1.
    const registered = (await vscode.commands.getCommands(true))
      .filter((id) => id.startsWith(PREFIX) && !id.startsWith(`${VIEW}.`) && !id.startsWith(`${PREFIX}test.`))
      .sort();
    assert.deepEqual(registered, declared);
  });

  it('contributes the Atlas view container and the connections view, which open', async () => {
    await activatedExtension();
    const { contributes } = manifest();
    assert.deepEqual(
      contributes.viewsContainers.activitybar.map((container) => [container.id, container.title]),
      [[VIEW_CONTAINER, 'Atlas']],
    );
    assert.deepEqual(
      contributes.views[VIEW_CONTAINER].map((view) => view.id),
      [VIEW],
    );
    // These commands exist only when the workbench registered the container and the view from the manifest.
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes(`workbench.view.extension.${VIEW_CONTAINER}`), 'the view container is registered');
    assert.ok(commands.includes(`${VIEW}.focus`), 'the view is registered');
    await vscode.commands.executeCommand(`workbench.view.extension.${VIEW_CONTAINER}`);
    await vscode.commands.executeCommand(`${VIEW}.focus`);
  });
});

describe('Extension host', () => {
  it('round-trips a value through SecretStorage', async () => {
    const { secrets } = await runnerContext();
    const key = `integration-probe-${Date.now()}`;
    const changed = new Promise<string>((resolve) => {
      const listener = secrets.onDidChange((event) => {
        if (event.key === key) {
          listener.dispose();
          resolve(event.key);
        }
      });
    });
    await secrets.store(key, 'value with ünïcode and "quotes"');
    assert.equal(await secrets.get(key), 'value with ünïcode and "quotes"');
    assert.equal(await changed, key);
    await secrets.delete(key);
    assert.equal(await secrets.get(key), undefined);
  });

  it('reaches the Atlas emulator over loopback, with a real digest challenge and digest-authenticated requests', async () => {
    const emulator = emulatorInfo();
    assert.match(new URL(emulator.url).hostname, /^(127\.0\.0\.1|localhost|\[::1\])$/, 'the emulator is on loopback');
    const project = emulator.projects[0];
    assert.ok(project, 'the emulator has projects');
    const projectUrl = `${emulator.url}/api/atlas/v2/groups/${project.id}`;

    const challenge = await fetch(projectUrl);
    assert.equal(challenge.status, 401);
    assert.match(challenge.headers.get('www-authenticate') ?? '', /^Digest /);

    const before = await emulatorCounters();
    const response = await new DigestClient(emulator.publicKey, emulator.privateKey).fetch(projectUrl);
    assert.equal(response.status, 200);
    assert.equal(((await response.json()) as { id: string }).id, project.id);
    const after = await emulatorCounters();
    assert.equal(after.authorized, before.authorized + 1);
  });
});
