// Process groups end with every helper their leader started (as code-server's extension hosts must).
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ProcessGroups, spawnGroup } from '../../../scripts/vscode-host/processGroup';
import { waitFor } from '../../../scripts/vscode-host/waitFor';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('vscode-host process groups', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'process-group-test-'));
  });
  // Retried: a stopped group's log stream may still be closing.
  afterEach(() => rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }));

  it('stop() ends the leader and the grandchildren it started in the background', async () => {
    const log = path.join(dir, 'out.log');
    // The leader starts two background sleepers and prints their pids, then waits on them.
    const child = spawnGroup('sh', ['-c', 'sleep 60 & echo $!; sleep 60 & echo $!; wait'], log);
    // The log appears once the stream has opened it, which can take a while on a loaded machine.
    const pids = await waitFor('both background pids in the log', () => {
      const reported = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).map(Number) : [];
      return reported.length >= 2 ? reported : undefined;
    }, 10_000, 50);
    assert.ok(pids.every(alive), 'the grandchildren run before stop()');
    await child.stop(2000);
    assert.ok(!alive(child.pid), 'the leader is gone');
    assert.deepEqual(pids.filter(alive), [], 'no grandchild outlives stop()');
  });

  it('stop() escalates to SIGKILL when the group ignores SIGTERM', async () => {
    const child = spawnGroup('sh', ['-c', 'trap "" TERM; sleep 60 & wait; sleep 60'], path.join(dir, 'out.log'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    await child.stop(300);
    assert.equal(await child.exited, 'SIGKILL');
  });

  it('stopAll() and killAll() end every group still running', async () => {
    const groups = new ProcessGroups();
    const first = groups.spawn('sleep', ['60'], path.join(dir, 'a.log'));
    const second = groups.spawn('sleep', ['60'], path.join(dir, 'b.log'));
    await groups.stopAll();
    assert.deepEqual([await first.exited, await second.exited], ['SIGTERM', 'SIGTERM']);
    const third = groups.spawn('sleep', ['60'], path.join(dir, 'c.log'));
    groups.killAll();
    assert.equal(await third.exited, 'SIGKILL');
  });

  it('run() rejects with the command and the log file when the command fails', async () => {
    const log = path.join(dir, 'fail.log');
    await assert.rejects(new ProcessGroups().run('sh', ['-c', 'echo oops; exit 3'], log, { timeoutMs: 10_000 }), (error: Error) => {
      assert.match(error.message, /ended with 3/);
      assert.ok(error.message.includes(log));
      return true;
    });
    assert.match(readFileSync(log, 'utf8'), /oops/);
  });

  it('run() ends a command that outlives its timeout', async () => {
    await assert.rejects(new ProcessGroups().run('sleep', ['60'], path.join(dir, 'slow.log'), { timeoutMs: 200 }), /ended with SIGTERM/);
  });
});
