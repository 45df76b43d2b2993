// The "Atlas Private Endpoints" tree as a person sees it: projects, connections with their status icons, a Load more
// click, the context menu, a raw JSON document, an error row with Retry. Saves the README screenshots.
import * as assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import { emulatorControl } from '../emulator/control';
import { LARGE_PROJECT_ID, SEED_PROJECT_ID } from '../emulator/dataset';
import { useWorkbench } from './harness';
import { signInToEmulator } from './signIn';

const PROFILE = 'Demo';

describe('tree: browsing private endpoint connections', () => {
  const workbench = useWorkbench();
  let view: Locator;

  // Rows of the tree itself, not the sticky-scroll copies of their parents pinned at the top.
  const row = (text: string) => view.locator('.monaco-list-rows .monaco-list-row', { hasText: text }).first();

  /** Context menus ignore a click that comes right after they open (it would be the right-click's release). */
  async function chooseFromMenu(label: string): Promise<void> {
    const item = workbench.page.locator('.context-view .monaco-menu').getByText(label, { exact: true });
    await item.hover();
    await workbench.page.waitForTimeout(300);
    await item.click();
  }

  async function collapseAll(): Promise<void> {
    await workbench.page.locator('.part.sidebar .title-actions').getByRole('button', { name: 'Collapse All' }).click();
  }

  /**
   * The tree renders only the rows on screen: scroll from the top until a row with this text shows. The pointer wheels
   * over the list's scrollbar, not over a row, whose tooltip (built on hover) would catch the wheel.
   */
  async function reveal(text: string): Promise<Locator> {
    const box = await view.locator('.monaco-list').first().boundingBox();
    assert.ok(box, 'the tree is on screen');
    await workbench.page.mouse.move(box.x + box.width - 4, box.y + box.height / 2);
    await workbench.page.mouse.wheel(0, -1_000_000);
    await workbench.page.waitForTimeout(100);
    for (let step = 0; step < 200; step++) {
      if (await row(text).isVisible()) {
        return row(text);
      }
      await workbench.page.mouse.wheel(0, 300);
      await workbench.page.waitForTimeout(30);
    }
    const shown = await view.locator('.monaco-list-rows .monaco-list-row').allInnerTexts();
    throw new Error(`No row "${text}" in the tree; rows on screen: ${shown.map((line) => line.replace(/\s+/g, ' ')).join(' | ')}`);
  }

  /** Drags the sidebar's edge so that endpoint service names fit in the screenshots. */
  async function widenSidebar(): Promise<void> {
    const box = await workbench.page.locator('.part.sidebar').boundingBox();
    assert.ok(box, 'the sidebar is on screen');
    const edge = box.x + box.width + 1;
    await workbench.page.mouse.move(edge, box.y + box.height / 2);
    await workbench.page.mouse.down();
    await workbench.page.mouse.move(edge + 280, box.y + box.height / 2, { steps: 5 });
    await workbench.page.mouse.up();
  }
  const quickInput = () => workbench.page.locator('.quick-input-widget');

  const control = (method: string, route: string, body?: unknown) => emulatorControl(workbench.host.emulator.url, method, route, body);

  // Hooks here run before the harness's own `after` closes the browser.
  describe('signed in as "Demo"', () => {
    before(async function () {
      this.timeout(120_000);
      await control('POST', 'reset');
      await workbench.openAtlasView();
      // Not the harness's locator: the header's aria-label gains " - <profile>" once the description is set.
      view = workbench.page.locator('.part.sidebar .pane').filter({ has: workbench.page.locator('.pane-header[aria-label^="Atlas Private Endpoints"]') });
      await widenSidebar();
      await signInToEmulator(workbench, PROFILE);
    });

    after(async function () {
      this.timeout(60_000);
      await control('POST', 'reset');
      await workbench.runCommand('Atlas: Sign Out');
      const dialog = workbench.page.locator('.monaco-dialog-box');
      await dialog.getByRole('button', { name: 'Sign Out', exact: true }).click();
      await view.getByRole('button', { name: 'Sign In with API Key', exact: true }).waitFor();
    });

    it('lists the projects and, expanded, their connections with status and Load more', async () => {
      for (const name of ['Seed Example', 'Payments Production', 'Empty Sandbox', 'Legacy API Retired']) {
        await row(name).waitFor();
      }
      assert.match((await row('Seed Example').innerText()).replace(/\s+/g, ' '), new RegExp(SEED_PROJECT_ID));

      await row('Seed Example').click();
      await row('vpce-svc-0aee615d3fe32c14e').waitFor();
      await row('vpce-svc-4fbdd5faa86d2e7538').waitFor();
      assert.match(await row('vpce-svc-0aee615d3fe32c14e').innerText(), /WAITING_FOR_USER/);
      await collapseAll();

      await row('Payments Production').click();
      await row('INITIATING').waitFor();
      // Status icons: INITIATING spins, the others each have their own codicon.
      await view.locator('.monaco-list-row .codicon-sync.codicon-modifier-spin').first().waitFor();
      for (const icon of ['person', 'pass-filled', 'error', 'trash']) {
        await view.locator(`.monaco-list-row .codicon-${icon}`).first().waitFor();
      }
      await workbench.runCommand('Notifications: Clear All Notifications');
      await workbench.screenshot('tree');
      assert.match(await (await reveal('Load more…')).innerText(), /100 loaded/);
    });

    it('Load more appends the next page', async () => {
      await (await reveal('Load more…')).click();
      await reveal('200 loaded');
      await workbench.screenshot('tree-load-more');
    });

    it('Load all loads every page; the project row then counts what needs attention', async () => {
      const loadMore = await reveal('Load more…');
      await loadMore.hover();
      await loadMore.getByRole('button', { name: 'Load All' }).click();
      await row('us-west-2 · vpce-svc-').waitFor();
      await collapseAll();
      const project = row('Payments Production');
      await project.locator('.label-description', { hasText: /^1,234 · \d+ failed · \d+ pending$/ }).waitFor();
      await row('Seed Example').click();
      await row('Seed Example').locator('.label-description', { hasText: '2 · 2 pending' }).waitFor();
      await workbench.runCommand('Notifications: Clear All Notifications');
      await workbench.page.mouse.move(0, 0);
      await workbench.screenshot('tree-counts');
      await collapseAll();
    });

    it('a status filter shows only the statuses picked, says so in the view, and clears from the view title', async () => {
      await workbench.runCommand('Atlas: Filter by Status…');
      await quickInput().locator('.monaco-list-row', { hasText: 'FAILED' }).first().click();
      await quickInput().locator('input.input').press('Enter');
      await view.getByText('Showing only FAILED', { exact: false }).waitFor();
      await row('Payments Production').click();
      await row('FAILED ·').waitFor();
      assert.equal(await view.locator('.monaco-list-row', { hasText: 'WAITING_FOR_USER' }).count(), 0, 'no other status shows');
      await workbench.page.mouse.move(0, 0);
      await workbench.screenshot('tree-filter');
      await workbench.page.locator('.part.sidebar .title-actions').getByRole('button', { name: 'Clear Status Filter' }).click();
      await view.getByText('Showing only FAILED', { exact: false }).waitFor({ state: 'detached' });
      await row('WAITING_FOR_USER').waitFor();
      await collapseAll();
    });

    it('a connection\'s context menu copies its name and opens its raw JSON, read-only', async () => {
      await collapseAll();
      await row('Seed Example').click();
      const connection = row('vpce-svc-0aee615d3fe32c14e');
      await connection.click({ button: 'right' });
      const menu = workbench.page.locator('.context-view .monaco-menu');
      await menu.getByText('Copy Endpoint Service Name', { exact: true }).waitFor();
      await menu.getByText('Open Raw JSON', { exact: true }).waitFor();
      await workbench.screenshot('tree-context-menu');

      await chooseFromMenu('Copy Endpoint Service Name');
      await workbench.page.locator('.statusbar', { hasText: 'Copied endpoint service name com.amazonaws.vpce.us-east-1.vpce-svc-0aee615d3fe32c14e' }).waitFor();
      const clipboard = await workbench.page.evaluate(() => navigator.clipboard.readText());
      assert.equal(clipboard, 'com.amazonaws.vpce.us-east-1.vpce-svc-0aee615d3fe32c14e');

      await connection.click({ button: 'right' });
      await chooseFromMenu('Open Raw JSON');
      const tab = workbench.page.locator('.tabs-container .tab', { hasText: '5df264b8f10fab7d2cad2f0d.json' });
      await tab.waitFor();
      const editor = workbench.page.locator('.editor-instance .monaco-editor').first();
      await editor.getByText('"vpce-05934e68436496102"').waitFor();
      await editor.click();
      await workbench.page.keyboard.type('x');
      await workbench.page.getByText('Cannot edit in read-only editor').first().waitFor();
      await workbench.screenshot('raw-json');
      await workbench.runCommand('View: Close All Editors');

      // From the palette: a QuickPick of the connections loaded so far.
      await workbench.runCommand('Atlas: Copy Endpoint Service Name');
      await quickInput().locator('input.input').fill('4fbdd5faa86d2e7538');
      const pick = quickInput().locator('.monaco-list-row', { hasText: 'vpce-svc-4fbdd5faa86d2e7538' });
      await pick.waitFor();
      assert.match(await pick.innerText(), /Seed Example/);
      await pick.click();
      await workbench.page.locator('.statusbar', { hasText: 'vpce-svc-4fbdd5faa86d2e7538' }).waitFor();
      await collapseAll();
    });

    it('the project whose deprecated list is gone shows its endpoint services and why', async () => {
      await row('Legacy API Retired').click();
      await row('Deprecated API unavailable (404)').waitFor();
      await view.locator('.monaco-list-row', { hasText: 'AZURE · AVAILABLE' }).waitFor();
      await view.locator('.monaco-list-row', { hasText: 'GCP · AVAILABLE' }).waitFor();
      await workbench.screenshot('tree-fallback');
      await collapseAll();
    });

    it('a failing project shows one error row with Retry and Show Log; Retry recovers once Atlas does', async () => {
      await control('POST', 'faults', { type: 'ipNotAllowed', ip: '203.0.113.9', projectId: LARGE_PROJECT_ID });
      const project = row('Payments Production');
      await project.click(); // expand (the loaded pages are cached: no request)
      await row('INITIATING').waitFor();
      await project.hover();
      await project.getByRole('button', { name: 'Refresh' }).click();
      const error = row('203.0.113.9');
      await error.waitFor();
      assert.match(await error.innerText(), /not on the API access list/);
      await error.hover();
      await error.getByRole('button', { name: 'Show Log' }).waitFor();
      await workbench.screenshot('tree-error');

      await control('DELETE', 'faults');
      await error.hover(); // the screenshot moved the mouse away, hiding the inline actions
      await error.getByRole('button', { name: 'Retry' }).click();
      await row('INITIATING').waitFor();
      assert.equal(await view.locator('.monaco-list-row', { hasText: '203.0.113.9' }).count(), 0);
    });
  });
});
