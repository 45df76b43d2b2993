const API = "https://cloud.mongodb.com/api/atlas/v1.0";

const peRoot = (groupId: string) => `${API}/groups/${groupId}/privateEndpoint`;

export function services(groupId: string, cloud: "AWS" | "AZURE" | "GCP") {
  return fetch(`${peRoot(groupId)}/${cloud}/endpointService`);
}

export function service(groupId: string, cloud: string, id: string) {
  const url = peRoot(groupId) + "/" + cloud +
    "/endpointService/" + id;
  return fetch(url);
}

// AWS's own VPC endpoints and Azure's private endpoints are other APIs.
export function awsEndpoints(ec2: { describeVpcEndpoints(): Promise<unknown> }) {
  return ec2.describeVpcEndpoints();
}

export function azureEndpoint(sub: string, rg: string, name: string) {
  return fetch(`https://management.azure.com/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.Network/privateEndpoints/${name}`);
}
