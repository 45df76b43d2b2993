// Open in Atlas on commercial Atlas and on Atlas for Government, in real workbenches. Run by the launcher's "cloud"
// phase (scripts/vscode-host/cloudProfile.ts), in the launcher's process with playwright-core: each extension host has
// API keys in the environment, so the environment profile is on that cloud without a sign-in (which would check the
// keys with Atlas, out of reach here). Requests to Atlas fail on this machine; the project row is there all the same,
// from MONGODB_ATLAS_PROJECT_ID.
//
// What the browser would load is answered by playwright (context.route) with a stand-in page: the one mock here, as
// this machine has no internet. The test checks the address VS Code has the browser open.
import * as assert from 'node:assert/strict';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium, openWorkbench } from '../../scripts/vscode-host/chromium';
import { CLOUD_HOST_VARIABLE, type CloudHost } from '../../scripts/vscode-host/cloudProfile';

function cloudHosts(): CloudHost[] {
  const value = process.env[CLOUD_HOST_VARIABLE];
  if (!value) {
    throw new Error(`${CLOUD_HOST_VARIABLE} is not set: this suite runs in the launcher's cloud phase (\`tsx scripts/vscode-host/run.ts cloud\`).`);
  }
  return JSON.parse(value) as CloudHost[];
}

for (const host of cloudHosts()) {
  describe(`Open in Atlas on ${host.cloud}: the environment profile on ${host.uiBaseUrl} (real workbench)`, function () {
    this.timeout(60_000);
    const expectedUrl = `${host.uiBaseUrl}/v2/${host.projectId}#/security/network/privateEndpoint`;
    let browser: Browser | undefined;
    let context: BrowserContext;
    let page: Page;
    const requestedFromAtlasUi: string[] = [];

    const atlasView = (): Locator => page.locator('[id="workbench.view.extension.atlasPrivateEndpoints"]');

    before(async function () {
      this.timeout(120_000);
      browser = await launchChromium(host.chromePath);
      ({ context, page } = await openWorkbench(browser, host.url, host.workspace));
      await context.route(`${host.uiBaseUrl}/**`, async (route) => {
        requestedFromAtlasUi.push(route.request().url());
        await route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Atlas UI stand-in</title>' });
      });
    });

    after(async () => {
      await browser?.close();
    });

    it('the project row\'s context menu opens the project\'s private endpoint page of the Atlas UI', async () => {
      await page.locator('.part.activitybar li.action-item[role="tab"]').filter({ has: page.locator('a.action-label[aria-label="Atlas"]') }).click();
      const row = atlasView().locator('.monaco-list-rows .monaco-list-row', { hasText: host.projectId }).first();
      await row.waitFor();
      const popup = context.waitForEvent('page', { timeout: 30_000 });
      await row.click({ button: 'right' });
      // Context menus ignore a click that comes right after they open (it would be the right-click's release).
      const item = page.locator('.context-view .monaco-menu').getByText('Open in Atlas', { exact: true });
      await item.hover();
      await page.waitForTimeout(300);
      await item.click();
      // VS Code asks before it opens a website that is not among the trusted domains.
      const dialog = page.locator('.monaco-dialog-box');
      await dialog.waitFor({ timeout: 30_000 });
      // The dialog shortens the address's middle to fit; the popup below is checked for the whole address.
      const shown = await dialog.innerText();
      assert.ok(shown.includes(`${host.uiBaseUrl}/v2/${host.projectId}#`), `the dialog names the project's page of the Atlas UI: ${shown}`);
      await dialog.getByRole('button', { name: 'Open', exact: true }).click();
      const opened = await popup;
      await opened.waitForLoadState('domcontentloaded');
      assert.equal(opened.url(), expectedUrl);
      assert.deepEqual(requestedFromAtlasUi, [expectedUrl.split('#')[0]]);
    });
  });
}
