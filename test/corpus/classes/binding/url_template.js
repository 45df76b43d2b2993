import { parseTemplate } from 'url-template';

const API = 'https://cloud.mongodb.com/api/atlas/v1.0';
const ONE_INTERFACE = parseTemplate(`${API}/groups/{groupId}/privateEndpoint/{linkId}/interfaceEndpoints{/vpceId}`);
const SERVICE = parseTemplate(`${API}/groups/{groupId}/privateEndpoint/{cloudProvider}/endpointService{/serviceId}`);

export async function detach(client, groupId, linkId, vpceId) {
  return client.delete(ONE_INTERFACE.expand({ groupId, linkId, vpceId }));
}

export async function service(client, groupId, serviceId) {
  return client.get(SERVICE.expand({ groupId, cloudProvider: 'AWS', serviceId }));
}
