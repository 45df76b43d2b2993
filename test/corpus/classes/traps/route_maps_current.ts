// A route table whose private endpoint entry is only ever used for the current API.
declare const API: string, GROUP: string;
declare const client: { get(url: string): Promise<unknown> };

const paths = {
  privateEndpoints: `${API}/groups/${GROUP}/privateEndpoint`,
  regional: `${API}/groups/${GROUP}/privateEndpoint/regionalMode`,
};

export async function services(cloud: string) {
  return client.get(`${paths.privateEndpoints}/${cloud}/endpointService`);
}

export async function service(cloud: string, id: string) {
  return client.get(paths.privateEndpoints + "/" + cloud + "/endpointService/" + id);
}
