// What a hostile (or buggy) server can put into the view's data: nesting deep enough to overflow a recursive
// formatter, ids sent twice, link and icon syntax in names. Pure tree code, no VS Code.
import * as assert from 'node:assert/strict';
import type { EndpointService } from '../../../src/atlas';
import { parseJson } from '../../../src/atlas/parse';
import { MAX_JSON_DEPTH, TOO_DEEP_MARKER, boundedJson } from '../../../src/boundedJson';
import { connectionChildren, projectChildren } from '../../../src/tree/children';
import { describeNode, tooltipOf } from '../../../src/tree/nodeLook';
import { nodeId, type TreeNode } from '../../../src/tree/nodes';
import { formatJson, rawJsonOfItem, rawJsonOfProject } from '../../../src/tree/rawJson';
import type { ProjectState } from '../../../src/tree/projectLoader';
import { connection, englishL10n } from './helpers';

const PROJECT = 'aaaaaaaaaaaaaaaaaaaaaaaa';

/** A 40 KB `[[[…]]]`: small enough for the response cap, deep enough for JSON.stringify to overflow the stack. */
function deeplyNested(): Promise<unknown> {
  const depth = 20_000;
  return parseJson(`${'['.repeat(depth)}${']'.repeat(depth)}`, 200);
}

describe('tree data from a hostile server', () => {
  it('a 40 KB [[[…]]] field: the tooltip and Open Raw JSON format it without overflowing the stack', async () => {
    const hostile = connection(1, { extra: await deeplyNested() });
    const node: TreeNode = { kind: 'connection', projectId: PROJECT, connection: hostile };
    const state: ProjectState = { kind: 'connections', connections: [hostile], rawPages: [[hostile]], hasMore: false, loadingMore: false };
    const tooltip = tooltipOf(node, englishL10n) ?? ''; // built on hover, as VS Code asks for it
    assert.match(tooltip, /extra/);
    const item = formatJson(rawJsonOfItem(node, state));
    const page = formatJson(rawJsonOfProject(state));
    for (const text of [item, page]) {
      assert.ok(text.includes(TOO_DEEP_MARKER), 'no marker where the nesting was cut');
      JSON.parse(text); // still valid JSON
    }
  });

  it('boundedJson is JSON.stringify for ordinary values', () => {
    const value = { a: [1, 'two', null, true, { b: [] , c: {} }], 'd"e': -0.5, f: 'line\nbreak' };
    assert.equal(boundedJson(value, 2), JSON.stringify(value, null, 2));
    assert.equal(boundedJson(value), JSON.stringify(value));
    let nested: unknown = 'leaf';
    for (let level = 0; level < MAX_JSON_DEPTH; level += 1) nested = [nested];
    assert.equal(boundedJson(nested), JSON.stringify(nested));
  });

  it('connections sent twice with the same id get distinct row ids (VS Code refuses duplicates), and both rows stay', () => {
    const twice = connection(7, { interfaceEndpoints: ['vpce-0a', 'vpce-0a'] });
    const state: ProjectState = { kind: 'connections', connections: [twice, { ...twice }], rawPages: [[twice, twice]], hasMore: false, loadingMore: false };
    const rows = projectChildren(PROJECT, state, englishL10n);
    const ids = rows.map(nodeId);
    assert.equal(rows.filter((row) => row.kind === 'connection').length, 2);
    assert.equal(new Set(ids).size, ids.length, ids.join(' '));
    const interfaces = connectionChildren(rows[0] as Extract<TreeNode, { kind: 'connection' }>).map(nodeId);
    assert.equal(interfaces.length, 2);
    assert.equal(new Set(interfaces).size, 2, interfaces.join(' '));
  });

  it('names, statuses and errors from Atlas reach labels, descriptions and pick rows without link, icon or control syntax', () => {
    const link = '[Grant the role now](command:workbench.action.terminal.sendSequence)';
    const project: TreeNode = { kind: 'project', project: { id: PROJECT, name: `$(check) ${link}\nsecond line`, pinned: false } };
    const row: TreeNode = {
      kind: 'connection',
      projectId: PROJECT,
      connection: connection(3, { endpointServiceName: `${link}`, status: `$(pass) ${link}`, errorMessage: `bad\r\n${link}` }),
    };
    for (const node of [project, row]) {
      const look = describeNode(node, englishL10n);
      for (const text of [look.label, look.description ?? '']) {
        assert.ok(!text.includes('](') && !text.includes('$('), text);
        assert.ok(!/[\r\n]/.test(text), text);
      }
    }
  });

  it('endpoint services sent twice with the same id get distinct row ids', () => {
    const service: EndpointService = { id: 'b'.repeat(24), cloudProvider: 'AZURE', status: 'AVAILABLE', privateLinkServiceName: 'pls_1', privateEndpoints: [] };
    const state: ProjectState = { kind: 'endpointServices', services: [service, service], rawByProvider: { AZURE: [service, service] } };
    const ids = projectChildren(PROJECT, state, englishL10n).map(nodeId);
    assert.equal(new Set(ids).size, ids.length, ids.join(' '));
  });
});
