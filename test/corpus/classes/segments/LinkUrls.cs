var one = string.Join("/", api, "groups", groupId, "privateEndpoint", linkId);
var current = string.Join("/", api, "groups", groupId, "privateEndpoint", "GCP", "endpointService");
