/**
 * The e2e harness: playwright-core driving the real workbench of the code-server that the launcher
 * (scripts/vscode-host/run.ts) started, with our extension installed from its .vsix and the Atlas emulator running.
 *
 *   import { useWorkbench } from './harness';
 *   describe('My feature', () => {
 *     const workbench = useWorkbench();            // one browser + workbench page for this describe block
 *     it('shows something', async () => {
 *       await workbench.openAtlasView();
 *       await workbench.runCommand('Atlas: Refresh');
 *       await expectVisible(workbench.page.getByText('...'));
 *       await workbench.screenshot('my-feature');  // media/screenshots/my-feature.png, for the README
 *     });
 *   });
 *
 * Each `useWorkbench()` opens a fresh browser context (empty browser storage, so empty SecretStorage) on a fresh
 * workspace folder (seeded with `files`, if given) of the shared server; user settings are shared by the whole run.
 * A failing test leaves a screenshot in the run's artifacts folder. `workbench.host.emulator` is the emulator's info
 * (URL, keys, projects).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium, openWorkbench, type WorkbenchPage } from '../../scripts/vscode-host/chromium';
import { E2E_HOST_VARIABLE, type E2eHost } from '../../scripts/vscode-host/e2e';

export type { E2eHost };

export interface Workbench {
  readonly host: E2eHost;
  /** The folder open in this workbench, named `workspace` (so titles look the same in every run). */
  readonly workspace: string;
  /** The workbench page (valid inside tests and hooks of the describe block). */
  readonly page: Page;
  /** The activity-bar entry with this title (e.g. 'Atlas', 'Explorer'). */
  activityBarItem(title: string): Locator;
  /** Clicks the Atlas activity-bar entry (unless already open) and returns the connections view pane once shown. */
  openAtlasView(): Promise<Locator>;
  /** Runs a command through the Command Palette by its palette label, e.g. 'Atlas: Refresh'. */
  runCommand(label: string): Promise<void>;
  /** Saves a screenshot of the whole workbench as media/screenshots/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
}

export function e2eHost(): E2eHost {
  const value = process.env[E2E_HOST_VARIABLE];
  if (!value) {
    throw new Error(`${E2E_HOST_VARIABLE} is not set: e2e suites run against the code-server the launcher starts. Run them with \`npm run test:e2e\`.`);
  }
  return JSON.parse(value) as E2eHost;
}

export interface WorkbenchOptions {
  /** Files to create in the workspace folder before the workbench opens: relative path -> content. */
  readonly files?: Readonly<Record<string, string>>;
}

export function useWorkbench(options: WorkbenchOptions = {}): Workbench {
  const host = e2eHost();
  const workspacesDir = path.join(host.artifactsDir, 'e2e-workspaces');
  mkdirSync(workspacesDir, { recursive: true });
  const workspace = path.join(mkdtempSync(path.join(workspacesDir, 'suite-')), 'workspace');
  let browser: Browser | undefined;
  let opened: WorkbenchPage | undefined;

  before(async function () {
    this.timeout(120_000);
    for (const [file, content] of Object.entries({ ...options.files })) {
      mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
      writeFileSync(path.join(workspace, file), content);
    }
    mkdirSync(workspace, { recursive: true });
    browser = await launchChromium(host.chromePath);
    opened = await openWorkbench(browser, host.url, workspace);
  });

  afterEach(async function () {
    const test = this.currentTest;
    if (test?.state === 'failed' && opened) {
      const file = path.join(host.artifactsDir, `failure-${slug(test.fullTitle())}.png`);
      await opened.page.screenshot({ path: file }).catch(() => undefined);
      console.log(`      screenshot of the failure: ${file}`);
    }
  });

  after(async () => {
    await browser?.close();
  });

  const page = (): Page => {
    if (!opened) {
      throw new Error('The workbench is not open: use workbench.page inside tests or hooks of the describe block that called useWorkbench()');
    }
    return opened.page;
  };

  const workbench: Workbench = {
    host,
    workspace,
    get page() {
      return page();
    },
    activityBarItem(title) {
      // The label is on the inner link, with the keybinding for built-in views: "Explorer (Ctrl+Shift+E)".
      const label = page().locator(`a.action-label[aria-label="${title}"], a.action-label[aria-label^="${title} ("]`);
      return page().locator('.part.activitybar li.action-item[role="tab"]').filter({ has: label });
    },
    async openAtlasView() {
      const item = workbench.activityBarItem('Atlas');
      if ((await item.getAttribute('aria-selected')) !== 'true') {
        await item.click();
      }
      // Found by the view id (the header's label changes with the profile shown in it).
      const view = page()
        .locator('[id="workbench.view.extension.atlasPrivateEndpoints"] .pane')
        .filter({ has: page().locator('.pane-header .view-atlasPrivateEndpoints-connections') });
      await view.locator('.pane-body').waitFor();
      return view;
    },
    async runCommand(label) {
      const input = page().locator('.quick-input-widget input');
      // The palette closes when it loses focus, and a webview that was just clicked (a Markdown preview) takes the
      // focus a moment later: when the palette is gone before it could be typed into, open it again.
      for (let attempt = 1; ; attempt++) {
        await page().keyboard.press('F1');
        await input.waitFor();
        try {
          await input.fill(`>${label}`, { timeout: 10_000 });
          break;
        } catch (error) {
          if (attempt >= 3 || (await input.isVisible())) throw error;
        }
      }
      await page().locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor();
      await input.press('Enter');
    },
    async screenshot(name) {
      if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) {
        throw new Error(`Screenshot names are lowercase words joined by dashes, not ${JSON.stringify(name)}`);
      }
      mkdirSync(host.screenshotsDir, { recursive: true });
      const file = path.join(host.screenshotsDir, `${name}.png`);
      // Keep hovers and tooltips out of the picture: rest the mouse on the empty editor area until they are gone.
      const viewport = page().viewportSize() ?? { width: 1280, height: 800 };
      await page().mouse.move(viewport.width - 20, viewport.height / 2);
      await page().locator('.workbench-hover').first().waitFor({ state: 'detached', timeout: 3000 }).catch(() => undefined);
      await page().screenshot({ path: file, animations: 'disabled', caret: 'hide' });
      return file;
    },
  };
  return workbench;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
}
