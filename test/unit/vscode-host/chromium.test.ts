import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { browserExecutable, chooseBrowser } from '../../../scripts/vscode-host/chromium';
import { NPM_CHROMIUM } from '../../../scripts/vscode-host/npmChromium';
import { ProcessGroups } from '../../../scripts/vscode-host/processGroup';

describe('vscode-host browser resolution', () => {
  it('takes the Chromium from the npm registry by default', () => {
    assert.deepEqual(chooseBrowser({}), { source: 'npm' });
    assert.deepEqual(chooseBrowser({ CHROME_PATH: '' }), { source: 'npm' });
  });

  it('takes CHROME_PATH over the npm registry when it is set and exists', () => {
    assert.deepEqual(chooseBrowser({ CHROME_PATH: process.execPath }), { source: 'CHROME_PATH', executable: process.execPath });
  });

  it('refuses a CHROME_PATH that does not exist, naming both ways out', () => {
    assert.throws(
      () => chooseBrowser({ CHROME_PATH: '/nonexistent/chrome' }),
      (error: Error) =>
        error.message.includes('CHROME_PATH is set to /nonexistent/chrome, which does not exist') &&
        error.message.includes(NPM_CHROMIUM) &&
        !/apt/.test(error.message),
    );
  });

  it('hands an override back without installing anything', async () => {
    const groups = new ProcessGroups();
    const cache = '/nonexistent/cache-that-must-not-be-created';
    const executable = await browserExecutable({ source: 'CHROME_PATH', executable: process.execPath }, cache, groups, () => undefined);
    assert.equal(executable, process.execPath);
    assert.equal(existsSync(cache), false);
  });

  it('names the override when the npm registry browser cannot be installed', async () => {
    const groups = new ProcessGroups();
    // A cache root below a regular file cannot be created: the install fails before reaching the registry.
    await assert.rejects(
      browserExecutable({ source: 'npm' }, `${process.execPath}/cache`, groups, () => undefined),
      (error: Error) => error.message.startsWith('The browser is missing:') && error.message.includes('Set CHROME_PATH'),
    );
  });
});
