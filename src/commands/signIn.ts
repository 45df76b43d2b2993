// Atlas: Sign In with API Key… and Atlas: Sign In with Service Account…
// Both ask for two credential fields, a base URL and an optional profile name in turn (or read them from the command's
// argument), check them with Atlas, and save the profile only when Atlas accepts them (credentials/verifiedChanges.ts).
import * as vscode from 'vscode';
import { AtlasApiError, DEFAULT_BASE_URL, GOV_BASE_URL, explainSignInFailure, hostOfBaseUrl, isAtlasBaseUrl, normalizeBaseUrl } from '../atlas';
import { outsideText } from '../outsideText';
import type { ProfileSecret } from '../credentials/model';
import { ProfileStoreError, SecretStorageUnavailableError } from '../credentials/profileStore';
import { explainSecretStorageFailure } from '../credentials/secretStorageProblem';
import { validateBaseUrl, validateClientId, validateClientSecret, validatePrivateKey, validateProfileName, validatePublicKey } from '../credentials/validation';
import { verifyAndSaveProfile, type SignInDraft } from '../credentials/verifiedChanges';
import { foreignHostWarning } from './confirm';
import { failure, restrictedMode, showFailure, type CommandResult } from './result';
import type { CommandServices } from './services';
import { promptText, requireWorkspaceTrust, stringArg, withCancellableProgress } from './ui';

/** What the sign-in commands resolve to (undefined when a prompt was cancelled). */
export type SignInResult = CommandResult<{ profileId: string; profileName: string }>;

interface CredentialField {
  /** The property of the command argument that carries this field. */
  key: string;
  prompt: string;
  placeHolder: string;
  password: boolean;
  validate(text: string): string | undefined;
}

interface SignInSpec {
  title(step: number): string;
  /** "API key" or "service account", for confirmations. */
  credentialName: string;
  /** The identifier first, the secret second. */
  fields: readonly [CredentialField, CredentialField];
  toSecret(identifier: string, secret: string): ProfileSecret;
}

