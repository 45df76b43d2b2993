// The shared shape of both sign-in commands: two credential fields, a base URL and an optional profile name, asked
// for in turn (or read from the command's argument), checked with Atlas, saved only when Atlas accepts them.
import * as vscode from 'vscode';
import { DEFAULT_BASE_URL } from '../atlas';
import type { ProfileSecret } from './model';
import { promptBaseUrl, promptProfileName, promptText } from './prompts';
import { requireWorkspaceTrust, stringArg, type CredentialServices } from './services';
import { checkAndSaveProfile, invalidInput, offerRetry, reportFailure, restricted, type SignInResult } from './signInFlow';
import { validateBaseUrl, validateProfileName } from './validation';

export interface CredentialField {
  /** The property of the command argument that carries this field. */
  key: string;
  prompt: string;
  placeHolder: string;
  password: boolean;
  validate(text: string): string | undefined;
}

export interface SignInSpec {
  title(step: number): string;
  /** The identifier first, the secret second. */
  fields: readonly [CredentialField, CredentialField];
  toSecret(identifier: string, secret: string): ProfileSecret;
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
export async function runSignIn(services: CredentialServices, spec: SignInSpec, args: unknown): Promise<SignInResult | undefined> {
  if (!requireWorkspaceTrust()) return restricted();
  if (args !== undefined) return signInFromArguments(services, spec, args);
  let draft: Partial<Draft> = {};
  for (;;) {
    const typed = await prompt(services, spec, draft);
    if (!typed) return undefined;
    const result = await checkAndSaveProfile(services, { name: typed.name, baseUrl: typed.baseUrl, secret: spec.toSecret(typed.identifier, typed.secret) });
    if (result.ok || !(await offerRetry(services, result.message))) return result;
    draft = typed;
  }
}

async function prompt(services: CredentialServices, spec: SignInSpec, draft: Partial<Draft>): Promise<Draft | undefined> {
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

async function signInFromArguments(services: CredentialServices, spec: SignInSpec, args: unknown): Promise<SignInResult> {
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
  if (problem) return invalidInput(problem);
  return reportFailure(await checkAndSaveProfile(services, { name, baseUrl, secret: spec.toSecret(identifier, secret) }));
}

function profileNames(services: CredentialServices): string[] {
  return services.store.profiles().map((profile) => profile.name);
}
