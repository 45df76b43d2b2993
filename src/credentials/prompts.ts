// The input boxes and pickers of the sign-in flows. Every box keeps focus-out from closing it and validates as typed.
import * as vscode from 'vscode';
import { DEFAULT_BASE_URL, GOV_BASE_URL } from '../atlas';
import { validateBaseUrl, validateProfileName } from './validation';

export interface TextPrompt {
  title: string;
  prompt: string;
  value?: string;
  placeHolder?: string;
  password?: boolean;
  validate(value: string): string | undefined;
}

/** The text typed (trimmed), or undefined when the person pressed Escape. */
export async function promptText(options: TextPrompt): Promise<string | undefined> {
  const value = await vscode.window.showInputBox({
    title: options.title,
    prompt: options.prompt,
    value: options.value,
    placeHolder: options.placeHolder,
    password: options.password ?? false,
    ignoreFocusOut: true,
    validateInput: (text) => options.validate(text.trim()),
  });
  return value?.trim();
}

interface BaseUrlItem extends vscode.QuickPickItem {
  url?: string;
}

/** Atlas, Atlas for Government, or a custom URL (validated as typed). Undefined when cancelled. */
export async function promptBaseUrl(title: string, current?: string): Promise<string | undefined> {
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
export function promptProfileName(title: string, existingNames: readonly string[], value?: string): Promise<string | undefined> {
  return promptText({
    title,
    prompt: vscode.l10n.t('Profile name (optional; press Enter for a suggested name)'),
    value,
    validate: (text) => (text === '' ? undefined : validateProfileName(text, existingNames, vscode.l10n)),
  });
}
