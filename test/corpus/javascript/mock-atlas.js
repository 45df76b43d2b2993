// A tiny Express stand-in for Atlas used by our integration tests.
const express = require('express');

const app = express();
app.use(express.json());

const connections = new Map();

app.get('/api/atlas/v1.0/groups/:groupId/privateEndpoint', (req, res) => {
  res.json([...connections.values()]);
});

app.post('/api/atlas/v1.0/groups/:groupId/privateEndpoint', (req, res) => {
  const connection = { id: '5df264b8f10fab7d2cad2f0d', status: 'INITIATING', interfaceEndpoints: [] };
  connections.set(connection.id, connection);
  res.json(connection);
});

app.get('/api/atlas/v1.0/groups/:groupId/privateEndpoint/:privateLinkId', (req, res) => {
  res.json(connections.get(req.params.privateLinkId));
});

app.delete('/api/atlas/v1.0/groups/:groupId/privateEndpoint/:privateLinkId', (req, res) => {
  connections.delete(req.params.privateLinkId);
  res.status(204).end();
});

app.post('/api/atlas/v1.0/groups/:groupId/privateEndpoint/:privateLinkId/interfaceEndpoints', (req, res) => {
  res.json({ interfaceEndpointId: req.body.interfaceEndpointId, connectionStatus: 'PENDING' });
});

// The current routes.
app.get('/api/atlas/v2/groups/:groupId/privateEndpoint/:cloudProvider/endpointService', (req, res) => res.json([]));
app.post('/api/atlas/v2/groups/:groupId/privateEndpoint/endpointService', (req, res) => res.json({}));
app.get('/api/atlas/v1.0/groups/:groupId/privateEndpoint/regionalMode', (req, res) => res.json({ enabled: false }));

module.exports = app;
