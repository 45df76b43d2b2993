export async function dropLink(base: string, groupId: string, linkId: string) {
  const segments = ['api', 'atlas', 'v1.0', 'groups', groupId, 'privateEndpoint', linkId];
  return fetch(`${base}/${segments.join('/')}`, { method: 'DELETE' });
}

export async function services(base: string, groupId: string, provider: string) {
  const segments = ['api', 'atlas', 'v1.0', 'groups', groupId, 'privateEndpoint', provider, 'endpointService'];
  return fetch(`${base}/${segments.join('/')}`);
}
