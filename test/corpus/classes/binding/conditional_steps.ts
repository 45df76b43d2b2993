// Paths extended under one-line conditions: the step may not be taken, so the path before it is judged too. A step
// inside a block is read as taken.
const API = 'https://cloud.mongodb.com/api/atlas/v1.0';

export function linkSegments(groupId: string, linkId?: string): string {
  const segments = [API, 'groups', groupId, 'privateEndpoint'];
  if (linkId) segments.push(linkId, 'interfaceEndpoints');
  return segments.join('/');
}

export function serviceUrl(groupId: string, cloud?: string): string {
  let url = `${API}/groups/${groupId}/privateEndpoint`;
  if (cloud) url += `/${cloud}/endpointService`;
  return url;
}

export function serviceSegments(groupId: string, cloud?: string): string {
  const segments = [API, 'groups', groupId, 'privateEndpoint'];
  if (cloud) {
    segments.push(cloud, 'endpointService');
  }
  return segments.join('/');
}
