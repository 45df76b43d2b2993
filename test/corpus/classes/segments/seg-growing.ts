declare const API: string;
declare const http: { post(url: string, body: unknown): unknown };

export function addInterface(groupId: string, linkId: string, body: unknown) {
  let url = `${API}/groups/${groupId}`;
  url += `/privateEndpoint/${linkId}`;
  url += '/interfaceEndpoints';
  return http.post(url, body);
}