/** Argument `{ publicKey, privateKey, name?, baseUrl? }` skips the prompts (tests and automation). */
export function apiKeySignIn(): SignInSpec {
  return {
    title: (step) => vscode.l10n.t('Sign In with API Key ({0}/4)', step),
    credentialName: vscode.l10n.t('API key'),
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

/**
 * The client id and secret are kept in secret storage; the Atlas client obtains the access token from
 * `{baseUrl}/api/oauth/token` and keeps it in memory only. Argument `{ clientId, clientSecret, name?, baseUrl? }`
 * skips the prompts (tests and automation).
 */
export function serviceAccountSignIn(): SignInSpec {
  return {
    title: (step) => vscode.l10n.t('Sign In with Service Account ({0}/4)', step),
    credentialName: vscode.l10n.t('service account'),
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

interface Draft {
  identifier: string;
  secret: string;
  baseUrl: string;
  name: string;
}

/**
 * Without an argument: prompts, and after a refusal offers to try again with everything typed kept.
 * With an argument object: no prompt (tests and automation). Undefined when the person cancelled a prompt.
 */
export async function signIn(services: CommandServices, spec: SignInSpec, args: unknown): Promise<SignInResult | undefined> {
  if (!requireWorkspaceTrust()) return restrictedMode();
  if (args !== undefined) return signInFromArguments(services, spec, args);
  let draft: Partial<Draft> = {};
  for (;;) {
    const typed = await prompt(services, spec, draft);
    if (!typed) return undefined;
    // Typed by the person; only a host other than Atlas needs a second look, by name, before the keys go there.
    if (!isAtlasBaseUrl(typed.baseUrl) && !(await confirmSignIn(services, spec, typed.identifier, typed.baseUrl, false))) return undefined;
    const result = await checkAndSaveProfile(services, { name: typed.name, baseUrl: typed.baseUrl, secret: spec.toSecret(typed.identifier, typed.secret) });
    if (result.ok || !(await offerRetry(services, result.message))) return result;
    draft = typed;
  }
}

async function prompt(services: CommandServices, spec: SignInSpec, draft: Partial<Draft>): Promise<Draft | undefined> {
  const [identifierField, secretField] = spec.fields;
  const identifier = await promptField(spec.title(1), identifierField, draft.identifier);
  if (identifier === undefined) return undefined;
  const secret = await promptField(spec.title(2), secretField, draft.secret);
  if (secret === undefined) return undefined;
  const baseUrl = await promptBaseUrl(spec.title(3), draft.baseUrl);
  if (baseUrl === undefined) return undefined;
  const name = await promptProfileName(spec.title(4), profileNames(services), draft.name);
  if (name === undefined) return undefined;
  return { identifier, secret, baseUrl, name };
}

function promptField(title: string, field: CredentialField, value: string | undefined): Promise<string | undefined> {
  return promptText({ title, prompt: field.prompt, placeHolder: field.placeHolder, password: field.password, value, validate: field.validate });
}

interface BaseUrlItem extends vscode.QuickPickItem {
  url?: string;
}

/** Atlas, Atlas for Government, or a custom URL (validated as typed). Undefined when cancelled. */
async function promptBaseUrl(title: string, current?: string): Promise<string | undefined> {
  const custom: BaseUrlItem = {
    label: vscode.l10n.t('Custom URL…'),
    description: current && current !== DEFAULT_BASE_URL && current !== GOV_BASE_URL ? current : undefined,
    detail: vscode.l10n.t('For example an Atlas emulator on localhost. https, or http only to this machine.'),
  };
  const items: BaseUrlItem[] = [
    { label: vscode.l10n.t('Atlas'), description: DEFAULT_BASE_URL, url: DEFAULT_BASE_URL },
    { label: vscode.l10n.t('Atlas for Government'), description: GOV_BASE_URL, url: GOV_BASE_URL },
    custom,
  ];
  const picked = await vscode.window.showQuickPick(
    // The current choice first, so that Enter keeps it when trying again.
    [...items].sort((a, b) => Number(isCurrent(b, current)) - Number(isCurrent(a, current))),
    { title, placeHolder: vscode.l10n.t('Where is the API? (Atlas unless you use Atlas for Government or an emulator)'), ignoreFocusOut: true },
  );
  if (!picked) return undefined;
  if (picked.url) return picked.url;
  return promptText({
    title,
    prompt: vscode.l10n.t('Base URL of the Atlas Admin API (without /api/atlas/...)'),
    value: custom.description ?? 'https://',
    validate: (text) => validateBaseUrl(text, vscode.l10n),
  });
}

function isCurrent(item: BaseUrlItem, current: string | undefined): boolean {
  if (!current) return false;
  return item.url === undefined ? current !== DEFAULT_BASE_URL && current !== GOV_BASE_URL : item.url === current;
}

/** The optional profile name; empty means "suggest one". Undefined when cancelled. */
function promptProfileName(title: string, existingNames: readonly string[], value?: string): Promise<string | undefined> {
  return promptText({
    title,
    prompt: vscode.l10n.t('Profile name (optional; press Enter for a suggested name)'),
    value,
    validate: (text) => (text === '' ? undefined : validateProfileName(text, existingNames, vscode.l10n)),
  });
}

async function signInFromArguments(services: CommandServices, spec: SignInSpec, args: unknown): Promise<SignInResult> {
  const [identifierField, secretField] = spec.fields;
  const identifier = stringArg(args, identifierField.key)?.trim() ?? '';
  const secret = stringArg(args, secretField.key)?.trim() ?? '';
  const baseUrl = stringArg(args, 'baseUrl')?.trim() || DEFAULT_BASE_URL;
  const name = stringArg(args, 'name')?.trim() ?? '';
  const problem =
    identifierField.validate(identifier) ??
    secretField.validate(secret) ??
    validateBaseUrl(baseUrl, vscode.l10n) ??
    (name ? validateProfileName(name, profileNames(services), vscode.l10n) : undefined);
  if (problem) return showFailure(failure('invalidInput', problem));
  // Started with arguments (a command link, a task, another extension): the person decides before anything is sent.
  if (!(await confirmSignIn(services, spec, identifier, baseUrl, true))) {
    return failure('notConfirmed', vscode.l10n.t('Sign-in was not confirmed. Nothing was saved.'));
  }
  const result = await checkAndSaveProfile(services, { name, baseUrl, secret: spec.toSecret(identifier, secret) });
  // A keyring failure has its own notification already.
  return !result.ok && result.reason === 'secretStorage' ? result : showFailure(result);
}

/** Asks before keys are sent: always for a sign-in started with arguments, and for any host that is not Atlas. */
function confirmSignIn(services: CommandServices, spec: SignInSpec, identifier: string, baseUrl: string, fromArguments: boolean): Promise<boolean> {
  const host = outsideText(hostOfBaseUrl(baseUrl), { maxLength: 100 });
  const who = outsideText(identifier, { maxLength: 80 });
  const why = fromArguments
    ? vscode.l10n.t('A command link, task or another extension asked to sign in with the {0} "{1}" at {2} and to make it the active profile.', spec.credentialName, who, host)
    : vscode.l10n.t('The {0} "{1}" will be checked with {2}, saved, and made the active profile.', spec.credentialName, who, host);
  return services.confirm({
    message: vscode.l10n.t('Sign in to {0}?', host),
    detail: [why, foreignHostWarning([baseUrl])].filter(Boolean).join('\n\n'),
    action: vscode.l10n.t('Sign In'),
  });
}

function profileNames(services: CommandServices): string[] {
  return services.store.profiles().map((profile) => profile.name);
}

/** Checks the credentials with Atlas and saves the profile only when Atlas accepts them. */
async function checkAndSaveProfile(services: CommandServices, draft: SignInDraft): Promise<SignInResult> {
  const { store, sessions, log } = services;
  try {
    const baseUrl = normalizeBaseUrl(draft.baseUrl);
    const client = sessions.createClient(baseUrl, draft.secret);
    const profile = await withCancellableProgress(vscode.l10n.t('Checking the credentials with Atlas…'), (signal) =>
      verifyAndSaveProfile(store, client, { ...draft, baseUrl }, signal),
    );
    sessions.refresh();
    log.info(`Signed in: profile "${profile.name}" (${profile.kind}, ${profile.baseUrl}).`);
    void vscode.window.showInformationMessage(vscode.l10n.t('Signed in to Atlas as profile "{0}".', outsideText(profile.name)));
    return { ok: true, profileId: profile.id, profileName: profile.name };
  } catch (error) {
    if (error instanceof SecretStorageUnavailableError) {
      explainSecretStorageFailure(error, log);
      return failure('secretStorage', error.message);
    }
    const message =
      error instanceof ProfileStoreError ? `${error.message} ${vscode.l10n.t('Nothing was saved.')}` : explainSignInFailure(error, draft.secret.kind, vscode.l10n);
    log.warn(`Sign-in failed: ${message}`);
    return failure(error instanceof AtlasApiError ? error.kind : error instanceof ProfileStoreError ? error.code : 'unknown', message);
  }
}

/** Shows why sign-in failed; true when the person chose to try again. */
async function offerRetry(services: CommandServices, message: string): Promise<boolean> {
  const tryAgain = vscode.l10n.t('Try Again');
  const showLog = vscode.l10n.t('Show Log');
  const choice = await vscode.window.showErrorMessage(message, tryAgain, showLog);
  if (choice === showLog) services.log.show();
  return choice === tryAgain;
}
