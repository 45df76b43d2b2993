// Fault matrix rows: the key itself, and what it is allowed to do (401, 403).
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import type { ImportResult } from '../../../src/commands/importAtlasCliProfile';
import { credentialsState, emulatorServiceAccount } from '../credentialsHelpers';
import { controlEmulator } from '../emulatorHelpers';
import { emulatorInfo } from '../env';
import { AFFECTED, onAffected, type Row, type World } from './world';

const restoreKey = () => controlEmulator('POST', 'keys', { privateKey: emulatorInfo().privateKey }).then(() => undefined);

export const CREDENTIAL_FAULTS: Row[] = [
  {
    // An import checks the keys now, so a mistyped key never lands in SecretStorage: the profile's secret goes bad after.
    fault: '401 wrong key (an imported service-account profile whose secret was rotated)',
    setup: useProfileWithRotatedSecret,
    expect: { shows: 'error', on: 'every project', message: /did not accept the service account \(401 invalid_client\)/, recover: switchToMainProfile },
    cleanup: (world) => restoreServiceAccount().then(() => signOutOtherProfiles(world)),
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

/** An Atlas CLI service-account profile, imported (Atlas accepts it), then its secret rotated on the emulator. */
async function useProfileWithRotatedSecret(world: World): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), 'atlascli-'));
  const configPath = path.join(folder, 'config.toml');
  const serviceAccount = emulatorServiceAccount();
  writeFileSync(
    configPath,
    ['[rotated]', `client_id = '${serviceAccount.clientId}'`, `client_secret = '${serviceAccount.clientSecret}'`, `project_id = '${AFFECTED}'`, `ops_manager_url = '${world.url}/'`, ''].join('\n'),
    { mode: 0o600 },
  );
  try {
    const result = await vscode.commands.executeCommand<ImportResult>('atlasPrivateEndpoints.importAtlasCliProfile', { configPath, profiles: ['rotated'] });
    assert.ok(result?.ok, JSON.stringify(result));
    assert.equal(result.imported.length, 1, JSON.stringify(result));
    assert.equal(result.activeProfileId, result.imported[0].profileId);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  await controlEmulator('POST', 'keys', { serviceAccount: { clientSecret: `mdb_sa_sk_${'0'.repeat(40)}` } });
}

function restoreServiceAccount(): Promise<void> {
  return controlEmulator('POST', 'keys', { serviceAccount: emulatorServiceAccount() }).then(() => undefined);
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
