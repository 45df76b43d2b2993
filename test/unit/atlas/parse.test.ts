import assert from 'node:assert/strict';
import { AtlasApiError } from '../../../src/atlas';
import { computeHasMore, parseListBody, toConnection } from '../../../src/atlas/parse';

const item = (id: string) => ({ id, status: 'AVAILABLE', endpointServiceName: null, errorMessage: null, interfaceEndpoints: [] });

describe('atlas/parse', () => {
  it('reads the seed bare array', () => {
    const list = parseListBody([item('a'), item('b')], 200);
    assert.deepEqual(list, { items: [item('a'), item('b')], hasNextLink: false, bareArray: true });
  });

  it('reads {links, results, totalCount}', () => {
    const list = parseListBody({ links: [{ rel: 'self', href: 'x' }, { rel: 'next', href: 'y' }], results: [item('a')], totalCount: 7 }, 200);
    assert.equal(list.items.length, 1);
    assert.equal(list.totalCount, 7);
    assert.equal(list.hasNextLink, true);
    assert.equal(list.bareArray, false);
  });

  it('reads envelopes: {status, content: [...]} and {status, results, ...}', () => {
    assert.equal(parseListBody({ status: 200, content: [item('a')] }, 200).bareArray, true);
    const paged = parseListBody({ status: 200, links: [], results: [item('a'), item('b')], totalCount: 2 }, 200);
    assert.equal(paged.items.length, 2);
    assert.equal(paged.totalCount, 2);
  });

  it('applies the hasMore rules: next link, totalCount, full bare-array page; never on an empty page', () => {
    const base = { items: [1, 2], hasNextLink: false, bareArray: false };
    assert.equal(computeHasMore({ ...base, hasNextLink: true }, 1, 2), true);
    assert.equal(computeHasMore({ ...base, totalCount: 5 }, 2, 2), true);
    assert.equal(computeHasMore({ ...base, totalCount: 4 }, 2, 2), false);
    assert.equal(computeHasMore({ ...base, bareArray: true }, 1, 2), true);
    assert.equal(computeHasMore({ ...base, bareArray: true }, 1, 3), false);
    assert.equal(computeHasMore({ ...base }, 1, 2), false, 'a full results page without link or count is the end');
    assert.equal(computeHasMore({ items: [], hasNextLink: true, bareArray: true, totalCount: 99 }, 1, 2), false);
  });

  it('refuses wrong shapes with invalidResponse', () => {
    for (const body of [{}, { results: 'x' }, null, 'text', 42, { status: 200, content: { not: 'a list' } }]) {
      assert.throws(() => parseListBody(body, 200), (error: unknown) => error instanceof AtlasApiError && error.kind === 'invalidResponse', JSON.stringify(body));
    }
    assert.throws(() => toConnection({ status: 'AVAILABLE' }, 0, 200), /no string "id"/);
    assert.throws(() => toConnection('x', 3, 200), /item 4/);
  });

  it('normalises documented fields in a copy, leaving the item as Atlas sent it, and keeps everything else', () => {
    const sent = { id: 'a', endpointServiceName: 5, interfaceEndpoints: ['v', 3], providerName: 'AWS' };
    const asSent = structuredClone(sent);
    const connection = toConnection(sent, 0, 200);
    assert.equal(connection.endpointServiceName, null);
    assert.equal(connection.errorMessage, null);
    assert.deepEqual(connection.interfaceEndpoints, ['v']);
    assert.equal(connection.status, 'UNKNOWN');
    assert.equal(connection.providerName, 'AWS');
    assert.deepEqual(sent, asSent);
  });

  it('returns an item already in the documented shape itself, not a copy (a page is held once)', () => {
    const sent = { ...item('a'), endpointServiceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-0aee615d3fe32c14e', interfaceEndpoints: ['vpce-1'], extra: { kept: true } };
    assert.equal(toConnection(sent, 0, 200), sent);
    assert.equal(toConnection(item('b'), 0, 200).id, 'b');
    // One field off is enough to need a copy: a missing errorMessage, a number in the endpoints, no status.
    for (const odd of [{ id: 'c', endpointServiceName: null, interfaceEndpoints: [], status: 'AVAILABLE' }, { ...item('d'), interfaceEndpoints: ['v', 1] }, { ...item('e'), status: undefined }]) {
      const connection = toConnection(odd, 0, 200);
      assert.notEqual(connection, odd);
      assert.equal(connection.errorMessage, null);
      assert.ok(connection.interfaceEndpoints.every((entry) => typeof entry === 'string'));
      assert.equal(typeof connection.status, 'string');
    }
  });
});
