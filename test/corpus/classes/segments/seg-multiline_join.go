package links

import "net/url"

func interfacePath(api, g, id, vpce string) (string, error) {
	return url.JoinPath(api, "groups", g,
		"privateEndpoint", id,
		"interfaceEndpoints", vpce)
}

func linkPath(api, g string) (string, error) {
	return url.JoinPath(api,
		"groups", g,
		"privateEndpoint")
}

func servicePath(api, g, provider string) (string, error) {
	return url.JoinPath(api, "groups", g,
		"privateEndpoint", provider,
		"endpointService")
}
