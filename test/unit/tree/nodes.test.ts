import * as assert from 'node:assert/strict';
import type { EndpointService } from '../../../src/atlas';
import { connectionChildren, projectChildren, rootChildren } from '../../../src/tree/children';
import { endpointServiceNameOf } from '../../../src/tree/connectionFields';
import { loadedItems, quickPickLook } from '../../../src/tree/loadedItems';
import { escapeMarkdown } from '../../../src/tree/markdown';
import { describeNode, statusLook, tooltipOf } from '../../../src/tree/nodeLook';
import { nodeId, type TreeNode } from '../../../src/tree/nodes';
import type { ProjectState } from '../../../src/tree/projectLoader';
import { atlasError, connection, englishL10n } from './helpers';

const PROJECT = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const seedConnections = [
  {
    endpointServiceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-0aee615d3fe32c14e',
    errorMessage: null,
    id: '5df264b8f10fab7d2cad2f0d',
    interfaceEndpoints: ['vpce-05934e68436496102'],
    status: 'WAITING_FOR_USER',
  },
  {
    endpointServiceName: 'com.amazonaws.vpce.us-west-1.vpce-svc-4fbdd5faa86d2e7538',
    errorMessage: null,
    id: '5758160cc363b548152501c2',
    interfaceEndpoints: ['vpce-08fb7e9319909ec7b'],
    status: 'WAITING_FOR_USER',
  },
];

function connectionsState(overrides: Partial<Extract<ProjectState, { kind: 'connections' }>> = {}): ProjectState {
  return { kind: 'connections', connections: seedConnections, rawPages: [seedConnections], hasMore: false, loadingMore: false, ...overrides };
}

/** The look, with the tooltip the view builds on hover. */
function look(node: TreeNode) {
  return { ...describeNode(node, englishL10n), tooltip: tooltipOf(node, englishL10n) };
}

/** The tooltip as a reader sees it: Markdown backslash escapes removed. */
function plain(markdown: string | undefined): string {
  return (markdown ?? '').replace(/\\(.)/g, '$1');
}

