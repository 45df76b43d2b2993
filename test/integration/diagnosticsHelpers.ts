// Helpers of the deprecation diagnostics suite: waiting for debounced diagnostics, settings that are restored.
import * as vscode from 'vscode';
import { waitFor as pollUntil } from '../../scripts/vscode-host/waitFor';

const POLL_MS = 50;
/** Generous bound for a debounced (300 ms) run to land in a loaded CI host; tests never assert durations. */
export const LANDING_TIMEOUT_MS = 10_000;

export function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = LANDING_TIMEOUT_MS): Promise<T> {
  return pollUntil(what, probe, timeoutMs, POLL_MS);
}

export function atlasDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'Atlas');
}

/** Waits until the Atlas diagnostics of `uri` satisfy `accept`, and returns them. */
export function diagnosticsWhen(uri: vscode.Uri, what: string, accept: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return waitFor(`${what} (${uri.toString(true)})`, () => {
    const diagnostics = atlasDiagnostics(uri);
    return accept(diagnostics) ? diagnostics : undefined;
  });
}

/** Sets user settings for one test; `restore()` puts the previous values back. */
export class SettingsOverride {
  private readonly previous: Array<[string, string, unknown]> = [];

  async set(section: string, key: string, value: unknown): Promise<void> {
    const config = vscode.workspace.getConfiguration(section);
    this.previous.push([section, key, config.inspect(key)?.globalValue]);
    await config.update(key, value, vscode.ConfigurationTarget.Global);
  }

  async restore(): Promise<void> {
    for (const [section, key, value] of this.previous.reverse()) {
      await vscode.workspace.getConfiguration(section).update(key, value, vscode.ConfigurationTarget.Global);
    }
    this.previous.length = 0;
  }
}

export async function writeFile(uri: vscode.Uri, content: string | Uint8Array): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, typeof content === 'string' ? new TextEncoder().encode(content) : content);
}
