// The first-run walkthrough, opened from the view's "..." menu command in a real VS Code.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from '../../scripts/vscode-host/waitFor';
import { activatedExtension } from './env';

describe('walkthrough (real VS Code)', function () {
  this.timeout(30_000);

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Get Started opens the walkthrough in the Welcome editor', async () => {
    await activatedExtension();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('atlasPrivateEndpoints.openWalkthrough');
    const tab = await waitFor('the walkthrough tab', () => vscode.window.tabGroups.activeTabGroup.activeTab ?? undefined, 10_000, 100);
    assert.match(tab.label, /Welcome|Walkthrough|Get Started/i, tab.label);
  });
});