describe('tree/nodes', () => {
  describe('root', () => {
    it('one node per project; a discovery failure adds one error node with Retry after the pinned projects', () => {
      const projects = [{ id: PROJECT, name: 'Seed', pinned: true }];
      assert.deepEqual(rootChildren({ kind: 'ready', projects }, englishL10n), [{ kind: 'project', project: projects[0] }]);
      const failed = rootChildren({ kind: 'failed', projects, error: atlasError(401, 'USER_UNAUTHORIZED', 'unauthorized') }, englishL10n);
      assert.equal(failed.length, 2);
      const error = failed[1];
      assert.equal(error.kind, 'error');
      assert.deepEqual(error.kind === 'error' && error.target, { kind: 'discovery' });
      assert.match(look(error).label, /^Could not list your projects: Atlas did not accept the API key/);
      assert.equal(look(error).contextValue, 'error');
    });

    it('project: name as label, id as description and in the tooltip, contextValue by origin', () => {
      const pinned = look({ kind: 'project', project: { id: PROJECT, name: 'Seed project', pinned: true } });
      assert.equal(pinned.label, 'Seed project');
      assert.equal(pinned.description, PROJECT);
      assert.match(plain(pinned.tooltip), new RegExp(PROJECT));
      assert.equal(pinned.contextValue, 'project.pinned');
      assert.equal(pinned.collapsible, 'collapsed');
      assert.equal(pinned.icon.id, 'project');
      const discovered = look({ kind: 'project', project: { id: PROJECT, pinned: false } });
      assert.equal(discovered.label, PROJECT, 'the id when the name is unknown');
      assert.equal(discovered.description, undefined);
      assert.equal(discovered.contextValue, 'project.discovered');
      assert.match(pinned.contextValue, /^project\.pinned/, 'matches the Remove Project menu regex');
      assert.doesNotMatch(discovered.contextValue, /^project\.pinned/);
    });
  });

  describe('project children', () => {
    it('idle and loading: nothing yet (VS Code shows its own spinner while getChildren waits)', () => {
      assert.deepEqual(projectChildren(PROJECT, { kind: 'idle' }, englishL10n), []);
      assert.deepEqual(projectChildren(PROJECT, { kind: 'loading' }, englishL10n), []);
    });

    it('the seed project: its two connections, no Load more', () => {
      const nodes = projectChildren(PROJECT, connectionsState(), englishL10n);
      assert.deepEqual(nodes.map((node) => look(node).label), ['us-east-1 · vpce-svc-0aee615d3fe32c14e', 'us-west-1 · vpce-svc-4fbdd5faa86d2e7538']);
      assert.deepEqual(nodes.map((node) => look(node).description), ['WAITING_FOR_USER', 'WAITING_FOR_USER']);
    });

    it('Load more… while more remain, with the loaded count and the total when known; spinning while loading', () => {
      let nodes = projectChildren(PROJECT, connectionsState({ hasMore: true, totalCount: 1234 }), englishL10n);
      let more = look(nodes.at(-1) as TreeNode);
      assert.equal(more.label, 'Load more…');
      assert.equal(more.description, '2 of 1234 loaded');
      assert.equal(more.contextValue, 'loadMore');
      assert.deepEqual(more.command, { id: 'atlasPrivateEndpoints.loadMore', title: 'Load More' });
      nodes = projectChildren(PROJECT, connectionsState({ hasMore: true }), englishL10n);
      assert.equal(look(nodes.at(-1) as TreeNode).description, '2 loaded');
      nodes = projectChildren(PROJECT, connectionsState({ hasMore: true, loadingMore: true }), englishL10n);
      more = look(nodes.at(-1) as TreeNode);
      assert.equal(more.description, 'loading…');
      assert.equal(more.icon.id, 'loading~spin');
    });

    it('a failed Load more: the loaded rows stay and the error replaces Load more', () => {
      const nodes = projectChildren(PROJECT, connectionsState({ hasMore: true, moreError: atlasError(503, 'SERVICE_UNAVAILABLE', 'unavailable') }), englishL10n);
      assert.deepEqual(nodes.map((node) => node.kind), ['connection', 'connection', 'error']);
      assert.match(look(nodes[2]).label, /temporarily unavailable/);
    });

    it('a failed first load: exactly one error node, with Retry aimed at the project', () => {
      const nodes = projectChildren(PROJECT, { kind: 'failed', error: atlasError(403, 'IP_ADDRESS_NOT_ON_ACCESS_LIST', 'ipNotAllowed', { parameters: ['203.0.113.9'] }) }, englishL10n);
      assert.equal(nodes.length, 1);
      const [error] = nodes;
      assert.deepEqual(error.kind === 'error' && error.target, { kind: 'project', projectId: PROJECT });
      const errorLook = look(error);
      assert.match(errorLook.label, /203\.0\.113\.9/);
      assert.equal(errorLook.contextValue, 'error');
      assert.equal(errorLook.icon.id, 'error');
    });

    it('an empty project says so', () => {
      const nodes = projectChildren(PROJECT, connectionsState({ connections: [], rawPages: [[]] }), englishL10n);
      assert.equal(nodes.length, 1);
      assert.equal(look(nodes[0]).label, 'No private endpoint connections');
      assert.equal(look(nodes[0]).contextValue, 'note');
    });

    it('fallback: a note explaining why, then the endpoint services', () => {
      const service: EndpointService = { id: 'b'.repeat(24), cloudProvider: 'AZURE', status: 'AVAILABLE', privateLinkServiceName: 'pls_' + 'c'.repeat(24), privateEndpoints: ['/subscriptions/x/pe1'] };
      const nodes = projectChildren(PROJECT, { kind: 'endpointServices', services: [service], rawByProvider: { AZURE: [service] }, fallbackFrom: atlasError(404, 'RESOURCE_NOT_FOUND', 'notFound') }, englishL10n);
      assert.deepEqual(nodes.map((node) => node.kind), ['note', 'endpointService']);
      const note = look(nodes[0]);
      assert.match(note.label, /Deprecated API unavailable \(404\)/);
      assert.match(plain(note.tooltip), /replacement API for AWS, Azure and GCP/);
      const serviceLook = look(nodes[1]);
      assert.equal(serviceLook.label, service.privateLinkServiceName, 'no region known: the Azure name alone');
      assert.equal(serviceLook.description, 'AZURE · AVAILABLE');
      assert.equal(serviceLook.contextValue, 'endpointService.named');
      assert.deepEqual(connectionChildren(nodes[1] as Extract<TreeNode, { kind: 'endpointService' }>).map((node) => look(node).label), ['/subscriptions/x/pe1']);
    });
  });

  describe('connection', () => {
    it('the label is region · service id; the full name is the tooltip\'s title; null shows the id and no .named', () => {
      const named = look({ kind: 'connection', projectId: PROJECT, connection: connection(1) });
      assert.equal(named.label, 'us-east-1 · vpce-svc-00000000000000001');
      assert.match(plain(named.tooltip), /^\*\*com\.amazonaws\.vpce\.us-east-1\.vpce-svc-00000000000000001\*\*/);
      assert.match(plain(named.tooltip), /\*\*interfaceEndpoints\*\*: vpce-00000000000000001/);
      assert.equal(named.contextValue, 'connection.named');
      const gov = look({ kind: 'connection', projectId: PROJECT, connection: connection(7, { endpointServiceName: 'com.amazonaws.vpce.us-gov-west-1.vpce-svc-0123456789abcdef0' }) });
      assert.equal(gov.label, 'us-gov-west-1 · vpce-svc-0123456789abcdef0');
      const pending = look({ kind: 'connection', projectId: PROJECT, connection: connection(2, { endpointServiceName: null, status: 'INITIATING', interfaceEndpoints: [] }) });
      assert.equal(pending.label, connection(2).id, 'INITIATING: the id tells it apart');
      assert.equal(pending.description, 'INITIATING');
      assert.equal(pending.contextValue, 'connection');
      assert.equal(pending.icon.id, 'sync~spin');
      assert.equal(pending.collapsible, 'none', 'no interface endpoints, nothing to expand');
      const withRegion = look({ kind: 'connection', projectId: PROJECT, connection: connection(3, { endpointServiceName: null, status: 'INITIATING', region: 'eu-west-1' }) });
      assert.equal(withRegion.label, `eu-west-1 · ${connection(3).id}`);
      const odd = look({ kind: 'connection', projectId: PROJECT, connection: connection(4, { endpointServiceName: 'something-else' }) });
      assert.equal(odd.label, 'something-else', 'a name of another form shows as it is');
    });

    it('every label fits the 300 px sidebar better than the full name (region and service id visible)', () => {
      for (let index = 0; index < 50; index++) {
        const row = look({ kind: 'connection', projectId: PROJECT, connection: connection(index) });
        assert.ok(row.label.length <= 45, row.label);
        assert.ok(row.label.startsWith('us-east-1 · vpce-svc-'), row.label);
      }
    });

    it('each status has its own icon and colour', () => {
      const statuses = ['INITIATING', 'WAITING_FOR_USER', 'AVAILABLE', 'FAILED', 'DELETING'];
      const looks = statuses.map((status) => statusLook(status));
      assert.equal(new Set(looks.map((item) => item.icon)).size, statuses.length);
      assert.equal(new Set(looks.map((item) => item.color)).size, statuses.length);
      assert.ok(looks.every((item) => item.color));
      assert.equal(statusLook('INITIATING').icon, 'sync~spin');
      assert.equal(statusLook('SOMETHING_NEW').icon, 'question');
    });

    it('errorMessage shows in the description and on top of the tooltip', () => {
      const failed = look({ kind: 'connection', projectId: PROJECT, connection: connection(3, { status: 'FAILED', errorMessage: 'Quota exceeded\nfor region' }) });
      assert.equal(failed.description, 'FAILED · Quota exceeded for region');
      const long = 'Atlas could not create the network load balancer: the AWS account reached its limit of VPC endpoint services in this region.';
      const clipped = look({ kind: 'connection', projectId: PROJECT, connection: connection(3, { status: 'FAILED', errorMessage: long }) });
      assert.equal(clipped.description, 'FAILED · Atlas could not create the network load…', 'the first words; the tooltip has the rest');
      assert.match(plain(clipped.tooltip), /in this region\./);
      assert.match(plain(failed.tooltip), /⚠ Quota exceeded for region/);
      assert.equal(failed.icon.id, 'error');
    });

    it('the tooltip lists every field Atlas sent, including unknown ones', () => {
      const item = connection(4, { region: 'us-east-1', providerName: 'AWS', extra: { nested: true } });
      const tooltip = look({ kind: 'connection', projectId: PROJECT, connection: item }).tooltip ?? '';
      for (const field of Object.keys(item)) {
        assert.match(tooltip, new RegExp(`\\*\\*${field}\\*\\*`), field);
      }
      assert.match(tooltip, /\*\*errorMessage\*\*: null/);
      assert.match(tooltip, /nested/);
    });

    it('untrusted text cannot inject links, HTML, images or command links into the tooltip', () => {
      const hostile = '[click](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> ![i](http://x/y.png) **bold** `code` $(alert)';
      const tooltip = look({ kind: 'connection', projectId: PROJECT, connection: connection(5, { errorMessage: hostile, status: hostile }) }).tooltip ?? '';
      assert.doesNotMatch(tooltip, /(?<!\\)\[click(?<!\\)\]/);
      assert.doesNotMatch(tooltip, /(?<!\\)</);
      assert.doesNotMatch(tooltip, /(?<!\\)\(command/);
      assert.equal(escapeMarkdown('a*b_c[d](e)<f>`g`|h'), 'a\\*b\\_c\\[d\\]\\(e\\)\\<f\\>\\`g\\`\\|h');
    });

    it('interface endpoints are its children', () => {
      const node: TreeNode = { kind: 'connection', projectId: PROJECT, connection: connection(6, { interfaceEndpoints: ['vpce-1', 'vpce-2'] }) };
      assert.equal(look(node).collapsible, 'collapsed');
      const children = connectionChildren(node);
      assert.deepEqual(children.map((child) => look(child).label), ['vpce-1', 'vpce-2']);
      assert.ok(children.every((child) => look(child).contextValue === 'interfaceEndpoint'));
    });
  });

  it('ids are stable and unique across one whole tree', () => {
    const state = connectionsState({ hasMore: true });
    const nodes: TreeNode[] = [{ kind: 'project', project: { id: PROJECT, pinned: true } }, ...projectChildren(PROJECT, state, englishL10n)];
    for (const node of [...nodes]) {
      if (node.kind === 'connection') nodes.push(...connectionChildren(node));
    }
    const ids = nodes.map(nodeId);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(projectChildren(PROJECT, state, englishL10n).map(nodeId), projectChildren(PROJECT, state, englishL10n).map(nodeId));
    assert.equal(nodeId(nodes[1]), `project/${PROJECT}/connection/${seedConnections[0].id}`);
  });

  it('endpointServiceNameOf: AWS name, Azure private link service, GCP service attachments, nothing while null', () => {
    const aws: EndpointService = { id: '1', cloudProvider: 'AWS', status: 'AVAILABLE', endpointServiceName: 'com.amazonaws.vpce.x' };
    const gcp: EndpointService = { id: '2', cloudProvider: 'GCP', status: 'AVAILABLE', serviceAttachmentNames: ['sa-1', 'sa-2'] };
    const pending: EndpointService = { id: '3', cloudProvider: 'AWS', status: 'INITIATING', endpointServiceName: null };
    assert.equal(endpointServiceNameOf({ kind: 'endpointService', projectId: PROJECT, service: aws }), 'com.amazonaws.vpce.x');
    assert.equal(endpointServiceNameOf({ kind: 'endpointService', projectId: PROJECT, service: gcp }), 'sa-1\nsa-2');
    const gcpUrl: EndpointService = { ...gcp, serviceAttachmentNames: ['https://googleapis.com/compute/alpha/projects/p-1/regions/us-west1/serviceAttachments/sa-us-west1-abc-0'] };
    assert.equal(describeNode({ kind: 'endpointService', projectId: PROJECT, service: gcpUrl }, englishL10n).label, 'us-west1 · sa-us-west1-abc-0', 'region and attachment name');
    const awsService: EndpointService = { id: '4', cloudProvider: 'AWS', status: 'INITIATING', endpointServiceName: null, regionName: 'EU_WEST_1' };
    assert.equal(describeNode({ kind: 'endpointService', projectId: PROJECT, service: awsService }, englishL10n).label, 'EU_WEST_1 · 4');
    const azure: EndpointService = { id: '5', cloudProvider: 'AZURE', status: 'AVAILABLE', privateLinkServiceName: 'pls_abc', regionName: 'US_EAST_2' };
    assert.equal(describeNode({ kind: 'endpointService', projectId: PROJECT, service: azure }, englishL10n).label, 'US_EAST_2 · pls_abc');
    assert.equal(endpointServiceNameOf({ kind: 'endpointService', projectId: PROJECT, service: pending }), undefined);
    assert.equal(endpointServiceNameOf({ kind: 'connection', projectId: PROJECT, connection: connection(1, { endpointServiceName: null }) }), undefined);
  });

  it('loadedItems and their QuickPick rows cover every loaded project, in order', () => {
    const items = loadedItems([
      { project: { id: PROJECT, name: 'Seed', pinned: true }, state: connectionsState() },
      { project: { id: 'b'.repeat(24), pinned: false }, state: { kind: 'loading' } },
    ]);
    assert.equal(items.length, 2);
    assert.deepEqual(quickPickLook(items[0], englishL10n), {
      label: 'us-east-1 · vpce-svc-0aee615d3fe32c14e',
      description: 'WAITING_FOR_USER',
      detail: `Seed (${PROJECT})`,
    });
  });
});
