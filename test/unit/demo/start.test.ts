// `npm start`'s decisions that need no VS Code: its command line, the Node check, fixed ports, the demo workspace,
// and how a desktop VS Code and a browser are found, launched and ended. The full demo (code-server, the tree, the
// diagnostics, Ctrl-C) is tested for real in test/e2e/start.e2e.ts.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { browserArguments, findBrowser } from '../../../scripts/demo/browser';
import { Demo, DEMO_WORKSPACE_SOURCE } from '../../../scripts/demo/demo';
import { desktopArguments, desktopEnvironment, findDesktopCode, launchDesktop, stopDesktopWindows } from '../../../scripts/demo/desktop';
import { nodeVersionProblem, parseStartArgs } from '../../../scripts/demo/options';
import { ensurePortFree } from '../../../scripts/demo/ports';
import { ProcessGroups } from '../../../scripts/vscode-host/processGroup';
import { waitFor } from '../../../scripts/vscode-host/waitFor';
import { scanText } from '../../../src/deprecation';
import { SEED_PROJECT_ID } from '../../emulator';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function listen(): Promise<net.Server> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function portOf(server: net.Server): number {
  return (server.address() as net.AddressInfo).port;
}

/** Running, not ended (a zombie left for a parent that no longer reaps it has ended). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
  return !/^\d+ \(.*\) Z/.test(stat);
}

/**
 * No desktop VS Code can be installed here (its download servers are out of reach), so a stub `code` in `<dir>/bin`
 * stands in for it: like the real one with --wait, it hands the window to a detached process and waits. It records
 * its arguments, environment and the window's pid, read back by launchOf().
 */
function stubCode(dir: string): string {
  const bin = path.join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  const file = path.join(bin, 'code');
  const window = `setInterval(() => undefined, 1000)`;
  writeFileSync(file, `#!${process.execPath}
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const userDataDir = process.argv.find((arg) => arg.startsWith('--user-data-dir='));
const child = spawn(process.execPath, ['-e', ${JSON.stringify(window)}, '--', userDataDir], { detached: true, stdio: 'ignore' });
child.unref();
fs.writeFileSync(${JSON.stringify(path.join(dir, 'record.json'))}, JSON.stringify({ argv: process.argv.slice(2), env: process.env, window: child.pid }));
setInterval(() => undefined, 1000);
`);
  chmodSync(file, 0o755);
  return file;
}

/** What the stub `code` of stubCode(dir) was started with, once it has recorded it. */
async function launchOf(dir: string): Promise<{ argv: string[]; env: Record<string, string | undefined>; window: number }> {
  const record = path.join(dir, 'record.json');
  await waitFor('the stub `code` to record its launch', () => existsSync(record) || undefined, 10_000, 50);
  return JSON.parse(readFileSync(record, 'utf8')) as { argv: string[]; env: Record<string, string | undefined>; window: number };
}

describe('npm start: command line', () => {
  it('defaults to any editor, a browser when one can be shown, and free ports', () => {
    const options = parseStartArgs([], ROOT);
    assert.deepEqual(options, { editor: 'auto', open: 'auto', port: 0, emulatorPort: 0, cacheDir: path.join(ROOT, '.vscode-test'), help: false });
  });

  it('reads --open, --no-open, --port, --emulator-port, --editor and --cache-dir', () => {
    assert.equal(parseStartArgs(['--open'], ROOT).open, 'always');
    assert.equal(parseStartArgs(['--no-open'], ROOT).open, 'never');
    const options = parseStartArgs(['--editor', 'code-server', '--port', '8123', '--emulator-port', '9000', '--cache-dir', 'cache'], ROOT);
    assert.equal(options.editor, 'code-server');
    assert.equal(options.port, 8123);
    assert.equal(options.emulatorPort, 9000);
    assert.equal(options.cacheDir, path.resolve('cache'));
  });

  it('refuses what makes no sense, saying why', () => {
    assert.throws(() => parseStartArgs(['--open', '--no-open'], ROOT), /contradict/);
    assert.throws(() => parseStartArgs(['--port', '70000'], ROOT), /--port needs a port number/);
    assert.throws(() => parseStartArgs(['--port', 'abc'], ROOT), /--port needs a port number/);
    assert.throws(() => parseStartArgs(['--editor', 'vim'], ROOT), /--editor is auto, desktop or code-server/);
    assert.throws(() => parseStartArgs(['--editor', 'desktop', '--port', '8123'], ROOT), /apply to code-server/);
    assert.throws(() => parseStartArgs(['--bogus'], ROOT), /bogus/);
  });

  it('names the Node version it needs', () => {
    assert.match(nodeVersionProblem('v18.19.1') ?? '', /needs Node 20 or newer; this is Node v18\.19\.1/);
    assert.equal(nodeVersionProblem('v20.11.0'), undefined);
    assert.equal(nodeVersionProblem('v24.1.0'), undefined);
  });
});

