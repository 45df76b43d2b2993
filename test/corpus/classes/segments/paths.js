const path = require('node:path');

const links = path.posix.join(v1, 'groups', groupId, 'privateEndpoint');
const current = path.posix.join(v1, 'groups', groupId, 'privateEndpoint', 'AZURE', 'endpointService');
