// What a person sees first: the Atlas entry in the activity bar, and the view it opens.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { useWorkbench } from './harness';

const ROOT = path.resolve(__dirname, '..', '..');

function nls(): Record<string, string> {
  return JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
}

/** The labels of the buttons (markdown links) in the signed-out welcome content, as package.nls.json declares them. */
function signedOutButtons(): string[] {
  return [...nls()['viewsWelcome.signedOut'].matchAll(/\[([^\]]+)\]\(command:/g)].map((match) => match[1]);
}

describe('Atlas in the activity bar', () => {
  const workbench = useWorkbench();

  it('shows the Atlas entry with the extension\'s own icon', async () => {
    const item = workbench.activityBarItem('Atlas');
    await item.waitFor();
    const link = item.locator('a.action-label');
    // A contributed SVG icon is drawn as a CSS mask that points at the file shipped in the .vsix.
    assert.match((await link.getAttribute('class')) ?? '', /\bactivity-workbench-view-extension-atlasPrivateEndpoints-.*\buri-icon\b/);
    const mask = await link.evaluate((element) => {
      const style = getComputedStyle(element);
      return style.maskImage || style.webkitMaskImage;
    });
    assert.match(decodeURIComponent(mask), /atlas-private-endpoints\.atlas-private-endpoints-[^/]+\/media\/atlas\.svg/);
  });

  it('opens the Atlas Private Endpoints view, signed out, with its sign-in buttons', async () => {
    const view = await workbench.openAtlasView();
    assert.equal(await workbench.activityBarItem('Atlas').getAttribute('aria-selected'), 'true');
    const expected = signedOutButtons();
    assert.ok(expected.length > 0, 'package.nls.json declares sign-in buttons');
    for (const label of expected) {
      await view.getByRole('button', { name: label, exact: true }).waitFor();
    }
    await workbench.screenshot('atlas-view-signed-out');
  });

  it('runs "Atlas: Show Log" from the Command Palette, which shows the extension\'s log in the Output panel', async () => {
    await workbench.runCommand(`Atlas: ${nls()['command.showLog']}`);
    const panel = workbench.page.locator('.part.panel');
    await panel.waitFor();
    // The Output view's channel picker names the channel on show.
    await panel.locator('select, .monaco-select-box, .action-item').filter({ hasText: 'Atlas Private Endpoints' }).first().waitFor();
  });
});
