// The emulator's deterministic demo dataset. Same options, same data, every run.
import { createHash } from 'node:crypto';
import type { CloudProvider, EndpointService, PrivateEndpointConnection } from '../../src/atlas/types';

/** The seed document's example response, byte for byte (GET …/privateEndpoint?pretty=true). */
export const SEED_EXAMPLE_RESPONSE = `[
  {
    "endpointServiceName": "com.amazonaws.vpce.us-east-1.vpce-svc-0aee615d3fe32c14e",
    "errorMessage": null,
    "id": "5df264b8f10fab7d2cad2f0d",
    "interfaceEndpoints": ["vpce-05934e68436496102"],
    "status": "WAITING_FOR_USER"
  },
  {
    "endpointServiceName": "com.amazonaws.vpce.us-west-1.vpce-svc-4fbdd5faa86d2e7538",
    "errorMessage": null,
    "id": "5758160cc363b548152501c2",
    "interfaceEndpoints": ["vpce-08fb7e9319909ec7b"],
    "status": "WAITING_FOR_USER"
  }
]`;

export const ORG_ID = '5a0a1e7e0f2912c554080adc';
export const SEED_PROJECT_ID = '5e2211c17a3e5a48f5497de3';
export const LARGE_PROJECT_ID = '64b0f1a2c3d4e5f6a7b80001';
export const EMPTY_PROJECT_ID = '64b0f1a2c3d4e5f6a7b80002';
export const RETIRED_PROJECT_ID = '64b0f1a2c3d4e5f6a7b80003';
export const HUGE_PROJECT_ID = '64b0f1a2c3d4e5f6a7b80004';
export const LARGE_PROJECT_CONNECTIONS = 1234;
export const HUGE_PROJECT_CONNECTIONS = 10_000;

/** How the deprecated list answers for a project: served, or retired (404 / 410). */
export type LegacyState = 'served' | 'notFound' | 'gone';

export interface EmulatorProject {
  id: string;
  name: string;
  orgId: string;
  created: string;
  legacy: LegacyState;
  connections: PrivateEndpointConnection[];
  endpointServices: Record<CloudProvider, EndpointService[]>;
}

export interface DatasetOptions {
  /** Add a project with 10,000 connections (load tests). */
  hugeProject?: boolean;
  /** Add this many extra projects (load tests, benchmarks). */
  extraProjects?: number;
  /** Connections in each extra project, default 3. */
  extraProjectConnections?: number;
}

/** A deterministic 24-hex id derived from a label. */
export function hexId(label: string, length = 24): string {
  return createHash('sha256').update(label).digest('hex').slice(0, length);
}

const AWS_REGIONS = ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'ca-central-1'];
/** Status by index modulo 10: mostly healthy, every state present in any 10 consecutive connections. */
const STATUS_CYCLE = ['AVAILABLE', 'AVAILABLE', 'WAITING_FOR_USER', 'AVAILABLE', 'INITIATING', 'WAITING_FOR_USER', 'FAILED', 'AVAILABLE', 'DELETING', 'WAITING_FOR_USER'];
const FAILURES = [
  'Atlas could not create the network load balancer: the AWS account reached its limit of VPC endpoint services in this region.',
  'The interface endpoint was rejected in the AWS console; recreate it and try again.',
  'Atlas lost access to the endpoint service; contact MongoDB support with this connection id.',
];

/** Connection `index` of a generated project; keys in the seed's (alphabetical) order. */
export function generatedConnection(projectId: string, index: number): PrivateEndpointConnection {
  const status = STATUS_CYCLE[index % STATUS_CYCLE.length];
  const region = AWS_REGIONS[index % AWS_REGIONS.length];
  const tag = `${projectId}:${index}`;
  const hasInterface = status === 'AVAILABLE' || status === 'DELETING' || (status === 'WAITING_FOR_USER' && index % 3 === 0);
  return {
    endpointServiceName: status === 'INITIATING' ? null : `com.amazonaws.vpce.${region}.vpce-svc-${hexId(`svc:${tag}`, 17)}`,
    errorMessage: status === 'FAILED' ? FAILURES[index % FAILURES.length] : null,
    id: hexId(tag),
    interfaceEndpoints: hasInterface ? [`vpce-${hexId(`vpce:${tag}`, 17)}`] : [],
    status,
  };
}

function generatedConnections(projectId: string, count: number): PrivateEndpointConnection[] {
  return Array.from({ length: count }, (_, index) => generatedConnection(projectId, index));
}

function noServices(): Record<CloudProvider, EndpointService[]> {
  return { AWS: [], AZURE: [], GCP: [] };
}

function awsServicesFor(connections: PrivateEndpointConnection[]): EndpointService[] {
  return connections.map((connection) => {
    const region = /vpce\.([a-z0-9-]+)\.vpce-svc/.exec(connection.endpointServiceName ?? '')?.[1] ?? 'us-east-1';
    return {
      cloudProvider: 'AWS',
      endpointServiceName: connection.endpointServiceName,
      errorMessage: connection.errorMessage,
      id: connection.id,
      interfaceEndpoints: connection.interfaceEndpoints,
      regionName: region.toUpperCase().replace(/-/g, '_'),
      status: connection.status,
      supportedRemoteRegions: null,
    };
  });
}

