// The inventory export: every loaded connection (or endpoint service) of some projects as CSV (RFC 4180) or JSON,
// with the projects that could not be loaded in its summary. Pure (no `vscode`).
import { explainAtlasError } from '../atlas';
import type { Localizer } from '../localizer';
import { endpointServiceNameOf, errorMessageOf, fieldsOf, interfaceEndpointsOf, statusOf } from './connectionFields';
import { regionAndServiceId } from './connectionRow';
import type { ConnectionLikeNode } from './nodes';
import type { ProjectEntry } from './projectDirectory';
import type { ProjectState } from './projectLoader';

export type InventoryFormat = 'csv' | 'json';

export const CSV_COLUMNS = [
  'project id',
  'project name',
  'provider',
  'id',
  'endpoint service name',
  'region',
  'status',
  'error message',
  'interface endpoints',
] as const;

/** The status column of a summary row: the project could not be (fully) exported. */
export const NOT_EXPORTED = 'NOT EXPORTED';

export interface InventoryProject {
  readonly project: ProjectEntry;
  readonly state: ProjectState;
}

export interface InventoryFailure {
  readonly project: ProjectEntry;
  /** Words a person can act on. */
  readonly reason: string;
  /** Rows loaded before the failure are exported; this says how many. */
  readonly exportedRows: number;
}

export interface InventoryRow {
  readonly projectId: string;
  readonly projectName: string;
  readonly provider: string;
  readonly id: string;
  readonly endpointServiceName: string;
  readonly region: string;
  readonly status: string;
  readonly errorMessage: string;
  readonly interfaceEndpoints: readonly string[];
  /** Everything Atlas sent for this row (the JSON export keeps it). */
  readonly raw: Record<string, unknown>;
}

export interface Inventory {
  readonly rows: readonly InventoryRow[];
  readonly failures: readonly InventoryFailure[];
}

function nodesOf(projectId: string, state: ProjectState): ConnectionLikeNode[] {
  if (state.kind === 'connections') return state.connections.map((connection) => ({ kind: 'connection', projectId, connection }));
  if (state.kind === 'endpointServices') return state.services.map((service) => ({ kind: 'endpointService', projectId, service }));
  return [];
}

function rowOf(project: ProjectEntry, node: ConnectionLikeNode): InventoryRow {
  const fields = fieldsOf(node);
  const provider = node.kind === 'endpointService' ? node.service.cloudProvider : typeof fields.providerName === 'string' && fields.providerName ? fields.providerName : 'AWS';
  return {
    projectId: project.id,
    projectName: project.name ?? '',
    provider,
    id: node.kind === 'connection' ? node.connection.id : node.service.id,
    endpointServiceName: endpointServiceNameOf(node) ?? '',
    region: regionAndServiceId(node).region ?? '',
    status: statusOf(node),
    errorMessage: errorMessageOf(node) ?? '',
    interfaceEndpoints: interfaceEndpointsOf(node),
    raw: fields,
  };
}

/** Rows of every project in order; a project whose load failed (first page, or a later one) becomes a failure. */
export function buildInventory(projects: readonly InventoryProject[], l10n: Localizer): Inventory {
  const rows: InventoryRow[] = [];
  const failures: InventoryFailure[] = [];
  for (const { project, state } of projects) {
    const projectRows = nodesOf(project.id, state).map((node) => rowOf(project, node));
    rows.push(...projectRows);
    if (state.kind === 'failed') {
      failures.push({ project, reason: explainAtlasError(state.error, l10n), exportedRows: 0 });
    } else if (state.kind === 'connections' && state.moreError !== undefined) {
      failures.push({ project, reason: explainAtlasError(state.moreError, l10n), exportedRows: projectRows.length });
    } else if (state.kind === 'connections' && state.hasMore) {
      failures.push({ project, reason: l10n.t('Not every page was loaded.'), exportedRows: projectRows.length });
    } else if (state.kind === 'idle' || state.kind === 'loading') {
      failures.push({ project, reason: l10n.t('The project was not loaded.'), exportedRows: 0 });
    }
  }
  return { rows, failures };
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote, CR or LF, with quotes doubled. A field that a
 * spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a leading apostrophe first: outside text
 * never becomes a formula.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

/** The header, one line per row, then one NOT EXPORTED line per failed project (the summary); CRLF line breaks. */
export function inventoryCsv(inventory: Inventory): string {
  const lines = [csvLine(CSV_COLUMNS)];
  for (const row of inventory.rows) {
    lines.push(csvLine([row.projectId, row.projectName, row.provider, row.id, row.endpointServiceName, row.region, row.status, row.errorMessage, row.interfaceEndpoints.join(' ')]));
  }
  for (const failure of inventory.failures) {
    lines.push(csvLine([failure.project.id, failure.project.name ?? '', '', '', '', '', NOT_EXPORTED, failure.reason, '']));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function inventoryJson(inventory: Inventory, exportedAt: Date): string {
  const document = {
    exportedAt: exportedAt.toISOString(),
    summary: {
      connections: inventory.rows.length,
      failedProjects: inventory.failures.map((failure) => ({ id: failure.project.id, name: failure.project.name ?? null, reason: failure.reason, exportedRows: failure.exportedRows })),
    },
    rows: inventory.rows.map((row) => ({
      projectId: row.projectId,
      projectName: row.projectName || null,
      provider: row.provider,
      id: row.id,
      endpointServiceName: row.endpointServiceName || null,
      region: row.region || null,
      status: row.status,
      errorMessage: row.errorMessage || null,
      interfaceEndpoints: row.interfaceEndpoints,
      atlas: row.raw,
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
