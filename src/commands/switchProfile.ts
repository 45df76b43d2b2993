// Atlas: Switch Profile…
import * as vscode from 'vscode';
import { COMMANDS } from '../ids';
import type { Profile } from '../credentials/model';
import type { CommandServices } from './services';
import { stringArg } from './ui';
import { outsideText } from '../outsideText';

interface ProfileItem extends vscode.QuickPickItem {
  profileId?: string;
  command?: string;
}

/**
 * A QuickPick of the profiles (the active one marked) and of the ways to add one. With an argument `{ profileId }` it
 * switches without asking (tests and automation). Resolves to true when the active profile changed.
 */
export async function switchProfile(services: CommandServices, args?: unknown): Promise<boolean> {
  const { store, sessions, log } = services;
  let profileId = stringArg(args, 'profileId');
  if (profileId === undefined) {
    const active = store.active();
    const items: ProfileItem[] = [
      ...store.profiles().map((profile) => profileItem(profile, profile.id === active?.id)),
      { label: '', kind: vscode.QuickPickItemKind.Separator },
      { label: `$(sign-in) ${vscode.l10n.t('Sign In with API Key…')}`, command: COMMANDS.signIn },
      { label: `$(key) ${vscode.l10n.t('Sign In with Service Account…')}`, command: COMMANDS.signInWithServiceAccount },
      { label: `$(cloud-download) ${vscode.l10n.t('Import Profile from Atlas CLI…')}`, command: COMMANDS.importAtlasCliProfile },
    ];
    const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Switch Atlas Profile'), placeHolder: vscode.l10n.t('Choose the profile the view uses') });
    if (!picked) return false;
    if (picked.command) {
      await vscode.commands.executeCommand(picked.command);
      return false;
    }
    profileId = picked.profileId;
  }
  const profile = profileId === undefined ? undefined : store.get(profileId);
  if (!profile) {
    void vscode.window.showErrorMessage(vscode.l10n.t('That Atlas profile no longer exists.'));
    return false;
  }
  if (profile.id === store.active()?.id) return false;
  await store.setActive(profile.id);
  sessions.refresh();
  log.info(`Switched to profile "${outsideText(profile.name)}".`);
  return true;
}

function profileItem(profile: Profile, active: boolean): ProfileItem {
  const icon = active ? '$(check)' : profile.kind === 'environment' ? '$(terminal)' : profile.kind === 'serviceAccount' ? '$(key)' : '$(account)';
  const kind = {
    apiKey: vscode.l10n.t('API key'),
    serviceAccount: vscode.l10n.t('service account'),
    environment: vscode.l10n.t('environment variables, read-only'),
  }[profile.kind];
  return {
    label: `${icon} ${outsideText(profile.name)}`,
    description: `${kind} · ${outsideText(hostOf(profile.baseUrl), { maxLength: 100 })}`,
    detail: vscode.l10n.t('{0} pinned project(s)', profile.projects.length),
    profileId: profile.id,
  };
}

function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}
