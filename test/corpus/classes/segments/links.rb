all = [API, "groups", group_id, "privateEndpoint"].join("/")
current = [API, "groups", group_id, "privateEndpoint", provider, "endpointService"].join("/")
