import * as assert from 'node:assert/strict';
import type { EndpointService } from '../../../src/atlas';
import { findRawItem, formatJson, rawJsonOfItem, rawJsonOfProject, rawJsonPath } from '../../../src/tree/rawJson';
import { connection } from './helpers';

const PROJECT = 'aaaaaaaaaaaaaaaaaaaaaaaa';

describe('tree/rawJson', () => {
  const rawItem = { id: connection(1).id, endpointServiceName: null, errorMessage: null, interfaceEndpoints: [], status: 'INITIATING', fieldOnlyAtlasKnows: 7 };

  it('finds an item in every list shape Atlas uses', () => {
    for (const body of [[rawItem], { results: [rawItem], totalCount: 1 }, { status: 200, content: [rawItem] }, { status: 200, content: { results: [rawItem] } }]) {
      assert.equal(findRawItem([{ results: [] }, body], rawItem.id), rawItem);
    }
    assert.equal(findRawItem([null, 'x', { results: 'no' }], rawItem.id), undefined);
  });

  it('a connection: exactly the object Atlas sent, not the parsed one', () => {
    const parsed = { ...connection(1), endpointServiceName: null, status: 'INITIATING' };
    const value = rawJsonOfItem({ kind: 'connection', projectId: PROJECT, connection: parsed }, {
      kind: 'connections', connections: [parsed], rawPages: [{ results: [rawItem] }], hasMore: false, loadingMore: false,
    });
    assert.equal(value, rawItem);
    assert.equal(formatJson(value), `${JSON.stringify(rawItem, null, 2)}\n`);
    assert.match(formatJson(value), /^{\n {2}"id"/);
  });

  it('an endpoint service: the object from its provider list', () => {
    const service: EndpointService = { id: 'b'.repeat(24), cloudProvider: 'GCP', status: 'AVAILABLE' };
    const raw = { ...service, serviceAttachmentNames: [] };
    const value = rawJsonOfItem({ kind: 'endpointService', projectId: PROJECT, service }, { kind: 'endpointServices', services: [service], rawByProvider: { AWS: [], GCP: [raw] } });
    assert.equal(value, raw);
  });

  it('a project: the bodies of the pages loaded so far, or endpoint services by provider; nothing before a load', () => {
    const pages = [[rawItem], [{ id: 'x' }]];
    assert.deepEqual(rawJsonOfProject({ kind: 'connections', connections: [], rawPages: pages, hasMore: true, loadingMore: false }), pages);
    assert.deepEqual(rawJsonOfProject({ kind: 'endpointServices', services: [], rawByProvider: { AWS: [], AZURE: [], GCP: [] } }), { AWS: [], AZURE: [], GCP: [] });
    assert.equal(rawJsonOfProject({ kind: 'idle' }), undefined);
    assert.equal(rawJsonOfProject({ kind: 'failed', error: new Error('x') }), undefined);
  });

  it('document paths end in .json and encode ids', () => {
    assert.equal(rawJsonPath(PROJECT), `/${PROJECT}/pages.json`);
    assert.equal(rawJsonPath(PROJECT, { kind: 'connection', projectId: PROJECT, connection: connection(1) }), `/${PROJECT}/privateEndpoint/${connection(1).id}.json`);
    assert.equal(
      rawJsonPath(PROJECT, { kind: 'endpointService', projectId: PROJECT, service: { id: 'a/b', cloudProvider: 'AWS', status: 'X' } }),
      `/${PROJECT}/AWS/endpointService/a%2Fb.json`,
    );
  });
});
