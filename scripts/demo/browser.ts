// Opening the demo's code-server URL in a browser a person can see, or saying clearly why it cannot be done here.
import { chooseBrowser } from '../vscode-host/chromium';
import { findOnPath } from './findOnPath';

export type BrowserLauncher =
  /** The desktop's default browser (xdg-open on Linux, open on macOS): the user's own, left running at the end. */
  | { readonly kind: 'system'; readonly command: string }
  /** Chromium in a window of its own, with a throwaway profile: ours, closed at the end. */
  | { readonly kind: 'chromium'; readonly command: string };

export type BrowserLookup = { readonly launcher: BrowserLauncher } | { readonly problem: string };

export function findBrowser(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): BrowserLookup {
  if (platform === 'darwin') return { launcher: { kind: 'system', command: 'open' } };
  if (platform !== 'linux') return { problem: `opening a browser is not supported on ${platform}` };
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return { problem: 'there is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set)' };
  }
  // CHROME_PATH is an explicit choice, so it wins; the npm registry's Chromium (the tests' browser) is headless-only.
  try {
    const choice = chooseBrowser(env);
    if (choice.source === 'CHROME_PATH') return { launcher: { kind: 'chromium', command: choice.executable } };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
  const xdgOpen = findOnPath(['xdg-open'], env);
  if (xdgOpen) return { launcher: { kind: 'system', command: xdgOpen } };
  return { problem: 'there is no desktop browser opener (xdg-open) here; set CHROME_PATH to a Chrome or Chromium executable to open one' };
}

export function browserArguments(launcher: BrowserLauncher, url: string, profileDir: string, isRoot: boolean): string[] {
  if (launcher.kind === 'system') return [url];
  return [
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-sync',
    // Chromium refuses to run as root with its sandbox on.
    ...(isRoot ? ['--no-sandbox'] : []),
    '--new-window',
    url,
  ];
}
