'use strict';

const { projectApi } = require('./atlasHttp');

async function removeLink(projectId, linkId) {
  const api = projectApi(projectId);
  await api('DELETE', `privateEndpoint/${encodeURIComponent(linkId)}`);
}

async function listLinks(projectId) {
  const api = projectApi(projectId);
  return api('GET', 'privateEndpoint');
}

async function listServices(projectId, cloud) {
  const api = projectApi(projectId);
  return api('GET', `privateEndpoint/${cloud}/endpointService`);
}

module.exports = { removeLink, listLinks, listServices };
