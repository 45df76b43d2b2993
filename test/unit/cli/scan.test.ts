// The command-line scanner, spawned as a real process (its TypeScript source run through tsx) on temporary folders.
// Hostile file systems: hardening.test.ts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { reportedFiles, scan, temporaryFolderPerTest, write } from './helpers';

const GO = [
  'package main',
  '',
  'func list(g string) string {',
  '\treturn fmt.Sprintf("%s/api/atlas/v1.0/groups/%s/privateEndpoint", base, g)',
  '}',
  '',
].join('\n');

interface SarifResult {
  ruleId: string;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, unknown> } }>;
  partialFingerprints: Record<string, string>;
  fixes?: Array<{ artifactChanges: Array<{ replacements: Array<{ insertedContent: { text: string } }> }> }>;
}

interface SarifLog {
  version: string;
  $schema: string;
  runs: Array<{ tool: { driver: { name: string; version: string; rules: Array<{ id: string; helpUri: string; shortDescription: { text: string } }> } }; results: SarifResult[] }>;
}

describe('atlas-scan CLI', function () {
  this.timeout(60_000);
  const folder = temporaryFolderPerTest('atlas-scan-');
  let root: string;
  beforeEach(() => {
    root = folder();
  });

  it('exits 0 and prints nothing on stdout for a clean tree', () => {
    write(root, 'clean.py', 'requests.get(f"{V2}/groups/{g}/privateEndpoint/AWS/endpointService")\n');
    const run = scan(root);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /0 deprecated .* 1 file\(s\) scanned/);
  });

  it('exits 1 and prints file:line:column: kind: message in text format', () => {
    write(root, 'src/main.go', GO);
    const run = scan(root);
    assert.equal(run.status, 1, run.stderr);
    const column = GO.split('\n')[3].indexOf('/groups/') + 1;
    assert.equal(
      run.stdout,
      `src/main.go:4:${column}: list: /groups/{GROUP-ID}/privateEndpoint (the code does not show the HTTP method) is deprecated in the Atlas Admin API. ` +
        'Use GET /groups/{GROUP-ID}/privateEndpoint/AWS/endpointService to list, or POST /groups/{GROUP-ID}/privateEndpoint/endpointService to create, instead.\n',
    );
  });

  it('prints one JSON object per line with file relative to the current folder and 1-based line and column', () => {
    write(root, 'project/src/main.go', GO);
    write(root, 'project/deploy.sh', 'set -e\natlas privateEndpoints list --projectId "$G"\n');
    const run = scan(root, '--format', 'json', 'project');
    assert.equal(run.status, 1, run.stderr);
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.deepEqual(
      lines.map((line) => Object.keys(line)),
      [
        ['file', 'line', 'column', 'kind', 'confidence', 'message'],
        ['file', 'line', 'column', 'kind', 'confidence', 'message'],
      ],
    );
    assert.deepEqual(
      lines.map(({ file, line, column, kind }) => ({ file, line, column, kind })),
      [
        { file: 'project/deploy.sh', line: 2, column: 1, kind: 'cli' },
        { file: 'project/src/main.go', line: 4, column: GO.split('\n')[3].indexOf('/groups/') + 1, kind: 'list' },
      ],
    );
    // From inside the project the paths are relative to there.
    const inside = scan(path.join(root, 'project', 'src'), '--format', 'json', '.', '../deploy.sh');
    assert.deepEqual(
      inside.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { file: string }).file),
      ['../deploy.sh', 'main.go'],
    );
  });

  it('writes SARIF 2.1.0 with a rule, help link, regions, fixes and fingerprints that survive moved lines', () => {
    write(root, 'src/main.go', GO);
    write(root, 'infra/main.tf', 'resource "mongodbatlas_private_endpoint" "a" {}\n');
    const first = scan(root, '--format', 'sarif');
    assert.equal(first.status, 1, first.stderr);
    const log = JSON.parse(first.stdout) as SarifLog;
    assert.equal(log.version, '2.1.0');
    assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    const [run] = log.runs;
    assert.equal(run.tool.driver.name, 'atlas-private-endpoints-scan');
    assert.match(run.tool.driver.version, /^\d+\.\d+\.\d+/);
    assert.equal(run.tool.driver.rules[0].id, 'deprecated-private-endpoint');
    assert.equal(run.tool.driver.rules[0].helpUri, 'https://www.mongodb.com/docs/atlas/reference/api-resources-spec/v2/#tag/Private-Endpoint-Services');
    assert.deepEqual(
      run.results.map((result) => [result.ruleId, result.level, result.locations[0].physicalLocation.artifactLocation]),
      [
        ['deprecated-private-endpoint', 'warning', { uri: 'infra/main.tf', uriBaseId: '%SRCROOT%' }],
        ['deprecated-private-endpoint', 'warning', { uri: 'src/main.go', uriBaseId: '%SRCROOT%' }],
      ],
    );
    const goRegion = run.results[1].locations[0].physicalLocation.region;
    const column = GO.split('\n')[3].indexOf('/groups/') + 1;
    assert.deepEqual(goRegion, {
      startLine: 4,
      startColumn: column,
      endLine: 4,
      endColumn: column + '/groups/%s/privateEndpoint'.length,
      snippet: { text: '/groups/%s/privateEndpoint' },
    });
    assert.equal(run.results[1].fixes?.[0].artifactChanges[0].replacements[0].insertedContent.text, '/groups/%s/privateEndpoint/AWS/endpointService');
    assert.equal(run.results[0].fixes, undefined);

    write(root, 'src/main.go', `// a new first line\n${GO}`);
    const moved = (JSON.parse(scan(root, '--format', 'sarif').stdout) as SarifLog).runs[0].results;
    assert.equal(moved[1].locations[0].physicalLocation.region.startLine, 5);
    assert.deepEqual(
      moved.map((result) => result.partialFingerprints),
      run.results.map((result) => result.partialFingerprints),
    );
    assert.notDeepEqual(run.results[0].partialFingerprints, run.results[1].partialFingerprints);
  });

  it('honours .gitignore, .atlasscanignore and --ignore-file, and always skips node_modules, .git and binaries', () => {
    const legacy = 'curl "$API/groups/$G/privateEndpoint"\n';
    write(root, 'kept.sh', legacy);
    write(root, 'node_modules/lib/index.js', legacy);
    write(root, '.git/hooks/pre-commit', legacy);
    write(root, '.gitignore', 'build/\n*.log\n!keep.log\n');
    write(root, 'build/out.sh', legacy);
    write(root, 'debug.log', legacy);
    write(root, 'keep.log', legacy);
    write(root, 'docs/.atlasscanignore', 'old/\n');
    write(root, 'docs/old/runbook.md', legacy);
    write(root, 'docs/new/runbook.md', legacy);
    write(root, 'vendor/x.sh', legacy);
    write(root, 'image.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), Buffer.from(legacy)]));
    write(root, 'extra-ignore', 'vendor/\n');

    const files = reportedFiles;
    const all = scan(root);
    assert.deepEqual(files(all), ['docs/new/runbook.md', 'keep.log', 'kept.sh', 'vendor/x.sh']);
    assert.match(all.stderr, /skipped 1 binary/);
    assert.deepEqual(files(scan(root, '--ignore-file', 'extra-ignore')), ['docs/new/runbook.md', 'keep.log', 'kept.sh']);
    // A file named on the command line is scanned even when an ignore file lists it.
    assert.deepEqual(files(scan(root, 'debug.log')), ['debug.log']);
  });

  it('skips files over --max-file-size-kb and reads a UTF-8 BOM file with correct columns', () => {
    write(root, 'big.sh', `${'#'.repeat(3000)}\ncurl "$API/groups/$G/privateEndpoint"\n`);
    write(root, 'bom.sh', '\ufeffcurl "$API/groups/$G/privateEndpoint"\n');
    const run = scan(root, '--format', 'json', '--max-file-size-kb', '2');
    assert.equal(run.status, 1);
    assert.deepEqual(
      run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { file: string; column: number }).map(({ file, column }) => [file, column]),
      [['bom.sh', 'curl "$API'.length + 1]],
    );
    assert.match(run.stderr, /skipped 1 too large/);
  });

  it('scans on worker threads with the same result as on one thread', () => {
    for (let i = 0; i < 600; i++) {
      const legacy = i % 50 === 7 ? 'curl "$API/groups/$G/privateEndpoint"\n' : '';
      write(root, `pkg${i % 7}/file${i}.sh`, `echo ${i}\n${legacy}${i % 3 ? '' : 'echo privateEndpointId\n'}`);
    }
    write(root, 'pkg1/utf16.ps1', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('$u = "$A/groups/$G/privateEndpoint"\n', 'utf16le')]));
    const one = scan(root, '--format', 'json', '--threads', '1');
    const two = scan(root, '--format', 'json', '--threads', '2');
    assert.equal(one.status, 1, one.stderr);
    assert.equal(two.status, 1, two.stderr);
    assert.equal(two.stdout.trimEnd().split('\n').length, 13);
    assert.equal(two.stdout, one.stdout);
    assert.equal(two.stderr, one.stderr);
    assert.match(two.stderr, / 601 file\(s\) scanned\.\n$/);
  });

  it('writes the report to --output', () => {
    write(root, 'a.sh', 'atlas privateEndpoints describe x\n');
    const run = scan(root, '--format', 'json', '--output', 'report.jsonl', 'a.sh');
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.equal((JSON.parse(readFileSync(path.join(root, 'report.jsonl'), 'utf8')) as { kind: string }).kind, 'cli');
  });

  it('exits 2 with the usage on a bad format, a bad option, a bad number or a missing path; 0 on --help', () => {
    for (const args of [['--format', 'xml'], ['--colour'], ['--max-file-size-kb', 'lots'], ['--threads', '0'], ['does-not-exist'], ['--ignore-file', 'missing']]) {
      const run = scan(root, ...args);
      assert.equal(run.status, 2, args.join(' '));
      assert.match(run.stderr, /Usage: atlas-scan/);
      assert.equal(run.stdout, '');
    }
    const help = scan(root, '--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--format text\|json\|sarif/);
  });
});
