import * as assert from 'node:assert/strict';
import { CURRENT_HOST, OLDEST_HOST } from '../../../scripts/vscode-host/codeServerInstall';
import { parseRunArguments } from '../../../scripts/vscode-host/runArguments';

describe('vscode-host command line', () => {
  it('runs every phase on the current VS Code by default', () => {
    assert.deepEqual(parseRunArguments([]), { phases: ['integration', 'e2e', 'restricted', 'cloud'], host: CURRENT_HOST });
  });

  it('runs the named phases on the named host', () => {
    assert.deepEqual(parseRunArguments(['--host', 'oldest', 'integration']), { phases: ['integration'], host: OLDEST_HOST });
    assert.deepEqual(parseRunArguments(['e2e', '--host', 'current']), { phases: ['e2e'], host: CURRENT_HOST });
  });

  it('refuses unknown hosts and phases with the usage', () => {
    assert.throws(() => parseRunArguments(['--host', 'newest']), /Unknown host "newest"; usage/);
    assert.throws(() => parseRunArguments(['--host']), /Unknown host ""; usage/);
    assert.throws(() => parseRunArguments(['unit']), /Unknown argument\(s\) unit; usage/);
  });
});
