// Fault matrix rows: the key itself, and what it is allowed to do (401, 403).
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import type { ImportResult } from '../../../src/commands/importAtlasCliProfile';
import { credentialsState } from '../credentialsHelpers';
import { controlEmulator } from '../emulatorHelpers';
import { emulatorInfo } from '../env';
import { AFFECTED, onAffected, type Row, type World } from './world';

const restoreKey = () => controlEmulator('POST', 'keys', { privateKey: emulatorInfo().privateKey }).then(() => undefined);

export const CREDENTIAL_FAULTS: Row[] = [
  {
    fault: '401 wrong key (profile imported with a mistyped private key)',
    setup: useProfileWithMistypedKey,
    expect: { shows: 'error', on: 'every project', message: /did not accept the API key \(401\)/, recover: switchToMainProfile },
    cleanup: signOutOtherProfiles,
  },
  {
    fault: '401 key revoked while the view is open',
    setup: () => controlEmulator('POST', 'keys', { revoke: true }).then(() => undefined),
    expect: {
      shows: 'error',
      on: 'every project',
      message: /did not accept the API key \(401\)/,
      recover: restoreKey,
    },
    cleanup: restoreKey,
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
];

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

/** Signs out of every profile a row added, and makes the suite's own profile active again. */
export async function signOutOtherProfiles(world: World): Promise<void> {
  const state = await credentialsState();
  for (const profile of state.profiles.filter((candidate) => !candidate.readOnly && candidate.id !== world.mainProfileId)) {
    await vscode.commands.executeCommand('atlasPrivateEndpoints.signOut', { profileId: profile.id });
  }
  if ((await credentialsState()).activeProfileId !== world.mainProfileId) await switchToMainProfile(world);
}
