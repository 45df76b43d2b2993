export async function remove(api: string, groupId: string, linkId: string) {
  const segments: string[] = [api, 'groups', groupId];
  segments.push('privateEndpoint');
  segments.push(linkId);
  return fetch(segments.join('/'), { method: 'DELETE' });
}

export async function services(api: string, groupId: string, provider: string) {
  const segments = [api, 'groups', groupId, 'privateEndpoint'];
  segments.push(provider, 'endpointService');
  return fetch(segments.join('/'));
}
