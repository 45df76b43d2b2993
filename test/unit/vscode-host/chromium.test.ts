import * as assert from 'node:assert/strict';
import { findChromium } from '../../../scripts/vscode-host/chromium';

describe('vscode-host Chromium lookup', () => {
  it('names the package to install when no browser is found', () => {
    assert.throws(() => findChromium({}, ['/nonexistent/chromium']), /apt-get install -y chromium.*CHROME_PATH/);
  });

  it('uses CHROME_PATH when it exists, and says so when it does not', () => {
    assert.equal(findChromium({ CHROME_PATH: process.execPath }, []), process.execPath);
    assert.throws(() => findChromium({ CHROME_PATH: '/nonexistent/chrome' }), /CHROME_PATH is set to \/nonexistent\/chrome.*apt-get install -y chromium/);
  });

  it('takes the first installed candidate', () => {
    assert.equal(findChromium({}, ['/nonexistent/chromium', process.execPath]), process.execPath);
  });
});
