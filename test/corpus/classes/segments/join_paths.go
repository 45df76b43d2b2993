package atlas

func legacyURL(api, g, id string) (string, error) {
	return url.JoinPath(api, "groups", g, "privateEndpoint", id)
}

func currentURL(api, g, provider string) (string, error) {
	return url.JoinPath(api, "groups", g, "privateEndpoint", provider, "endpointService")
}
