// Atlas: Sign In with API Key…
import * as vscode from 'vscode';
import type { CredentialServices } from '../credentials/services';
import { runSignIn, type SignInSpec } from '../credentials/signInCommand';
import type { SignInResult } from '../credentials/signInFlow';
import { validatePrivateKey, validatePublicKey } from '../credentials/validation';

/**
 * The command takes an optional argument `{ publicKey, privateKey, name?, baseUrl? }`; with it no prompt is shown
 * (tests and automation). The keys are checked with `GET /groups?itemsPerPage=1` before they are saved, and the
 * command resolves to a SignInResult (undefined when a prompt was cancelled).
 */
export function registerSignInCommand(services: CredentialServices): vscode.Disposable {
  return vscode.commands.registerCommand('atlasPrivateEndpoints.signIn', (args?: unknown): Promise<SignInResult | undefined> => runSignIn(services, apiKeySignIn(), args));
}

function apiKeySignIn(): SignInSpec {
  return {
    title: (step) => vscode.l10n.t('Sign In with API Key ({0}/4)', step),
    fields: [
      {
        key: 'publicKey',
        prompt: vscode.l10n.t('Public key of an Atlas programmatic API key (Access Manager > API Keys)'),
        placeHolder: 'abcdefgh',
        password: false,
        validate: (text) => validatePublicKey(text, vscode.l10n),
      },
      {
        key: 'privateKey',
        prompt: vscode.l10n.t('Private key (kept only in VS Code secret storage)'),
        placeHolder: '12345678-abcd-ef01-2345-6789abcdef01',
        password: true,
        validate: (text) => validatePrivateKey(text, vscode.l10n),
      },
    ],
    toSecret: (publicKey, privateKey) => ({ kind: 'apiKey', publicKey, privateKey }),
  };
}
