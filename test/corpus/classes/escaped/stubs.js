nock(base).get(/\/groups\/\w+\/privateEndpoint$/).reply(200, []);
app.delete('/api/atlas/v1.0/groups/:groupId/privateEndpoint/:linkId', removeLink);
const encoded = '%2Fapi%2Fatlas%2Fv1.0%2Fgroups%2F' + groupId + '%2FprivateEndpoint';
nock(base).get(/\/groups\/\w+\/privateEndpoint\/(AWS|AZURE|GCP)\/endpointService$/).reply(200, []);
