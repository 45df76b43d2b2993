// Atlas: Sign In with Service Account…
import * as vscode from 'vscode';
import type { CredentialServices } from '../credentials/services';
import { runSignIn, type SignInSpec } from '../credentials/signInCommand';
import type { SignInResult } from '../credentials/signInFlow';
import { validateClientId, validateClientSecret } from '../credentials/validation';

/**
 * The client id and secret are kept in secret storage; the Atlas client obtains the access token from
 * `{baseUrl}/api/oauth/token` and keeps it in memory only. Optional argument `{ clientId, clientSecret, name?, baseUrl? }`
 * skips the prompts (tests and automation). Resolves to a SignInResult (undefined when a prompt was cancelled).
 */
export function registerSignInWithServiceAccountCommand(services: CredentialServices): vscode.Disposable {
  return vscode.commands.registerCommand(
    'atlasPrivateEndpoints.signInWithServiceAccount',
    (args?: unknown): Promise<SignInResult | undefined> => runSignIn(services, serviceAccountSignIn(), args),
  );
}

function serviceAccountSignIn(): SignInSpec {
  return {
    title: (step) => vscode.l10n.t('Sign In with Service Account ({0}/4)', step),
    fields: [
      {
        key: 'clientId',
        prompt: vscode.l10n.t('Client id of an Atlas service account (Access Manager > Service Accounts)'),
        placeHolder: 'mdb_sa_id_…',
        password: false,
        validate: (text) => validateClientId(text, vscode.l10n),
      },
      {
        key: 'clientSecret',
        prompt: vscode.l10n.t('Client secret (kept only in VS Code secret storage)'),
        placeHolder: 'mdb_sa_sk_…',
        password: true,
        validate: (text) => validateClientSecret(text, vscode.l10n),
      },
    ],
    toSecret: (clientId, clientSecret) => ({ kind: 'serviceAccount', clientId, clientSecret }),
  };
}
