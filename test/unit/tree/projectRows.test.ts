// Rows built once and reused, status counts, filters and FAILED first, in-place updates; the project row's totals.
import * as assert from 'node:assert/strict';
import { projectChildren } from '../../../src/tree/children';
import { describeNode } from '../../../src/tree/nodeLook';
import type { ProjectState } from '../../../src/tree/projectLoader';
import { ProjectRows } from '../../../src/tree/projectRows';
import { describeProject } from '../../../src/tree/projectSummary';
import { statusesToOffer } from '../../../src/tree/statusFilter';
import { connection, englishL10n } from './helpers';

const PROJECT = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const STATUSES = ['AVAILABLE', 'FAILED', 'WAITING_FOR_USER', 'INITIATING', 'AVAILABLE', 'DELETING'];

function connections(count: number) {
  return Array.from({ length: count }, (_, index) => connection(index, { status: STATUSES[index % STATUSES.length], errorMessage: STATUSES[index % STATUSES.length] === 'FAILED' ? 'boom' : null }));
}

function state(count: number, overrides: Partial<Extract<ProjectState, { kind: 'connections' }>> = {}): Extract<ProjectState, { kind: 'connections' }> {
  const items = connections(count);
  return { kind: 'connections', connections: items, rawPages: [items], hasMore: false, loadingMore: false, ...overrides };
}

describe('tree/ProjectRows', () => {
  it('builds each row once: syncing a longer list appends only the new rows, the same node objects are handed out again', () => {
    const rows = new ProjectRows(PROJECT, englishL10n);
    rows.syncConnections(connections(6));
    const first = rows.nodes();
    rows.syncConnections(connections(12));
    const second = rows.nodes();
    assert.equal(second.length, 12);
    assert.deepEqual(second.slice(0, 6), [...first.slice(0, 6)], 'the first page\'s nodes are the same objects');
    assert.strictEqual(second[0], first[0]);
    assert.strictEqual(rows.look(second[0]), rows.look(first[0]), 'and so are their looks');
    assert.deepEqual(rows.look(second[7]), describeNode(second[7], englishL10n));
  });

  it('rows built in slices are staged: not listed, counted or found by id until shown', () => {
    const rows = new ProjectRows(PROJECT, englishL10n);
    const items = connections(12);
    rows.syncConnections(items.slice(0, 6));
    assert.equal(rows.buildConnections(items, 12, 4), true, 'more to build');
    assert.equal(rows.built, 10);
    assert.equal(rows.size, 6);
    assert.equal(rows.nodes().length, 6);
    assert.equal(rows.nodes({ statuses: new Set(['AVAILABLE']) }).length, 2);
    assert.equal(rows.node(items[8].id), undefined);
    assert.equal([...rows.statusCounts().values()].reduce((a, b) => a + b, 0), 6);
    assert.equal(rows.buildConnections(items, 12, 4), false, 'done');
    rows.show(12);
    assert.deepEqual(rows.nodes().map((node) => (node.kind === 'connection' ? node.connection.id : '')), items.map((item) => item.id));
    assert.equal(rows.nodes({ statuses: new Set(['AVAILABLE']) }).length, 4);
    assert.ok(rows.node(items[8].id));
    assert.deepEqual(Object.fromEntries(rows.statusCounts()), { AVAILABLE: 4, FAILED: 2, WAITING_FOR_USER: 2, INITIATING: 2, DELETING: 2 });
  });

  it('counts by status as rows arrive', () => {
    const rows = new ProjectRows(PROJECT, englishL10n);
    rows.syncConnections(connections(12));
    assert.deepEqual(Object.fromEntries(rows.statusCounts()), { AVAILABLE: 4, FAILED: 2, WAITING_FOR_USER: 2, INITIATING: 2, DELETING: 2 });
  });

  it('filters by status and lists FAILED first, keeping Atlas\'s order otherwise; the same array until something changes', () => {
    const rows = new ProjectRows(PROJECT, englishL10n);
    rows.syncConnections(connections(12));
    const statusOf = (node: ReturnType<ProjectRows['nodes']>[number]) => (node.kind === 'connection' ? node.connection.status : '');
    const failedFirst = rows.nodes({ failedFirst: true });
    assert.deepEqual(failedFirst.map(statusOf).slice(0, 3), ['FAILED', 'FAILED', 'AVAILABLE']);
    assert.deepEqual(failedFirst.slice(2), rows.nodes().filter((node) => statusOf(node) !== 'FAILED'));
    const pending = rows.nodes({ statuses: new Set(['INITIATING', 'WAITING_FOR_USER']) });
    assert.deepEqual(pending.map(statusOf), ['WAITING_FOR_USER', 'INITIATING', 'WAITING_FOR_USER', 'INITIATING']);
    assert.strictEqual(rows.nodes({ statuses: new Set(['INITIATING', 'WAITING_FOR_USER']) }), pending, 'cached');
    assert.strictEqual(rows.nodes({ statuses: new Set() }), rows.nodes(), 'an empty filter shows everything');
  });

  it('a newer copy of a row updates its node in place, its look and the counts', () => {
    const rows = new ProjectRows(PROJECT, englishL10n);
    rows.syncConnections(connections(6));
    const node = rows.nodes()[3];
    const change = rows.replace(connection(3, { status: 'AVAILABLE', interfaceEndpoints: ['vpce-1'] }));
    assert.ok(change);
    assert.strictEqual(change.node, node, 'the same node object: VS Code refreshes it by identity');
    assert.equal(change.previousStatus, 'INITIATING');
    assert.equal(rows.look(node)?.description, 'AVAILABLE');
    assert.equal(rows.statusCounts().get('INITIATING'), 0);
    assert.equal(rows.statusCounts().get('AVAILABLE'), 3);
    assert.equal(rows.replace(connection(99)), undefined, 'a row it does not hold');
  });

  it('projectChildren under a filter: the matching rows, a note when none match, and Load more still there', () => {
    const loaded = state(12, { hasMore: true, totalCount: 30 });
    const rows = new ProjectRows(PROJECT, englishL10n);
    rows.syncConnections(loaded.connections);
    const failed = projectChildren(PROJECT, loaded, englishL10n, rows, { statuses: new Set(['FAILED']) });
    assert.deepEqual(failed.map((node) => node.kind), ['connection', 'connection', 'loadMore']);
    const none = projectChildren(PROJECT, loaded, englishL10n, rows, { statuses: new Set(['VERIFIED']) });
    assert.deepEqual(none.map((node) => node.kind), ['note', 'loadMore']);
    assert.match(describeNode(none[0], englishL10n).label, /No loaded connection has the statuses of the filter/);
  });

  it('the filter offers the known statuses, then any other status loaded', () => {
    const offered = statusesToOffer(['AVAILABLE', 'SOMETHING_NEW', 'FAILED']);
    assert.deepEqual(offered.slice(-1), ['SOMETHING_NEW']);
    for (const status of ['INITIATING', 'WAITING_FOR_USER', 'AVAILABLE', 'FAILED', 'DELETING']) assert.ok(offered.includes(status), status);
  });
});

