// Route tables for the project client. The Atlas base is set by the caller.
declare const ATLAS: string, PROJECT: string, ARM: string, SUB: string, RG: string;
declare const http: { get(url: string): Promise<unknown>; delete(url: string): Promise<unknown> };

const routes = {
  links: (projectId: string) => `${ATLAS}/groups/${projectId}/privateEndpoint`,
  link: (projectId: string, linkId: string) => `${routes.links(projectId)}/${linkId}`,
  services: (projectId: string, cloud: string) => `${routes.links(projectId)}/${cloud}/endpointService`,
};

const PROJECT_ROUTES = {
  peering: `${PROJECT}/peers`,
  endpoints: `${PROJECT}/privateEndpoint`,
};

export async function removeLink(linkId: string) {
  await http.delete(`${PROJECT_ROUTES.endpoints}/${linkId}`);
}

export async function readLink(linkId: string) {
  return http.get(PROJECT_ROUTES.endpoints + "/" + linkId);
}

export async function peers() {
  return http.get(PROJECT_ROUTES.peering);
}

// Azure's own private endpoints, in the same table shape: not Atlas.
const azure = {
  endpoint: (sub: string, rg: string, name: string) => `${ARM}/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.Network/privateEndpoints/${name}`,
};

export const azureEndpoint = (name: string) => http.get(azure.endpoint(SUB, RG, name));