describe('npm start: fixed ports', () => {
  it('accepts a free port and port 0', async () => {
    const server = await listen();
    const port = portOf(server);
    await new Promise((resolve) => server.close(resolve));
    await ensurePortFree(port, '--port');
    await ensurePortFree(0, '--port');
  });

  it('refuses a port in use, naming the option to change', async () => {
    const server = await listen();
    try {
      await assert.rejects(ensurePortFree(portOf(server), '--emulator-port'), new RegExp(`Port ${portOf(server)} on 127\\.0\\.0\\.1 is already in use .* --emulator-port`));
    } finally {
      server.close();
    }
  });

  it('`npm start -- --port N` with N taken ends at once with that message and exit code 1, starting nothing', async function () {
    this.timeout(60_000);
    const server = await listen();
    try {
      const result = spawnSync('npm', ['start', '--', '--editor', 'code-server', '--port', String(portOf(server))], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 50_000,
      });
      assert.equal(result.status, 1, result.stderr);
      assert.match(result.stderr, new RegExp(`Could not start the demo: Port ${portOf(server)} on 127\\.0\\.0\\.1 is already in use`));
      assert.doesNotMatch(result.stdout, /emulator|code-server/i);
    } finally {
      server.close();
    }
  });
});

describe('npm start: the demo workspace', () => {
  const files = readdirSync(DEMO_WORKSPACE_SOURCE);

  it('has a deprecated call in each sample: curl, Python, TypeScript, Go, Terraform and .http', () => {
    for (const sample of ['list-private-endpoints.sh', 'inventory.py', 'atlasClient.ts', 'privatelink.go', 'main.tf', 'private-endpoints.http']) {
      assert.ok(files.includes(sample), `demo/workspace/${sample} exists`);
      assert.ok(scanText(readFileSync(path.join(DEMO_WORKSPACE_SOURCE, sample), 'utf8')).length > 0, `${sample} has findings`);
    }
    assert.deepEqual(scanText(readFileSync(path.join(DEMO_WORKSPACE_SOURCE, 'README.md'), 'utf8')), [], 'the guide itself is clean');
  });

  it('points the .http file at the emulator\'s seed project and scans the workspace on startup', () => {
    assert.match(readFileSync(path.join(DEMO_WORKSPACE_SOURCE, 'private-endpoints.http'), 'utf8'), new RegExp(`@groupId = ${SEED_PROJECT_ID}`));
    const settings = readFileSync(path.join(DEMO_WORKSPACE_SOURCE, '.vscode', 'settings.json'), 'utf8');
    assert.match(settings, /"atlasPrivateEndpoints\.deprecation\.scanWorkspaceOnStartup": true/);
  });
});