/** Endpoint services of the retired project: what the replacement API shows for AWS, AZURE and GCP. */
function retiredProjectServices(): Record<CloudProvider, EndpointService[]> {
  const id = (label: string) => hexId(`retired:${label}`);
  return {
    AWS: [
      {
        cloudProvider: 'AWS',
        endpointServiceName: `com.amazonaws.vpce.us-east-1.vpce-svc-${hexId('retired:aws1', 17)}`,
        errorMessage: null,
        id: id('aws1'),
        interfaceEndpoints: [`vpce-${hexId('retired:vpce1', 17)}`],
        regionName: 'US_EAST_1',
        status: 'AVAILABLE',
        supportedRemoteRegions: null,
      },
      {
        cloudProvider: 'AWS',
        endpointServiceName: null,
        errorMessage: null,
        id: id('aws2'),
        interfaceEndpoints: [],
        regionName: 'EU_WEST_1',
        status: 'INITIATING',
        supportedRemoteRegions: null,
      },
    ],
    AZURE: [
      {
        cloudProvider: 'AZURE',
        errorMessage: null,
        id: id('azure1'),
        privateEndpoints: [`/subscriptions/${hexId('retired:sub', 8)}-0000-4000-8000-000000000000/resourceGroups/app/providers/Microsoft.Network/privateEndpoints/atlas-pe`],
        privateLinkServiceName: `pls_${hexId('retired:pls')}`,
        privateLinkServiceResourceId: `/subscriptions/${hexId('retired:atlas-sub', 8)}-0000-4000-8000-000000000000/resourceGroups/rg_${hexId('retired:rg')}/providers/Microsoft.Network/privateLinkServices/pls_${hexId('retired:pls')}`,
        regionName: 'US_EAST_2',
        status: 'AVAILABLE',
      },
      // Being created: Atlas has not named it yet (fixture v2-azure-create-initiating).
      {
        cloudProvider: 'AZURE',
        errorMessage: null,
        id: id('azure2'),
        privateEndpoints: [],
        privateLinkServiceName: null,
        privateLinkServiceResourceId: null,
        regionName: 'ASIA_SOUTH_EAST',
        status: 'INITIATING',
      },
    ],
    GCP: [
      {
        cloudProvider: 'GCP',
        endpointGroupNames: ['atlas-psc-group'],
        errorMessage: null,
        id: id('gcp1'),
        portMappingEnabled: false,
        regionName: 'WESTERN_US',
        serviceAttachmentNames: [`https://googleapis.com/compute/alpha/projects/p-${hexId('retired:gcp', 20)}/regions/us-west1/serviceAttachments/sa-us-west1-${hexId('retired:sa')}-0`],
        status: 'AVAILABLE',
      },
      // Being created: no service attachments, no endpoint groups yet (fixture v2-gcp-create-initiating).
      {
        cloudProvider: 'GCP',
        endpointGroupNames: [],
        errorMessage: null,
        id: id('gcp2'),
        portMappingEnabled: false,
        regionName: 'US_EAST_4',
        serviceAttachmentNames: [],
        status: 'INITIATING',
      },
    ],
  };
}

function project(id: string, name: string, index: number, connections: PrivateEndpointConnection[], legacy: LegacyState = 'served'): EmulatorProject {
  const created = new Date(Date.UTC(2021, 0, 1 + index, 9, 30)).toISOString().replace('.000Z', 'Z');
  return { id, name, orgId: ORG_ID, created, legacy, connections, endpointServices: noServices() };
}

export function buildDataset(options: DatasetOptions = {}): EmulatorProject[] {
  const seedConnections = JSON.parse(SEED_EXAMPLE_RESPONSE) as PrivateEndpointConnection[];
  const seed = project(SEED_PROJECT_ID, 'Seed Example', 0, seedConnections);
  seed.endpointServices.AWS = awsServicesFor(seedConnections);
  const projects = [
    seed,
    project(LARGE_PROJECT_ID, 'Payments Production', 1, generatedConnections(LARGE_PROJECT_ID, LARGE_PROJECT_CONNECTIONS)),
    project(EMPTY_PROJECT_ID, 'Empty Sandbox', 2, []),
    { ...project(RETIRED_PROJECT_ID, 'Legacy API Retired', 3, [], 'notFound'), endpointServices: retiredProjectServices() },
  ];
  if (options.hugeProject) {
    projects.push(project(HUGE_PROJECT_ID, 'Load Test 10k', 4, generatedConnections(HUGE_PROJECT_ID, HUGE_PROJECT_CONNECTIONS)));
  }
  const extra = options.extraProjects ?? 0;
  const perExtra = options.extraProjectConnections ?? 3;
  for (let index = 0; index < extra; index += 1) {
    const id = hexId(`extra-project:${index}`);
    projects.push(project(id, `Team ${String(index + 1).padStart(3, '0')}`, 10 + index, generatedConnections(id, perExtra)));
  }
  return projects;
}
