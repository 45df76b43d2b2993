// Chromium from the npm registry: @sparticuz/chromium ships a brotli-compressed headless Chromium for Linux x64 inside
// the package (no download at install time). It is installed into .vscode-test/ on first use and unpacked there once.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureCached, failWithLog } from './cache';
import { withoutNpmVariables } from './environment';
import type { ProcessGroups } from './processGroup';

export const NPM_CHROMIUM_VERSION = '153.0.0';
export const NPM_CHROMIUM = `@sparticuz/chromium@${NPM_CHROMIUM_VERSION}`;
/** Written next to the executable; launchChromium points FONTCONFIG_FILE at it. */
export const FONTS_CONFIG = 'fonts.conf';

// The package unpacks into os.tmpdir(), so the child that unpacks it gets TMPDIR set to the cache entry.
const UNPACK = "const { default: chromium } = await import('@sparticuz/chromium'); process.stdout.write(await chromium.executablePath());";

// The system's fonts plus the ones the package brings, with paths relative to this file (the entry is renamed into place).
const FONTS_CONFIG_TEXT = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir prefix="relative">fonts</dir>
  <cachedir prefix="relative">fonts-cache</cachedir>
</fontconfig>
`;

export function npmChromiumDir(cacheRoot: string): string {
  return path.join(cacheRoot, `chromium-${NPM_CHROMIUM_VERSION}`);
}

export function npmChromiumExecutable(dir: string): string {
  return path.join(dir, 'bin', 'chromium');
}

/** Installs and unpacks the npm registry's Chromium into `cacheRoot` on first use; returns the executable. */
export async function ensureNpmChromium(cacheRoot: string, groups: ProcessGroups, log: (line: string) => void): Promise<string> {
  const dir = npmChromiumDir(cacheRoot);
  await ensureCached(dir, async (staging) => {
    if (process.platform !== 'linux' || process.arch !== 'x64') {
      throw new Error(`${NPM_CHROMIUM} ships Chromium for Linux x64 only (this is ${process.platform}-${process.arch}).`);
    }
    log(`Installing Chromium from the npm registry (${NPM_CHROMIUM}) into ${dir} (first run only)...`);
    const installLog = path.join(staging, 'install.log');
    const env = withoutNpmVariables(process.env);
    const bin = path.join(staging, 'bin');
    mkdirSync(bin);
    writeFileSync(path.join(staging, 'package.json'), JSON.stringify({ name: 'npm-chromium-cache', private: true }));
    await groups
      .run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--ignore-scripts', '--loglevel=error', NPM_CHROMIUM], installLog, {
        cwd: staging,
        env,
        timeoutMs: 10 * 60_000,
      })
      .then(() =>
        groups.run(process.execPath, ['--input-type=module', '-e', UNPACK], installLog, {
          cwd: staging,
          env: { ...env, TMPDIR: bin },
          timeoutMs: 5 * 60_000,
        }))
      .catch((error: unknown) => failWithLog(error, installLog));
    writeFileSync(path.join(bin, FONTS_CONFIG), FONTS_CONFIG_TEXT);
    // The compressed copy is no longer needed.
    rmSync(path.join(staging, 'node_modules'), { recursive: true, force: true });
  });
  return npmChromiumExecutable(dir);
}
