// Importing a profile from the Atlas CLI as a person does: the view's "Import from Atlas CLI" button finds the CLI's
// config file in its usual place, the profile is picked, the emulator's host confirmed, and the check with Atlas is
// cancelled with the progress notification's own Cancel button: nothing is saved, and the request in flight ends.
import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { waitFor } from '../../scripts/vscode-host/waitFor';
import { countersOf, emulatorControl } from '../emulator/control';
import { useWorkbench } from './harness';

describe('credentials: import from the Atlas CLI, cancelled while Atlas checks the keys', () => {
  const workbench = useWorkbench();
  const configFile = path.join(workbench.host.home, '.config', 'atlascli', 'config.toml');

  before(() => {
    const { emulator } = workbench.host;
    mkdirSync(path.dirname(configFile), { recursive: true });
    const profile = ['[e2e-cli]', `public_api_key = '${emulator.publicKey}'`, `private_api_key = '${emulator.privateKey}'`, `ops_manager_url = '${emulator.url}'`];
    writeFileSync(configFile, [...profile, `project_id = '${emulator.projects[0].id}'`, ''].join('\n'), { mode: 0o600 });
  });

  after(async () => {
    rmSync(configFile, { force: true });
    await emulatorControl(workbench.host.emulator.url, 'DELETE', 'faults');
  });

  it('shows Cancel on the progress notification; a click saves nothing and ends the request', async () => {
    const { emulator } = workbench.host;
    const view = await workbench.openAtlasView();
    // The keys check (GET /groups?itemsPerPage=1) is answered with a challenge, then never: it stays in flight.
    await emulatorControl(emulator.url, 'POST', 'faults', { type: 'hang', pathIncludes: '/groups' });
    const abandonedBefore = (await countersOf(emulator.url)).abandoned;
    await view.getByRole('button', { name: 'Import from Atlas CLI', exact: true }).click();

    const quickInput = workbench.page.locator('.quick-input-widget');
    await quickInput.locator('.quick-input-title', { hasText: 'Import Profiles from Atlas CLI' }).waitFor();
    const row = quickInput.locator('.monaco-list-row', { hasText: 'e2e-cli' });
    await row.getByText('API key', { exact: false }).waitFor();
    assert.equal(await row.getAttribute('aria-checked'), 'true', 'a profile not yet in VS Code is chosen by default');
    await quickInput.locator('input.input').press('Enter');

    // The emulator is not Atlas: the confirmation names what is imported before any key is sent.
    const dialog = workbench.page.locator('.monaco-dialog-box');
    await dialog.getByText('Import Atlas CLI profiles?', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();

    const progress = workbench.page.locator('.notification-toast', { hasText: 'Checking the keys of Atlas CLI profile "e2e-cli" with Atlas' });
    await progress.waitFor();
    await progress.getByRole('button', { name: 'Cancel', exact: true }).click();

    await workbench.page.locator('.notification-toast', { hasText: 'Import cancelled. Nothing was saved.' }).waitFor();
    // Still signed out: the welcome view's buttons, no project row.
    await view.getByRole('button', { name: 'Sign In with API Key', exact: true }).waitFor();
    assert.equal(await view.locator('.monaco-list-row', { hasText: 'Seed Example' }).count(), 0, 'a cancelled import saved the profile');
    await waitFor('the request in flight to end', async () => ((await countersOf(emulator.url)).abandoned > abandonedBefore ? true : undefined), 10_000);
  });
});

