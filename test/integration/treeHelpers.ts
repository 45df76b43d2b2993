// Helpers of the tree suite: the extension's tree (from `activate()`'s exports), its labels, settings.
import * as vscode from 'vscode';
import type { ConnectionsTree, TreeNode } from '../../src/tree';
import * as assert from 'node:assert/strict';
import { activatedExtension, emulatorInfo } from './env';

export interface ExtensionExports {
  connections?: ConnectionsTree;
}

/** The tree provider the view uses, as `activate()` exports it. */
export async function connectionsTree(): Promise<ConnectionsTree> {
  const extension = await activatedExtension();
  const tree = (extension.exports as ExtensionExports | undefined)?.connections;
  if (!tree) {
    throw new Error('activate() does not export { connections }: src/extension.ts must return { connections: registerConnectionsView(...) }.');
  }
  return tree;
}

export async function projectNode(tree: ConnectionsTree, projectId: string): Promise<Extract<TreeNode, { kind: 'project' }>> {
  const root = await tree.getChildren();
  const node = root.find((candidate) => candidate.kind === 'project' && candidate.project.id === projectId);
  if (!node || node.kind !== 'project') {
    throw new Error(`Project ${projectId} is not in the tree; root: ${root.map((candidate) => tree.getTreeItem(candidate).label).join(', ')}`);
  }
  return node;
}

export function label(tree: ConnectionsTree, node: TreeNode): string {
  const value = tree.getTreeItem(node).label;
  return typeof value === 'string' ? value : (value?.label ?? '');
}

/** Rejects instead of hanging (the clipboard needs a browser permission in the web workbench). */
export function within<T>(promise: Thenable<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    Promise.resolve(promise),
    new Promise<T>((_resolve, reject) => setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms)),
  ]);
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('atlasPrivateEndpoints').update(key, value, vscode.ConfigurationTarget.Global);
}

/** Signs in to the launcher's emulator with its API key, as a profile of this name. */
export async function signInToEmulator(name: string): Promise<void> {
  const emulator = emulatorInfo();
  const result = await vscode.commands.executeCommand<{ ok: boolean }>('atlasPrivateEndpoints.signIn', {
    publicKey: emulator.publicKey,
    privateKey: emulator.privateKey,
    baseUrl: emulator.url,
    name,
  });
  assert.ok(result?.ok, `sign-in failed: ${JSON.stringify(result)}`);
}
