// How many threads the command-line scanner uses when not told, and the pool of threads it scans on.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ScanPool, WORKER_ROLE, defaultThreads, type WorkerSetup } from '../../../src/cli/pool';
import type { ScanResult } from '../../../src/cli/scanFiles';
import { Walker } from '../../../src/cli/walk';
import { scan, temporaryFolderPerTest, write } from './helpers';

// Workers do not inherit mocha's ESM loader for TypeScript: a small CommonJS entry loads tsx's require hook first.
const WORKER_TS = path.resolve(__dirname, '..', '..', '..', 'src', 'cli', 'scan.ts');
let workerEntry = '';

describe('atlas-scan threads', () => {
  it('uses one thread per idle processor, the main one included, and always at least one', () => {
    assert.equal(defaultThreads(2, 0), 2);
    assert.equal(defaultThreads(2, 0.9), 2);
    assert.equal(defaultThreads(2, 1.6), 1);
    assert.equal(defaultThreads(2, 12), 1);
    assert.equal(defaultThreads(8, 3), 6);
    assert.equal(defaultThreads(1, 0), 1);
  });
});

describe('atlas-scan thread pool', function () {
  this.timeout(60_000);
  const folder = temporaryFolderPerTest('atlas-scan-pool-');
  before(() => {
    workerEntry = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-scan-worker-')), 'scan.cjs');
    writeFileSync(workerEntry, `require(${JSON.stringify(require.resolve('tsx/cjs'))});\nrequire(${JSON.stringify(WORKER_TS)});\n`);
  });
  after(() => rmSync(path.dirname(workerEntry), { recursive: true, force: true }));

  function tasksOf(files: number): Walker['tasks'] {
    const root = folder();
    for (let i = 0; i < files; i++) {
      write(root, `d${i % 5}/f${i}.sh`, i % 40 === 3 ? 'curl "$API/groups/$G/privateEndpoint"\n' : `echo ${i} privateEndpointId\n`);
    }
    const walker = new Walker(root, []);
    walker.addTarget('.');
    return walker.tasks;
  }

  const sorted = (files: string[]) => [...files].sort();

  it('finds on three threads (workers started before the files are known) what one thread finds', async () => {
    const tasks = tasksOf(900);
    const one = await new ScanPool(1, Infinity, 'unused: one thread').scan(tasks);
    const three = await new ScanPool(3, Infinity, workerEntry).scan(tasks);
    assert.equal(one.findings.length, 23);
    assert.deepEqual(sorted(three.findings.map((finding) => `${finding.file}:${finding.line}`)), sorted(one.findings.map((finding) => `${finding.file}:${finding.line}`)));
    assert.deepEqual(three.totals, one.totals);
    assert.equal(three.totals.scanned, 900);
  });

  it('a worker scans, from the shared counter, every batch no other thread takes, and says that it took part', async () => {
    const tasks = tasksOf(100);
    const shared = new Int32Array(new SharedArrayBuffer(8));
    const setup: WorkerSetup = { role: WORKER_ROLE, maxFileBytes: Infinity, shared, index: 0 };
    const worker = new Worker(workerEntry, { workerData: setup });
    worker.postMessage(tasks);
    const [result] = (await once(worker, 'message')) as [ScanResult];
    assert.equal(result.totals.scanned, 100);
    assert.equal(result.findings.length, 3);
    assert.equal(Atomics.load(shared, 1), 1);
    assert.ok(Atomics.load(shared, 0) >= 100);
  });

  it('stops the workers it has no files for, and still scans every file', async () => {
    const tasks = tasksOf(40);
    const pool = new ScanPool(2, Infinity, workerEntry);
    const result = await pool.scan(tasks);
    assert.equal(result.totals.scanned, 40);
    assert.equal(result.findings.length, 1);
  });

  it('lets the process end at once when the run fails before scanning (workers already started)', () => {
    const root = folder();
    write(root, 'a.sh', 'echo\n');
    const run = scan(root, '--threads', '2', '.', 'no-such-path');
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /No such file or folder: no-such-path/);
  });

  it('scans with a worker whose entry cannot start: the main thread does its share', async () => {
    const tasks = tasksOf(600);
    const result = await new ScanPool(2, Infinity, path.join(folder(), 'missing-worker.js')).scan(tasks);
    assert.equal(result.totals.scanned, 600);
    assert.equal(result.findings.length, 15);
  });
});