describe('tree/projectSummary', () => {
  const project = { id: PROJECT, name: 'Payments Production', pinned: false };
  const progress = (loaded: ProjectState) => {
    const rows = new ProjectRows(PROJECT, englishL10n);
    if (loaded.kind === 'connections') rows.syncConnections(loaded.connections);
    return { state: loaded, counts: rows.statusCounts() };
  };
  const plain = (markdown: string | undefined) => (markdown ?? '').replace(/\\(.)/g, '$1');

  it('before anything is loaded: the id, as before', () => {
    assert.equal(describeProject(project, undefined, englishL10n).description, PROJECT);
    assert.equal(describeProject(project, { state: { kind: 'loading' }, counts: new Map() }, englishL10n).description, PROJECT);
  });

  it('after the first page: the total from includeCount (or "N+ loaded" without one), and Load all offered', () => {
    const partial = describeProject(project, progress(state(12, { hasMore: true, totalCount: 1234 })), englishL10n);
    assert.equal(partial.description, '1,234 · 12 loaded');
    assert.equal(partial.contextValue, 'project.discovered.more');
    assert.match(plain(partial.tooltip), /\*\*Connections\*\*: 12 of 1,234 loaded/);
    assert.equal(describeProject(project, progress(state(12, { hasMore: true })), englishL10n).description, '12+ loaded');
  });

  it('once everything is loaded: the total and what needs attention; the tooltip breaks it down by status, failed first', () => {
    const done = describeProject(project, progress(state(12)), englishL10n);
    assert.equal(done.description, '12 · 2 failed · 6 pending');
    assert.equal(done.contextValue, 'project.discovered');
    const tooltip = plain(done.tooltip);
    assert.match(tooltip, /\*\*Connections\*\*: 12, all loaded/);
    const order = ['FAILED', 'WAITING_FOR_USER', 'AVAILABLE'].map((status) => tooltip.indexOf(`**${status}**: `));
    assert.ok(order.every((index) => index > 0) && order[0] < order[1] && order[1] < order[2], tooltip);
    assert.match(tooltip, /\*\*AVAILABLE\*\*: 4/);
    const healthy = describeProject(project, progress({ ...state(1), connections: [connection(1, { status: 'AVAILABLE' })] }), englishL10n);
    assert.equal(healthy.description, '1', 'nothing needs attention: the total alone');
  });
});
