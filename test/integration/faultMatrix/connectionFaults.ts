// Fault matrix rows: the connection to Atlas (reset, refused, no answer, slow answers while the person clicks Refresh).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TreeNode } from '../../../src/tree';
import { waitFor } from '../../../scripts/vscode-host/waitFor';
import { untilCounters } from '../emulatorHelpers';
import { emulatorInfo } from '../env';
import { projectNode, setSetting } from '../treeHelpers';
import { signOutOtherProfiles } from './credentialFaults';
import { AFFECTED, AFFECTED_CONNECTIONS, kinds, onAffected, signIn, type Row, type World } from './world';

export const CONNECTION_FAULTS: Row[] = [
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
];

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
  await waitFor(
    `the view to pick up atlasPrivateEndpoints.${key}`,
    async () => {
      await world.tree.getChildren();
      return world.tree.current !== before || undefined;
    },
    10_000,
    50,
  );
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
      `click ${click + 1}: the earlier load cancelled${slow ? ' and one request of the project in flight' : ''}`,
      (counters) => counters.abandoned === click && (!slow || counters.inFlightByProject[AFFECTED] === 1),
    );
  }
  const results = await Promise.all(loads);
  assert.deepEqual(kinds(results[2]), Array(AFFECTED_CONNECTIONS).fill('connection'), 'the last load shows the connections');
}
