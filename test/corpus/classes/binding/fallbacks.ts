// Bases read from the environment, with the legacy path as the fallback.
const API = process.env.ATLAS_API ?? 'https://cloud.mongodb.com/api/atlas/v1.0';
const GROUP = process.env.ATLAS_GROUP_ID || '5e2211c17a3e5a48f5497de3';
const LINKS = process.env.ATLAS_LINKS_URL ?? `${API}/groups/${GROUP}/privateEndpoint`;
const SERVICES = process.env.ATLAS_SERVICES_URL || API + '/groups/' + GROUP + '/privateEndpoint';

export async function deleteLink(id: string): Promise<void> {
  await fetch(`${LINKS}/${id}`, { method: 'DELETE' });
}

export async function services(cloud: 'AWS' | 'AZURE' | 'GCP'): Promise<unknown> {
  return (await fetch(`${SERVICES}/${cloud}/endpointService`)).json();
}
