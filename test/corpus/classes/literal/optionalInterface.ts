const API = 'https://cloud.mongodb.com/api/atlas/v1.0';

/** One interface endpoint, or all of them when no id is given. */
export function interfaceUrl(groupId: string, linkId: string, vpceId?: string): string {
  return `${API}/groups/${groupId}/privateEndpoint/${linkId}/interfaceEndpoints${vpceId ? `/${vpceId}` : ''}`;
}

/** The endpoint service, or its list. */
export function serviceUrl(groupId: string, provider: string, serviceId?: string): string {
  return `${API}/groups/${groupId}/privateEndpoint/${provider}/endpointService${serviceId ? `/${serviceId}` : ''}`;
}
