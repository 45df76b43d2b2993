import DigestClient from 'digest-fetch';

const baseUrl = process.env.ATLAS_BASE_URL ?? 'https://cloud.mongodb.com';
const client = new DigestClient(process.env.ATLAS_PUBLIC_KEY!, process.env.ATLAS_PRIVATE_KEY!);

export interface LegacyConnection {
  id: string;
  endpointServiceName: string | null;
  interfaceEndpoints: string[];
  status: 'INITIATING' | 'WAITING_FOR_USER' | 'FAILED' | 'DELETING';
}

export async function listConnections(groupId: string): Promise<LegacyConnection[]> {
  const response = await client.fetch(`${baseUrl}/api/atlas/v1.0/groups/${groupId}/privateEndpoint`);
  return (await response.json()) as LegacyConnection[];
}

export async function createConnection(groupId: string, region: string): Promise<LegacyConnection> {
  const response = await client.fetch(`${baseUrl}/api/atlas/v1.0/groups/${groupId}/privateEndpoint`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ providerName: 'AWS', region }),
  });
  return (await response.json()) as LegacyConnection;
}

export async function deleteConnection(groupId: string, privateLinkId: string): Promise<void> {
  await client.fetch(`${baseUrl}/api/atlas/v1.0/groups/${encodeURIComponent(groupId)}/privateEndpoint/${privateLinkId}`, { method: 'DELETE' });
}

export const routes = {
  connection: (groupId: string, id: string) => `/api/atlas/v1.0/groups/${groupId}/privateEndpoint/${id}`,
  interfaces: (groupId: string, id: string) => `/api/atlas/v1.0/groups/${groupId}/privateEndpoint/${id}/interfaceEndpoints`,
  interface: (groupId: string, id: string, vpce: string) => `/api/atlas/v1.0/groups/${groupId}/privateEndpoint/${id}/interfaceEndpoints/${vpce}`,
};

// Current API; must not be flagged.
export const endpointServices = (groupId: string, cloudProvider: 'AWS' | 'AZURE' | 'GCP') =>
  `${baseUrl}/api/atlas/v2/groups/${groupId}/privateEndpoint/${cloudProvider}/endpointService`;
export const endpointServicesV1 = (groupId: string, cloudProvider: string) =>
  `${baseUrl}/api/atlas/v1.0/groups/${groupId}/privateEndpoint/${cloudProvider}/endpointService`;
export const newEndpoint = (groupId: string, serviceId: string) =>
  `${baseUrl}/api/atlas/v1.0/groups/${groupId}/privateEndpoint/aws/endpointService/${serviceId}/endpoint`;

export function label(privateEndpointId: string, privateEndpoints: string[]): string {
  return `${privateEndpointId} of ${privateEndpoints.length}`;
}