describe('npm start: a desktop VS Code', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-demo-test-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is found through VSCODE_PATH or `code` on PATH; a VSCODE_PATH that does not exist is an error', () => {
    const code = stubCode(dir);
    assert.equal(findDesktopCode({ PATH: path.dirname(code) }), code);
    assert.equal(findDesktopCode({ VSCODE_PATH: code, PATH: '' }), code);
    assert.equal(findDesktopCode({ PATH: path.join(dir, 'nothing-here') }), undefined);
    assert.throws(() => findDesktopCode({ VSCODE_PATH: path.join(dir, 'missing') }), /VSCODE_PATH is set to .*missing, which does not exist/);
  });

  it('is not the remote CLI of a VS Code remote terminal, which cannot open a desktop window', () => {
    const remoteBin = path.join(dir, '.vscode-server', 'bin', 'abc123', 'bin', 'remote-cli');
    mkdirSync(remoteBin, { recursive: true });
    writeFileSync(path.join(remoteBin, 'code'), '#!/bin/sh\n');
    chmodSync(path.join(remoteBin, 'code'), 0o755);
    assert.equal(findDesktopCode({ PATH: remoteBin }), undefined);
    const code = stubCode(dir);
    assert.equal(findDesktopCode({ PATH: [remoteBin, path.dirname(code)].join(path.delimiter) }), code);
  });

  it('gets the demo keys, and none of the developer\'s own Atlas or VS Code variables', () => {
    const env = desktopEnvironment(
      {
        PATH: '/usr/bin',
        MONGODB_ATLAS_OPS_MANAGER_URL: 'https://cloud.mongodb.com',
        MONGODB_ATLAS_PUBLIC_API_KEY: 'real-public',
        MCLI_PRIVATE_API_KEY: 'real-private',
        VSCODE_IPC_HOOK_CLI: '/tmp/vscode-ipc.sock',
        ELECTRON_RUN_AS_NODE: '1',
        npm_lifecycle_event: 'start',
      },
      { MONGODB_ATLAS_PUBLIC_API_KEY: 'demo', MONGODB_ATLAS_BASE_URL: 'http://127.0.0.1:1234' },
    );
    assert.deepEqual(env, { PATH: '/usr/bin', MONGODB_ATLAS_PUBLIC_API_KEY: 'demo', MONGODB_ATLAS_BASE_URL: 'http://127.0.0.1:1234' });
  });

  it('is launched with the extension under development, a throwaway profile and the demo folder; stopping ends its window', async () => {
    const code = stubCode(dir);
    const dirs = {
      userDataDir: path.join(dir, 'user data'),
      extensionsDir: path.join(dir, 'extensions'),
      workspace: path.join(dir, 'demo-workspace'),
      logFile: path.join(dir, 'code.log'),
    };
    assert.deepEqual(desktopArguments(ROOT, dirs), [
      '--new-window',
      '--wait',
      `--extensionDevelopmentPath=${ROOT}`,
      `--user-data-dir=${dirs.userDataDir}`,
      `--extensions-dir=${dirs.extensionsDir}`,
      dirs.workspace,
    ]);
    const groups = new ProcessGroups();
    const child = launchDesktop(code, ROOT, dirs, { PATH: process.env.PATH, MONGODB_ATLAS_BASE_URL: 'http://127.0.0.1:1234' }, groups);
    try {
      const record = await launchOf(dir);
      assert.deepEqual(record.argv, desktopArguments(ROOT, dirs));
      assert.equal(record.env.MONGODB_ATLAS_BASE_URL, 'http://127.0.0.1:1234');
      assert.ok(alive(record.window), 'the detached window runs');

      await groups.stopAll();
      assert.ok(alive(record.window), 'ending the `code` command leaves the detached window, as with the real VS Code');
      await stopDesktopWindows(dirs.userDataDir);
      assert.equal(alive(record.window), false, 'the window outlived the demo');
      assert.notEqual(await child.exited, undefined);
    } finally {
      groups.killAll();
    }
  });
});

