// A tiny Atlas client used by the provisioning service.
import DigestFetch from 'digest-fetch';

const baseUrl = 'https://cloud.mongodb.com/api/atlas/v1.0';

export async function listPrivateEndpoints(client: DigestFetch, groupId: string): Promise<unknown[]> {
  const response = await client.fetch(`${baseUrl}/groups/${groupId}/privateEndpoint?itemsPerPage=500`);
  return (await response.json()) as unknown[];
}

export async function deletePrivateEndpoint(client: DigestFetch, groupId: string, privateLinkId: string): Promise<void> {
  await client.fetch(`${baseUrl}/groups/${groupId}/privateEndpoint/${privateLinkId}`, { method: 'DELETE' });
}
