// `npm start` as a newcomer runs it: the real command (not a copy of its code path) in its own process group, like a
// terminal's foreground job. The demo comes up on code-server with the extension signed in to the emulator through
// the environment; the tree shows the seed's two connections; the demo workspace shows diagnostics; a second
// `npm start` gets other ports; Ctrl-C ends every process the demo started and removes its folder.
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { scanText } from '../../src/deprecation';
import { launchChromium, openWorkbench } from '../../scripts/vscode-host/chromium';
import { withoutAtlasCredentials, withoutNpmVariables } from '../../scripts/vscode-host/environment';
import { SEED_PROJECT_ID } from '../emulator/dataset';
import { e2eHost } from './harness';

const ROOT = path.resolve(__dirname, '..', '..');
/** The first run may install code-server into .vscode-test/ (about 1.5 minutes); later runs take seconds. */
const READY_TIMEOUT_MS = 300_000;

interface StartedDemo {
  readonly child: ChildProcess;
  readonly exited: Promise<number | string>;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  readonly url: URL;
  readonly workspace: string;
  readonly emulatorUrl: string;
}

function startDemo(): Promise<StartedDemo> {
  // detached: its own process group, which a terminal's Ctrl-C reaches as a whole (npm, tsx and node).
  const child = spawn('npm', ['start', '--', '--no-open', '--editor', 'code-server'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: withoutAtlasCredentials(withoutNpmVariables(process.env)),
  });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  return new Promise<StartedDemo>((resolve, reject) => {
    const timer = setTimeout(() => fail(`no "demo is ready" line within ${READY_TIMEOUT_MS / 1000} s`), READY_TIMEOUT_MS);
    const fail = (why: string) => {
      clearTimeout(timer);
      child.stdout?.off('data', check);
      signalGroup(child, 'SIGKILL');
      reject(new Error(`npm start: ${why}. Its output:\n${text}`));
    };
    const check = () => {
      const open = /^\s*Open:\s+(\S+)/m.exec(text)?.[1];
      const workspace = /^\s*Workspace:\s+(\S+)/m.exec(text)?.[1];
      const emulatorUrl = /^\s*Emulator:\s+(\S+)/m.exec(text)?.[1];
      if (/demo is ready/.test(text) && open && workspace && emulatorUrl) {
        clearTimeout(timer);
        child.stdout?.off('data', check);
        resolve({ child, exited, output: () => text, url: new URL(open), workspace, emulatorUrl });
      }
    };
    child.stdout?.on('data', check);
    void exited.then((code) => fail(`exited (${code}) before the demo was ready`));
  });
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/**
 * Ctrl-C, as a terminal sends it: SIGINT to the whole foreground process group; resolves once npm has ended and
 * checks that the demo stopped cleanly. (npm itself ends by re-raising the SIGINT once its script has exited.)
 */
async function pressCtrlC(demo: StartedDemo): Promise<void> {
  signalGroup(demo.child, 'SIGINT');
  const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('still running 60 s after Ctrl-C'), 60_000));
  const ended = await Promise.race([demo.exited, timeout]);
  assert.ok(ended === 0 || ended === 'SIGINT', `npm start ended with ${ended}:\n${demo.output()}`);
  assert.match(demo.output(), /Stopped: every process the demo started has ended/);
}

async function reachable(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(5000) });
    return true;
  } catch {
    return false;
  }
}

/**
 * Processes (Linux /proc) with this text in their command line, or this variable in their environment: whatever the
 * demo started has the demo folder in its command line or the emulator's URL as MONGODB_ATLAS_BASE_URL.
 */
function processesMentioning({ argument, environment }: { argument: string; environment: string }): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const environ = `\0${readFileSync(`/proc/${pid}/environ`, 'utf8')}`;
      if (cmdline.includes(argument) || environ.includes(`\0${environment}\0`)) found.push(`${pid}: ${cmdline.replace(/\0/g, ' ').slice(0, 200)}`);
    } catch {
      // ended meanwhile, or not ours to read
    }
  }
  return found;
}

