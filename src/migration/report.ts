// The migration report: one Markdown document that joins the Atlas inventory (legacy connections matched to their
// endpoint services) with the code that still calls the legacy API, the Terraform blocks that keep the state, and a
// checklist. Pure: no `vscode`; every text that comes from Atlas is escaped, only workspace file links become links.
import type { FindingKind } from '../deprecation';
import { awsRegion } from '../deprecation/fixes';

export interface ReportConnection {
  id: string;
  endpointServiceName: string | null;
  status: string;
  interfaceEndpoints: readonly string[];
}

export interface ReportService {
  id: string;
  status: string;
  endpointServiceName?: string | null;
  regionName?: string;
  interfaceEndpoints?: readonly string[] | null;
}

/** What Atlas said about one project. */
export interface ReportProject {
  id: string;
  name?: string;
  legacy: { kind: 'listed'; connections: readonly ReportConnection[] } | { kind: 'gone'; status: number } | { kind: 'failed'; message: string };
  services: { kind: 'listed'; services: readonly ReportService[] } | { kind: 'failed'; message: string };
}

export interface ReportFinding {
  /** Workspace-relative path, for the link text. */
  path: string;
  /** Link target (a workspace-rooted path with `#L<line>`), built by the caller from the workspace. */
  target: string;
  /** 0-based. */
  line: number;
  kind: FindingKind;
  message: string;
}

export interface ReportInput {
  generatedAt: string;
  profileName?: string;
  /** Undefined when signed out: the report then has the workspace half only. */
  projects?: readonly ReportProject[];
  findings: readonly ReportFinding[];
  /** The workspace scan did not finish (cancelled). */
  scanIncomplete?: boolean;
}

/** Escapes Markdown so that outside text (names, ids, Atlas messages) renders as text, never as a link or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]()<>|!~&]/g, (char) => `\\${char}`).replace(/\r?\n/g, ' ');
}

/** Inline code that cannot be broken out of (backticks inside are removed). */
function code(text: string): string {
  return `\`${text.replace(/`/g, '').replace(/\r?\n/g, ' ')}\``;
}

/** A Terraform-safe name for a generated block, from an Atlas id. */
function addressName(prefix: string, id: string): string {
  return `${prefix}_${id.replace(/[^A-Za-z0-9_]/g, '_').slice(-24)}`;
}

/** `removed` for the old address and `import` for the new one. */
function stateBlocks(from: string, to: string, id: string): string[] {
  return ['removed {', `  from = ${from}`, '  lifecycle {', '    destroy = false', '  }', '}', 'import {', `  to = ${to}`, `  id = "${id}"`, '}'];
}

/** The import/removed blocks for a project's legacy connections (names are placeholders for the person's own). */
export function terraformBlocks(projectId: string, connections: readonly ReportConnection[]): string {
  const lines: string[] = [];
  for (const connection of connections) {
    const endpoint = addressName('pe', connection.id);
    const region = connection.endpointServiceName ? awsRegion(connection.endpointServiceName) : 'REGION';
    lines.push(...stateBlocks(`mongodbatlas_private_endpoint.${endpoint}`, `mongodbatlas_privatelink_endpoint.${endpoint}`, `${projectId}-${connection.id}-AWS-${region}`));
    for (const vpce of connection.interfaceEndpoints) {
      const link = addressName('link', vpce);
      lines.push(
        ...stateBlocks(
          `mongodbatlas_private_endpoint_interface_link.${link}`,
          `mongodbatlas_privatelink_endpoint_service.${link}`,
          `${projectId}--${connection.id}--${vpce}--AWS`,
        ),
      );
    }
  }
  return lines.join('\n');
}

function statusOf(project: ReportProject, id: string): ReportService | undefined {
  return project.services.kind === 'listed' ? project.services.services.find((service) => service.id === id) : undefined;
}

