// Atlas: Get Started with Atlas Private Endpoints (the view's "..." menu), and opening that walkthrough once, on the
// first activation after install.
import * as vscode from 'vscode';
import { WALKTHROUGH_ID } from '../ids';
const OPENED_KEY = 'atlasPrivateEndpoints.walkthroughOpened';

export function openWalkthrough(context: vscode.ExtensionContext): Thenable<unknown> {
  return vscode.commands.executeCommand('workbench.action.openWalkthrough', `${context.extension.id}#${WALKTHROUGH_ID}`, false);
}

/**
 * Opens the walkthrough the first time the extension runs (remembered in globalState); never again after that. In
 * Restricted Mode, where its first steps cannot be done, it waits until the workspace is trusted.
 */
export async function openWalkthroughOnce(context: vscode.ExtensionContext): Promise<boolean> {
  if (context.globalState.get<boolean>(OPENED_KEY)) {
    return false;
  }
  if (!vscode.workspace.isTrusted) {
    const trusted = vscode.workspace.onDidGrantWorkspaceTrust(() => {
      trusted.dispose();
      void openWalkthroughOnce(context);
    });
    context.subscriptions.push(trusted);
    return false;
  }
  await context.globalState.update(OPENED_KEY, true);
  await openWalkthrough(context);
  return true;
}
