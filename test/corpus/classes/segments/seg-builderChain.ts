export function interfaceUrl(api: string, groupId: string, linkId: string): string {
  return [
    api,
    'groups',
    groupId,
    'privateEndpoint',
    linkId,
    'interfaceEndpoints',
  ].join('/');
}

export function serviceUrl(api: string, groupId: string, provider: string): string {
  return [
    api,
    'groups',
    groupId,
    'privateEndpoint',
    provider,
    'endpointService',
  ].join('/');
}
