package links

import "path"

const privateEndpointSegment = "privateEndpoint"

func linksPath(g string) string {
	return path.Join("groups", g, privateEndpointSegment)
}

func servicesPath(g, provider string) string {
	return path.Join("groups", g, privateEndpointSegment, provider, "endpointService")
}
