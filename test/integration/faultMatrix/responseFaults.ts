// Fault matrix rows: Atlas (or something in its place) answers, but not with what the client can use: bodies it cannot
// read, HTML from a proxy, responses too large, redirects elsewhere, digest challenges it cannot answer, expired nonces.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { controlEmulator } from '../emulatorHelpers';
import { AFFECTED, OTHER, OTHER_FIRST_PAGE, onAffected, type Row, type World } from './world';

export const RESPONSE_FAULTS: Row[] = [
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
      await controlEmulator('POST', 'expire-nonces');
    },
    act: expandAffectedFirst,
    expect: { shows: 'error', on: 'the project', message: /authentication method the extension does not support .*SHA-512-256/ },
  },
  {
    fault: 'nonce expiring mid-paging (stale=true)',
    setup: () => controlEmulator('POST', 'expire-nonces').then(() => undefined),
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

async function expandAffectedFirst(world: World): Promise<void> {
  await vscode.commands.executeCommand('atlasPrivateEndpoints.refresh');
  await world.children(AFFECTED);
  await world.children(OTHER);
}

async function loadMoreOfOtherProject(world: World): Promise<void> {
  const more = (await world.children(OTHER)).at(-1);
  assert.equal(more?.kind, 'loadMore');
  await vscode.commands.executeCommand('atlasPrivateEndpoints.loadMore', more);
}