describe('npm start: the demo on the emulator', function () {
  this.timeout(READY_TIMEOUT_MS + 60_000);
  const host = e2eHost();
  let demo: StartedDemo | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;

  before(async function () {
    demo = await startDemo();
    browser = await launchChromium(host.chromePath);
    page = (await openWorkbench(browser, demo.url.origin, demo.workspace)).page;
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      const file = path.join(host.artifactsDir, `failure-npm-start-${this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`);
      await page?.screenshot({ path: file }).catch(() => undefined);
      console.log(`      screenshot of the failure: ${file}\n      npm start printed:\n${demo?.output()}`);
    }
  });

  after(async function () {
    await browser?.close();
    if (demo) signalGroup(demo.child, 'SIGKILL'); // only when a test failed before Ctrl-C ended it
  });

  const workbench = (): Page => {
    assert.ok(page, 'the demo workbench is open');
    return page;
  };

  it('prints a loopback URL for the demo folder, a copy of demo/workspace outside the repository', () => {
    assert.ok(demo);
    assert.equal(demo.url.hostname, '127.0.0.1');
    assert.equal(demo.url.searchParams.get('folder'), demo.workspace);
    assert.ok(!demo.workspace.startsWith(ROOT), `${demo.workspace} is outside the repository`);
    assert.deepEqual(readdirSync(demo.workspace).sort(), readdirSync(path.join(ROOT, 'demo', 'workspace')).sort());
    assert.doesNotMatch(demo.output(), /PRIVATE_API_KEY=|privateKey/i, 'npm start prints no key');
  });

  it('shows the seed project\'s two connections in the tree without any sign-in', async () => {
    const item = workbench().locator('.part.activitybar li.action-item[role="tab"]').filter({ has: workbench().locator('a.action-label[aria-label="Atlas"]') });
    await item.click();
    const view = workbench().locator('.part.sidebar .pane').filter({ has: workbench().locator('.pane-header[aria-label^="Atlas Private Endpoints"]') });
    // The environment profile (MONGODB_ATLAS_* from npm start) is active, as the view's title says: no sign-in.
    await workbench().locator('.part.sidebar .title-label h2', { hasText: 'environment' }).waitFor();
    const row = (text: string) => view.locator('.monaco-list-rows .monaco-list-row', { hasText: text }).first();
    await row('Seed Example').waitFor();
    assert.match(await row('Seed Example').innerText(), new RegExp(SEED_PROJECT_ID.slice(0, 12)));
    await row('Seed Example').click();
    await row('vpce-svc-0aee615d3fe32c14e').waitFor();
    await row('vpce-svc-4fbdd5faa86d2e7538').waitFor();
    assert.match(await row('vpce-svc-0aee615d3fe32c14e').innerText(), /WAITING_FOR_USER/);
  });

  it('shows the demo files\' deprecated calls in the Problems count and as squiggles in a sample file', async () => {
    assert.ok(demo);
    const workspace = demo.workspace;
    const expected = readdirSync(workspace, { recursive: true, encoding: 'utf8' })
      .map((file) => path.join(workspace, file))
      .filter((file) => statSync(file).isFile() && !file.includes(`${path.sep}.vscode${path.sep}`))
      .reduce((count, file) => count + scanText(readFileSync(file, 'utf8')).length, 0);
    assert.ok(expected > 0, 'the demo files contain deprecated calls');
    // The demo workspace turns on the scan at startup: the status bar counts every finding as a warning.
    const problems = workbench().locator('.statusbar-item[id="status.problems"]');
    const label = `Warnings: ${expected}`;
    await problems.locator(`a[aria-label="${label}"]`).waitFor({ timeout: 30_000 })
      .catch(async () => assert.fail(`The Problems count says "${await problems.getAttribute('aria-label')}", not "${label}"`));

    // The demo opens its README preview and the walkthrough as it starts; one of them taking focus closes Quick
    // Open. Open it again then (at most three times), instead of waiting for a list that is gone.
    const input = workbench().locator('.quick-input-widget input');
    const match = workbench().locator('.quick-input-list .monaco-list-row', { hasText: 'list-private-endpoints.sh' }).first();
    for (let attempt = 1; ; attempt++) {
      await workbench().keyboard.press('Control+P');
      await input.fill('list-private-endpoints.sh');
      try {
        await match.waitFor({ timeout: 10_000 });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
        await workbench().keyboard.press('Escape');
      }
    }
    await input.press('Enter');
    const editor = workbench().locator('.editor-instance .monaco-editor').first();
    const lines = scanText(readFileSync(path.join(workspace, 'list-private-endpoints.sh'), 'utf8')).length;
    await editor.locator('.squiggly-warning').nth(lines - 1).waitFor();
  });

  it('a second npm start while one runs gets other ports and its own folder', async () => {
    assert.ok(demo);
    const second = await startDemo();
    try {
      assert.notEqual(second.url.port, demo.url.port);
      assert.notEqual(new URL(second.emulatorUrl).port, new URL(demo.emulatorUrl).port);
      assert.notEqual(second.workspace, demo.workspace);
      assert.equal((await fetch(second.url)).status, 200);
      assert.ok(await reachable(demo.url.href), 'the first demo still answers');
    } finally {
      await pressCtrlC(second);
    }
  });

  it('Ctrl-C ends every process the demo started and removes its folder', async () => {
    assert.ok(demo);
    await browser?.close();
    browser = undefined;
    page = undefined;
    await pressCtrlC(demo);
    assert.equal(await reachable(demo.url.href), false, 'code-server still answers');
    assert.equal(await reachable(demo.emulatorUrl), false, 'the emulator still answers');
    assert.equal(existsSync(path.dirname(demo.workspace)), false, 'the demo folder is still there');
    const leftovers = processesMentioning({ argument: path.dirname(demo.workspace), environment: `MONGODB_ATLAS_BASE_URL=${demo.emulatorUrl}` });
    assert.deepEqual(leftovers, [], 'processes the demo started outlived Ctrl-C');
  });
});
