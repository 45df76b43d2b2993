import urlJoin from 'url-join';
import { join } from 'node:path/posix';

export const one = (groupId, id) => urlJoin(API, 'groups', groupId, 'privateEndpoint', id);
export const list = (groupId) => join(API, 'groups', groupId, 'privateEndpoint');
export const nested = (groupId) => `${API}/${['groups', groupId, 'privateEndpoint'].join('/')}`;
export const services = (groupId, cloud) => urlJoin(API, 'groups', groupId, 'privateEndpoint', cloud, 'endpointService');
export const label = (names) => join(', ', names);