function projectSection(project: ReportProject, findings: readonly ReportFinding[]): string[] {
  const title = project.name ? `${escapeMarkdown(project.name)} (${code(project.id)})` : code(project.id);
  const out: string[] = [`## ${title}`, ''];
  const connections = project.legacy.kind === 'listed' ? project.legacy.connections : [];
  if (project.legacy.kind === 'gone') {
    out.push(`The legacy list answered HTTP ${project.legacy.status}: Atlas no longer serves it for this project. Endpoint services only:`, '');
  } else if (project.legacy.kind === 'failed') {
    out.push(`The legacy list could not be read: ${escapeMarkdown(project.legacy.message)}`, '');
  }
  if (project.services.kind === 'failed') {
    out.push(`The endpoint services could not be read: ${escapeMarkdown(project.services.message)}`, '');
  }
  if (connections.length > 0) {
    out.push('| Legacy connection | Region | Legacy status | Endpoint service | Status | Interface endpoints |', '|---|---|---|---|---|---|');
    for (const connection of connections) {
      const service = statusOf(project, connection.id);
      const region = connection.endpointServiceName ? code(awsRegion(connection.endpointServiceName)) : '–';
      const endpoints = (service?.interfaceEndpoints ?? connection.interfaceEndpoints).map(code).join(', ') || '–';
      out.push(
        `| ${code(connection.id)} | ${region} | ${escapeMarkdown(connection.status)} | ${service ? code(service.id) : 'not found'} | ${service ? escapeMarkdown(service.status) : '–'} | ${endpoints} |`,
      );
    }
    out.push('');
  } else if (project.services.kind === 'listed') {
    if (project.services.services.length === 0) {
      out.push(project.legacy.kind === 'listed' ? 'No private endpoint connection in this project.' : 'No AWS endpoint service in this project.', '');
    } else {
      out.push('| Endpoint service | Region | Status | Interface endpoints |', '|---|---|---|---|');
      for (const service of project.services.services) {
        const region = service.regionName ?? (service.endpointServiceName ? awsRegion(service.endpointServiceName) : '–');
        out.push(`| ${code(service.id)} | ${code(region)} | ${escapeMarkdown(service.status)} | ${(service.interfaceEndpoints ?? []).map(code).join(', ') || '–'} |`);
      }
      out.push('');
    }
  }
  if (connections.length > 0) {
    out.push(
      '### Terraform: keep the state',
      '',
      'Rename the addresses to those of your configuration. `removed` needs Terraform 1.7 or later, `import` 1.5 or later; both go in the root module.',
      '',
      '```hcl',
      terraformBlocks(project.id, connections),
      '```',
      '',
    );
  }
  const matched = connections.filter((connection) => statusOf(project, connection.id) !== undefined).length;
  out.push(
    '### Checklist',
    '',
    `- [${findings.length === 0 ? 'x' : ' '}] Code, scripts and infrastructure off the legacy API (${findings.length} place(s) left in the workspace)`,
    `- [${connections.length === matched ? 'x' : ' '}] Every legacy connection has its endpoint service (${matched} of ${connections.length})`,
    `- [${connections.length === 0 ? 'x' : ' '}] Terraform state moved with the import and removed blocks above, then the blocks deleted`,
    '- [ ] Dashboards, alerts and runbooks that read the legacy list updated',
    '',
  );
  return out;
}

function findingsSection(findings: readonly ReportFinding[], scanIncomplete: boolean | undefined): string[] {
  const out = ['## Code that still calls the legacy API', ''];
  if (scanIncomplete) {
    out.push('The workspace scan was cancelled: this list is incomplete.', '');
  }
  if (findings.length === 0) {
    out.push(scanIncomplete ? 'Nothing found before the scan stopped.' : 'Nothing in this workspace calls the legacy API.', '');
    return out;
  }
  out.push('Each fix is a quick fix in the editor (Ctrl+.), or `node dist/scan.js --fix` for the whole repository.', '');
  for (const finding of findings) {
    out.push(`- [${escapeMarkdown(`${finding.path}:${finding.line + 1}`)}](${finding.target.replace(/[()\s]/g, encodeURIComponent)}) ${finding.kind}: ${escapeMarkdown(finding.message)}`);
  }
  out.push('');
  return out;
}

/** The whole report. Projects come in the order given; findings are listed once (they are not tied to a project). */
export function buildMigrationReport(input: ReportInput): string {
  const out = ['# Atlas private endpoint migration report', ''];
  out.push(`Generated ${escapeMarkdown(input.generatedAt)}${input.profileName ? ` for the profile ${escapeMarkdown(input.profileName)}` : ''}.`, '');
  if (!input.projects) {
    out.push('Not signed in: sign in to Atlas to add the inventory of your projects and their Terraform blocks.', '');
  } else if (input.projects.length === 0) {
    out.push('The active profile has no project. Add one in the Atlas Private Endpoints view.', '');
  }
  out.push(...findingsSection(input.findings, input.scanIncomplete));
  for (const project of input.projects ?? []) {
    out.push(...projectSection(project, input.findings));
  }
  while (out[out.length - 1] === '') {
    out.pop();
  }
  return `${out.join('\n')}\n`;
}
