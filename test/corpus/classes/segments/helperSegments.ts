type Fetcher = (method: string, ...segments: string[]) => Promise<unknown>;

export function linksClient(call: Fetcher, groupId: string) {
  return {
    list: () => call('GET', 'groups', groupId, 'privateEndpoint'),
    remove: (linkId: string) => call('DELETE', 'groups', groupId, 'privateEndpoint', linkId),
    detach: (linkId: string, vpceId: string) => call('DELETE', 'groups', groupId, 'privateEndpoint', linkId, 'interfaceEndpoints', vpceId),
    services: (cloudProvider: string) => call('GET', 'groups', groupId, 'privateEndpoint', cloudProvider, 'endpointService'),
    regional: () => call('GET', 'groups', groupId, 'privateEndpoint', 'regionalMode'),
  };
}
