package links

func listPath(g string) string {
	parts := []string{
		"api",
		"atlas",
		"v1.0",
		"groups",
		g,
		"privateEndpoint",
	}
	return "/" + strings.Join(parts, "/")
}

func servicesPath(g, provider string) string {
	parts := []string{
		"api",
		"atlas",
		"v2",
		"groups",
		g,
		"privateEndpoint",
		provider,
		"endpointService",
	}
	return "/" + strings.Join(parts, "/")
}
