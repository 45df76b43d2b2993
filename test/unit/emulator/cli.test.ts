// `npm run emulator`: the first stdout line is the JSON the README promises, and it serves until killed.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { SEED_EXAMPLE_RESPONSE, SEED_PROJECT_ID, type EmulatorInfo } from '../../emulator';
import { curl } from './helpers';

interface Started {
  child: ChildProcess;
  info: EmulatorInfo;
}

async function start(command: string, args: string[]): Promise<Started> {
  const child = spawn(command, args, { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const [first] = (await Promise.race([once(lines, 'line'), once(child, 'exit').then(() => [undefined])])) as [string | undefined];
  lines.close();
  if (first === undefined) throw new Error(`the emulator exited before printing its first line: ${stderr}`);
  return { child, info: JSON.parse(first) as EmulatorInfo };
}

async function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  const exited = once(child, 'exit');
  if (child.pid !== undefined) process.kill(-child.pid, signal); // the process group we started
  const [code] = (await exited) as [number | null];
  return code;
}

describe('emulator command line', function () {
  this.timeout(30_000);

  it('`npm run -s emulator -- --port 0` prints {url, publicKey, privateKey, serviceAccount, projects} first and serves until SIGTERM', async () => {
    const { child, info } = await start('npm', ['run', '-s', 'emulator', '--', '--port', '0']);
    try {
      assert.match(info.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      assert.ok(info.publicKey && info.privateKey);
      assert.match(info.serviceAccount.clientId, /^mdb_sa_id_/);
      assert.deepEqual(info.projects[0], { id: SEED_PROJECT_ID, name: 'Seed Example', connections: 2 });
      assert.deepEqual(Object.keys(info.projects[1]), ['id', 'name', 'connections']);
      const result = await curl(['--user', `${info.publicKey}:${info.privateKey}`, '--digest', `${info.url}/api/atlas/v1.0/groups/${SEED_PROJECT_ID}/privateEndpoint?pretty=true`]);
      assert.equal(result.body, SEED_EXAMPLE_RESPONSE);
    } finally {
      await stop(child, 'SIGTERM');
    }
  });

  it('takes keys, shape, algorithm, nonce lifetime, latency and dataset options, and stops cleanly on SIGINT', async () => {
    const { child, info } = await start(process.execPath, [
      '--import',
      'tsx',
      'test/emulator/cli.ts',
      '--port',
      '0',
      '--public-key',
      'clipublic',
      '--private-key',
      'cli-private',
      '--shape',
      'paginated',
      '--algorithm',
      'SHA-256',
      '--nonce-lifetime-ms',
      '1000',
      '--latency-ms',
      '1',
      '--huge',
      '--extra-projects',
      '3',
      '--extra-connections',
      '7',
    ]);
    let code: number | null = null;
    try {
      assert.deepEqual([info.publicKey, info.privateKey], ['clipublic', 'cli-private']);
      assert.equal(info.projects.length, 4 + 1 + 3);
      assert.equal(info.projects[4].connections, 10_000);
      assert.equal(info.projects[7].connections, 7);
      const result = await curl(['--user', 'clipublic:cli-private', '--digest', `${info.url}/api/atlas/v1.0/groups/${SEED_PROJECT_ID}/privateEndpoint`]);
      assert.equal(result.status, 200);
      assert.equal((JSON.parse(result.body) as { totalCount: number }).totalCount, 2);
    } finally {
      code = await stop(child, 'SIGINT');
    }
    assert.equal(code, 0);
  });

  it('refuses bad options with a message', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/emulator/cli.ts', '--shape', 'circle'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number];
    assert.equal(code, 1);
    assert.match(stderr, /--shape is array or paginated/);
  });
});
