import assert from 'node:assert/strict';
import { parse } from '@cdktf/hcl2json';
import { buildMigrationReport, escapeMarkdown, terraformBlocks, type ReportProject } from '../../../src/migration/report';

const PROJECT = '5e2211c17a3e5a48f5497de3';
const LINK = '5df264b8f10fab7d2cad2f0d';

const listed: ReportProject = {
  id: PROJECT,
  name: 'Payments [prod](javascript:alert(1))',
  legacy: {
    kind: 'listed',
    connections: [{ id: LINK, endpointServiceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-0aee615d3fe32c14e', status: 'WAITING_FOR_USER', interfaceEndpoints: ['vpce-05934e68436496102'] }],
  },
  services: { kind: 'listed', services: [{ id: LINK, status: 'AVAILABLE', interfaceEndpoints: ['vpce-05934e68436496102'] }] },
};

describe('migration report', () => {
  it('matches each legacy connection to its endpoint service, with status and interface endpoints', () => {
    const report = buildMigrationReport({ generatedAt: '2026-12-02T06:00:00Z', profileName: 'work', projects: [listed], findings: [] });
    assert.match(report, new RegExp(`\\| \`${LINK}\` \\| \`us-east-1\` \\| WAITING\\\\_FOR\\\\_USER \\| \`${LINK}\` \\| AVAILABLE \\| \`vpce-05934e68436496102\` \\|`));
    assert.match(report, /- \[x\] Every legacy connection has its endpoint service \(1 of 1\)/);
    assert.match(report, /- \[x\] Code, scripts and infrastructure off the legacy API \(0 place\(s\) left/);
    assert.match(report, /Nothing in this workspace calls the legacy API\./);
  });

  it('escapes what Atlas sent: a project name never becomes a link', () => {
    const report = buildMigrationReport({ generatedAt: 'now', projects: [listed], findings: [] });
    assert.doesNotMatch(report, /\]\(javascript:/);
    assert.match(report, /Payments \\\[prod\\\]\\\(javascript:alert\\\(1\\\)\\\)/);
    assert.equal(escapeMarkdown('<img src=x>'), '\\<img src=x\\>');
  });

  it('lists the workspace findings as links to their lines', () => {
    const report = buildMigrationReport({
      generatedAt: 'now',
      projects: [],
      findings: [{ path: 'infra/main.tf', target: 'file:///w/infra/main.tf#L3', line: 2, kind: 'terraform', message: 'mongodbatlas_private_endpoint is deprecated.' }],
    });
    assert.match(report, /- \[infra\/main\.tf:3\]\(file:\/\/\/w\/infra\/main\.tf#L3\) terraform: /);
    assert.match(report, /The active profile has no project/);
  });

  it('gives Terraform blocks with the documented import ids, and they parse as HCL', async () => {
    const blocks = terraformBlocks(PROJECT, listed.legacy.kind === 'listed' ? listed.legacy.connections : []);
    const parsed = (await parse('blocks.tf', blocks)) as { import: Array<{ id: string }>; removed: Array<{ lifecycle: Array<{ destroy: boolean }> }> };
    assert.deepEqual(
      parsed.import.map((block) => block.id),
      [`${PROJECT}-${LINK}-AWS-us-east-1`, `${PROJECT}--${LINK}--vpce-05934e68436496102--AWS`],
    );
    assert.deepEqual(parsed.removed.map((block) => block.lifecycle[0].destroy), [false, false]);
  });

  it('works when the legacy list is gone (404/410): endpoint services only, no Terraform blocks', () => {
    const gone: ReportProject = { ...listed, legacy: { kind: 'gone', status: 410 } };
    const report = buildMigrationReport({ generatedAt: 'now', projects: [gone], findings: [] });
    assert.match(report, /The legacy list answered HTTP 410/);
    assert.match(report, new RegExp(`\\| \`${LINK}\` \\| \`–\` \\| AVAILABLE \\|`));
    assert.doesNotMatch(report, /```hcl/);
  });

  it('works signed out and with a cancelled scan', () => {
    const report = buildMigrationReport({ generatedAt: 'now', findings: [], scanIncomplete: true });
    assert.match(report, /Not signed in/);
    assert.match(report, /The workspace scan was cancelled/);
  });
});
