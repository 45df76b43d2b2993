declare const API: string;

export async function links(groupId: string, linkId: string) {
  let url = `${API}/groups/${groupId}/privateEndpoint`;
  url += `/${linkId}`;
  return fetch(url, { method: 'DELETE' });
}

export async function services(groupId: string, provider: string) {
  let base = `${API}/groups/${groupId}/privateEndpoint`;
  base += `/${provider}/endpointService`;
  return fetch(base);
}