describe('npm start: the whole demo with a desktop VS Code (stub)', () => {
  // startDemo's desktop path end to end, with the stub `code` standing in for VS Code: the build, the emulator, the
  // workspace copy, the profile's settings, the environment the editor gets, and stop().
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-demo-test-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('builds, starts the emulator, opens the workspace copy with the demo keys, and stop() ends it all', async function () {
    this.timeout(120_000);
    const bin = path.dirname(stubCode(dir));
    const lines: string[] = [];
    const demo = new Demo(parseStartArgs(['--editor', 'desktop'], ROOT), (line) => lines.push(line), {
      PATH: [bin, process.env.PATH].join(path.delimiter),
      MONGODB_ATLAS_OPS_MANAGER_URL: 'https://cloud.mongodb.com',
    });
    let folder = '';
    try {
      const session = await demo.start();
      folder = path.dirname(session.workspace);
      assert.equal(session.editor, 'desktop');
      assert.deepEqual(readdirSync(session.workspace).sort(), readdirSync(DEMO_WORKSPACE_SOURCE).sort());
      const launched = await launchOf(dir);
      const userDataDir = path.join(folder, 'user-data');
      assert.deepEqual(launched.argv, desktopArguments(ROOT, { userDataDir, extensionsDir: path.join(folder, 'extensions'), workspace: session.workspace, logFile: '' }));
      assert.equal(launched.env.MONGODB_ATLAS_BASE_URL, session.emulator.url);
      assert.equal(launched.env.MONGODB_ATLAS_PUBLIC_API_KEY, session.emulator.publicKey);
      assert.equal(launched.env.MONGODB_ATLAS_PRIVATE_API_KEY, session.emulator.privateKey);
      assert.equal(launched.env.MONGODB_ATLAS_PROJECT_ID, SEED_PROJECT_ID);
      assert.equal(launched.env.MONGODB_ATLAS_OPS_MANAGER_URL, undefined, 'a real Atlas URL from the caller would win over the emulator');
      const settings = JSON.parse(readFileSync(path.join(userDataDir, 'User', 'settings.json'), 'utf8')) as Record<string, unknown>;
      assert.equal(settings['atlasPrivateEndpoints.discoverProjects'], true);
      assert.equal(settings['telemetry.telemetryLevel'], 'off');
      assert.ok(!('security.workspace.trust.enabled' in settings), 'the desktop keeps VS Code\'s workspace trust');
      assert.equal((await fetch(`${session.emulator.url}/api/atlas/v1.0/groups`)).status, 401, 'the emulator answers (with a digest challenge)');
      assert.ok(lines.some((line) => line.includes('Starting VS Code')));

      await demo.stop();
      assert.equal(alive(launched.window), false, 'the VS Code window outlived the demo');
      assert.equal(existsSync(folder), false, 'the demo folder is still there');
      await assert.rejects(fetch(session.emulator.url), 'the emulator still answers');
      assert.deepEqual(await session.ended, { reason: 'VS Code ended (exit SIGTERM)', expected: false });
    } finally {
      await demo.stop();
    }
  });
});

describe('npm start: opening a browser', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-demo-test-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function executable(name: string): string {
    const file = path.join(dir, name);
    writeFileSync(file, '#!/bin/sh\n');
    chmodSync(file, 0o755);
    return file;
  }

  it('says there is no display when neither DISPLAY nor WAYLAND_DISPLAY is set', () => {
    executable('xdg-open');
    assert.deepEqual(findBrowser({ PATH: dir }, 'linux'), { problem: 'there is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set)' });
  });

  it('takes CHROME_PATH when set, else the desktop\'s default browser (xdg-open), else names the override', () => {
    const xdgOpen = executable('xdg-open');
    assert.deepEqual(findBrowser({ DISPLAY: ':0', PATH: dir }, 'linux'), { launcher: { kind: 'system', command: xdgOpen } });
    const chromium = executable('chromium');
    assert.deepEqual(findBrowser({ WAYLAND_DISPLAY: 'wayland-0', PATH: dir, CHROME_PATH: chromium }, 'linux'), { launcher: { kind: 'chromium', command: chromium } });
    rmSync(xdgOpen);
    const none = findBrowser({ DISPLAY: ':0', PATH: dir }, 'linux');
    assert.match('problem' in none ? none.problem : '', /xdg-open.*set CHROME_PATH/);
    const wrong = findBrowser({ DISPLAY: ':0', PATH: dir, CHROME_PATH: path.join(dir, 'missing') }, 'linux');
    assert.match('problem' in wrong ? wrong.problem : '', /CHROME_PATH is set to .*missing, which does not exist/);
    assert.deepEqual(findBrowser({}, 'darwin'), { launcher: { kind: 'system', command: 'open' } });
  });

  it('gives Chromium a throwaway profile, and --no-sandbox only as root', () => {
    const launcher = { kind: 'chromium', command: '/usr/bin/chromium' } as const;
    const asUser = browserArguments(launcher, 'http://127.0.0.1:1/', '/tmp/profile', false);
    assert.ok(asUser.includes('--user-data-dir=/tmp/profile'));
    assert.equal(asUser.at(-1), 'http://127.0.0.1:1/');
    assert.ok(!asUser.includes('--no-sandbox'));
    assert.ok(browserArguments(launcher, 'http://127.0.0.1:1/', '/tmp/profile', true).includes('--no-sandbox'));
    assert.deepEqual(browserArguments({ kind: 'system', command: 'xdg-open' }, 'http://127.0.0.1:1/', '/tmp/profile', true), ['http://127.0.0.1:1/']);
  });
});
