// Restricted Mode in a real workbench. Run by the launcher's "restricted" phase (scripts/vscode-host/restricted.ts), in
// the launcher's process with playwright-core, not inside the extension host: in an untrusted folder the test runner
// extension is disabled like any extension that does not declare untrusted-workspace support.
//
// The folder is untrusted, the Atlas CLI's environment variables hold a valid key for the emulator, discovery is on.
// The extension must send nothing (the emulator's counters stay at zero), say why in the view, refuse sign-in with an
// explanation, and still show deprecation diagnostics. Trusting the folder then loads the projects: the control that
// shows the credentials were usable all along.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium, openWorkbench } from '../../scripts/vscode-host/chromium';
import { RESTRICTED_HOST_VARIABLE, UNOPENED_DEPRECATED_FILE, type RestrictedHost } from '../../scripts/vscode-host/restricted';
import type { EmulatorCounters } from '../emulator';

const ROOT = path.resolve(__dirname, '..', '..');

function restrictedHost(): RestrictedHost {
  const value = process.env[RESTRICTED_HOST_VARIABLE];
  if (!value) {
    throw new Error(`${RESTRICTED_HOST_VARIABLE} is not set: this suite runs in the launcher's restricted phase (\`tsx scripts/vscode-host/run.ts restricted\`).`);
  }
  return JSON.parse(value) as RestrictedHost;
}

function nls(key: string): string {
  const strings = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
  return strings[key];
}

describe('Restricted Mode: an untrusted folder with Atlas credentials in the environment (real workbench)', function () {
  this.timeout(60_000);
  const host = restrictedHost();
  let browser: Browser | undefined;
  let page: Page;

  const atlasView = (): Locator => page.locator('[id="workbench.view.extension.atlasPrivateEndpoints"]');
  const toast = (text: string): Locator => page.locator('.notification-toast', { hasText: text });

  async function counters(): Promise<EmulatorCounters> {
    return (await (await fetch(`${host.emulatorUrl}/__emulator/counters`)).json()) as EmulatorCounters;
  }

  async function runCommand(label: string): Promise<void> {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${label}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor();
    await input.press('Enter');
  }

  before(async function () {
    this.timeout(120_000);
    browser = await launchChromium(host.chromePath);
    page = (await openWorkbench(browser, host.url, host.workspace)).page;
  });

  after(async () => {
    await browser?.close();
  });

  it('opens the folder in Restricted Mode', async () => {
    await page.locator('.part.statusbar').getByText('Restricted Mode').waitFor();
  });

  it('the Atlas view explains Restricted Mode instead of showing the tree', async () => {
    await page.locator('.part.activitybar li.action-item[role="tab"]').filter({ has: page.locator('a.action-label[aria-label="Atlas"]') }).click();
    const [sentence] = nls('viewsWelcome.restricted').split('\n');
    await atlasView().getByText(sentence.split('. ')[0], { exact: false }).waitFor();
    await atlasView().getByRole('button', { name: 'Manage Workspace Trust' }).waitFor();
    assert.equal(await atlasView().locator('.monaco-list-row').count(), 0, 'no tree rows in Restricted Mode');
  });

  it('deprecation diagnostics still work on a file that calls the deprecated API', async () => {
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill(host.deprecatedFile);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: host.deprecatedFile }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Shift+M');
    const problems = page.locator('.part.panel');
    await problems.getByText('is deprecated in the Atlas Admin API', { exact: false }).first().waitFor();
    await problems.getByText('deprecated-private-endpoint').first().waitFor();
  });

  it('ignores the folder\'s own scanWorkspaceOnStartup and maxFileSizeKB: no file was scanned at startup', async () => {
    // The folder's .vscode/settings.json turns on a scan at startup, of files of any size (restrictedConfigurations).
    // The file opened above has its finding; the file never opened would have one only if that scan had run.
    const problems = page.locator('.part.panel');
    await problems.getByText('inventory.py', { exact: false }).first().waitFor();
    await page.waitForTimeout(1500);
    assert.equal(await problems.getByText(UNOPENED_DEPRECATED_FILE, { exact: false }).count(), 0, 'the workspace was scanned at startup in Restricted Mode');
  });

  it('signing in and importing are refused with an explanation', async () => {
    for (const command of ['Atlas: Sign In with API Key…', 'Atlas: Sign In with Service Account…', 'Atlas: Import Profile from Atlas CLI…']) {
      await runCommand(command);
      await toast('Atlas requests are disabled in Restricted Mode').first().waitFor();
      await page.keyboard.press('Escape');
    }
    assert.equal(await page.locator('.quick-input-widget input[type="password"]').count(), 0, 'no key prompt was shown');
  });

  it('the emulator received no request at all', async () => {
    const seen = await counters();
    assert.deepEqual(
      { total: seen.total, challenged: seen.challenged, authorized: seen.authorized, tokenRequests: seen.tokenRequests },
      { total: 0, challenged: 0, authorized: 0, tokenRequests: 0 },
    );
  });

  it('once the folder is trusted, the same environment credentials list the projects (the control)', async () => {
    await atlasView().getByRole('button', { name: 'Manage Workspace Trust' }).click();
    await page.getByRole('dialog', { name: 'Workspace Trust' }).getByRole('button', { name: 'Trust', exact: true }).click();
    await atlasView().locator('.monaco-list-row', { hasText: 'Seed Example' }).first().waitFor();
    assert.ok((await counters()).authorized > 0, 'the trusted workspace reached the emulator');
  });
});
