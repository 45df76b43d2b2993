const API = "https://cloud.mongodb.com/api/atlas/v1.0";

function peBase(groupId: string): string {
  return `${API}/groups/${groupId}/privateEndpoint`;
}

function serviceBase(groupId: string, cloud: string): string {
  return `${API}/groups/${groupId}/privateEndpoint/${cloud}/endpointService`;
}

export async function listLinks(groupId: string) {
  return fetch(peBase(groupId));
}

export async function createLink(groupId: string, body: unknown) {
  return fetch(peBase(groupId), { method: "POST", body: JSON.stringify(body) });
}

export async function deleteLink(groupId: string, id: string) {
  return fetch(`${peBase(groupId)}/${id}`, { method: "DELETE" });
}

export async function listServices(groupId: string) {
  return fetch(serviceBase(groupId, "AWS"));
}

export function describe(groupId: string): string {
  return `links live under ${serviceBase(groupId, "AWS")}`;
}
