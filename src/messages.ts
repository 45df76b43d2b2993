import * as vscode from 'vscode';
import { explainAtlasError } from './tree/atlasErrorText';

/**
 * One sentence a person can act on for any failed Atlas request (wrong key, IP not on the access list, missing role,
 * project not found, rate limited, Atlas down, network, ...), translated through `vscode.l10n`.
 * Stable API: the tree, the commands and the credentials flows all use it. The wording lives in tree/atlasErrorText.ts.
 */
export function describeAtlasError(error: unknown): string {
  return explainAtlasError(error, vscode.l10n);
}
