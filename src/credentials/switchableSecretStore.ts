// Under test only (extension development/test mode, or ATLAS_PRIVATE_ENDPOINTS_TEST_HOOKS=1 set by a launcher): a
// SecretStorage the integration tests can make fail, through the test hook command (commands/testHooks.ts).
import * as vscode from 'vscode';
import type { SecretStore } from './model';

export function testHooksEnabled(context: vscode.ExtensionContext): boolean {
  return context.extensionMode !== vscode.ExtensionMode.Production || process.env.ATLAS_PRIVATE_ENDPOINTS_TEST_HOOKS === '1';
}

/** SecretStorage that can be made to throw, to show how the extension behaves on Linux without a keyring. */
export class SwitchableSecretStore implements SecretStore {
  failing = false;

  constructor(private readonly inner: vscode.SecretStorage) {}

  get(key: string): Thenable<string | undefined> {
    return this.failing ? Promise.reject(new Error('Simulated keyring failure')) : this.inner.get(key);
  }

  store(key: string, value: string): Thenable<void> {
    return this.failing ? Promise.reject(new Error('Simulated keyring failure')) : this.inner.store(key, value);
  }

  delete(key: string): Thenable<void> {
    return this.failing ? Promise.reject(new Error('Simulated keyring failure')) : this.inner.delete(key);
  }
}
