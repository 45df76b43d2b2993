// The inventory export: CSV columns and RFC 4180 quoting (checked by an independent parser below), formulas
// neutralised, failures in the summary; JSON with every field Atlas sent.
import * as assert from 'node:assert/strict';
import type { ProjectState } from '../../../src/tree/projectLoader';
import { CSV_COLUMNS, NOT_EXPORTED, buildInventory, csvField, inventoryCsv, inventoryJson } from '../../../src/tree/inventory';
import { parseCsv } from './csv';
import { atlasError, connection, englishL10n } from './helpers';

const PROJECT = { id: 'aaaaaaaaaaaaaaaaaaaaaaaa', name: 'Payments, "Prod"', pinned: true };
const OTHER = { id: 'bbbbbbbbbbbbbbbbbbbbbbbb', name: 'Broken', pinned: false };

function loaded(count: number, extra: Partial<Extract<ProjectState, { kind: 'connections' }>> = {}): ProjectState {
  const connections = Array.from({ length: count }, (_, index) => connection(index));
  return { kind: 'connections', connections, rawPages: [connections], hasMore: false, loadingMore: false, ...extra };
}

describe('tree/inventory', () => {
  it('CSV: the listed columns, one row per connection, fields quoted by RFC 4180 and read back exactly', () => {
    const hostile = connection(7, { status: 'FAILED', errorMessage: 'line one,\r\nline "two"\nthree', interfaceEndpoints: ['vpce-1', 'vpce-2'] });
    const state: ProjectState = { kind: 'connections', connections: [connection(1), hostile, connection(2, { endpointServiceName: null, status: 'INITIATING', interfaceEndpoints: [] })], rawPages: [], hasMore: false, loadingMore: false };
    const csv = inventoryCsv(buildInventory([{ project: PROJECT, state }], englishL10n));
    const records = parseCsv(csv);
    assert.deepEqual(records[0], [...CSV_COLUMNS]);
    assert.equal(records.length, 4);
    assert.deepEqual(records[1], [PROJECT.id, PROJECT.name, 'AWS', connection(1).id, connection(1).endpointServiceName, 'us-east-1', 'WAITING_FOR_USER', '', connection(1).interfaceEndpoints[0]]);
    assert.equal(records[2][7], hostile.errorMessage, 'commas, quotes and line breaks survive');
    assert.equal(records[2][8], 'vpce-1 vpce-2');
    assert.deepEqual(records[3].slice(4, 7), ['', '', 'INITIATING'], 'no name, no region yet');
    assert.ok(csv.includes('"Payments, ""Prod"""'));
  });

  it('a field a spreadsheet would run as a formula gets a leading apostrophe', () => {
    for (const formula of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx']) {
      assert.ok(csvField(formula).replace(/^"/, '').startsWith("'"), formula);
    }
    assert.equal(csvField('plain'), 'plain');
  });

  it('failed projects are in the summary: NOT EXPORTED rows in CSV, summary.failedProjects in JSON; partial loads too', () => {
    const inventory = buildInventory(
      [
        { project: PROJECT, state: loaded(3, { hasMore: true, moreError: atlasError(503, 'SERVICE_UNAVAILABLE', 'unavailable') }) },
        { project: OTHER, state: { kind: 'failed', error: atlasError(403, 'IP_ADDRESS_NOT_ON_ACCESS_LIST', 'ipNotAllowed', { parameters: ['203.0.113.9'] }) } },
      ],
      englishL10n,
    );
    assert.equal(inventory.rows.length, 3, 'the rows loaded before a failure are kept');
    const records = parseCsv(inventoryCsv(inventory));
    const summary = records.filter((record) => record[6] === NOT_EXPORTED);
    assert.deepEqual(summary.map((record) => record[0]), [PROJECT.id, OTHER.id]);
    assert.match(summary[1][7], /203\.0\.113\.9/);
    const json = JSON.parse(inventoryJson(inventory, new Date(0))) as { exportedAt: string; summary: { connections: number; failedProjects: Array<{ id: string; reason: string; exportedRows: number }> }; rows: Array<{ atlas: unknown }> };
    assert.equal(json.exportedAt, '1970-01-01T00:00:00.000Z');
    assert.equal(json.summary.connections, 3);
    assert.deepEqual(json.summary.failedProjects.map((failure) => [failure.id, failure.exportedRows]), [[PROJECT.id, 3], [OTHER.id, 0]]);
    assert.deepEqual(json.rows[0].atlas, connection(0), 'every field Atlas sent');
  });

  it('endpoint services export with their provider and region', () => {
    const state: ProjectState = {
      kind: 'endpointServices',
      services: [{ id: 's1', cloudProvider: 'AZURE', status: 'AVAILABLE', privateLinkServiceName: 'pls_1', regionName: 'US_EAST_2', privateEndpoints: ['/subscriptions/x/pe'] }],
      rawByProvider: {},
    };
    const records = parseCsv(inventoryCsv(buildInventory([{ project: OTHER, state }], englishL10n)));
    assert.deepEqual(records[1].slice(2, 9), ['AZURE', 's1', 'pls_1', 'US_EAST_2', 'AVAILABLE', '', '/subscriptions/x/pe']);
  });
});
