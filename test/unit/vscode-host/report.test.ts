// The launcher's report: collected from a real mocha run, printed like mocha's spec reporter.
import * as assert from 'node:assert/strict';
import Mocha from 'mocha';
import { collectReport, formatReport, plainSummary } from '../../../scripts/vscode-host/report';

async function runNestedMocha() {
  const mocha = new Mocha({ reporter: class {} as unknown as Mocha.ReporterConstructor });
  const outer = Mocha.Suite.create(mocha.suite, 'Outer');
  const inner = Mocha.Suite.create(outer, 'Inner');
  outer.addTest(new Mocha.Test('passes', () => undefined));
  inner.addTest(new Mocha.Test('fails', () => assert.equal(1, 2)));
  inner.addTest(new Mocha.Test('is pending'));
  return collectReport(mocha.run(), { vscodeVersion: '1.2.3', hideStackFramesOf: 'node_modules/mocha' });
}

describe('vscode-host report', () => {
  it('collects passes, failures and pending tests with their suite path', async () => {
    const report = await runNestedMocha();
    assert.deepEqual([report.passes, report.failures, report.pending, report.vscodeVersion], [1, 1, 1, '1.2.3']);
    const failed = report.results.find((result) => result.state === 'failed');
    assert.deepEqual(failed?.path, ['Outer', 'Inner']);
    assert.match(failed?.error ?? '', /AssertionError/);
    assert.ok(!failed?.error?.includes('node_modules/mocha'), 'frames of the hidden file are left out');
  });

  it('prints the spec layout, mocha summary lines and the failures, and a plain closing line', async () => {
    const report = await runNestedMocha();
    const text = formatReport(report);
    assert.match(text, /^ {2}Outer\n {4}✔ passes\n {4}Inner\n {6}1\) fails\n {6}- is pending$/m);
    assert.match(text, /^ {2}1 passing \(\d+ms\)$/m);
    assert.match(text, /^ {2}1 pending$/m);
    assert.match(text, /^ {2}1 failing$/m);
    assert.match(text, /^ {2}1\) Outer Inner fails:\n {5}AssertionError/m);
    assert.equal(plainSummary('integration', report), 'integration: 1 passed, 1 failed, 1 skipped');
  });
});
