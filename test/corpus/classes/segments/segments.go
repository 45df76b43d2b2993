package links

func linkPath(g, id string) string {
	segs := []string{"groups", g}
	segs = append(segs, "privateEndpoint")
	segs = append(segs, id)
	return strings.Join(segs, "/")
}

func servicePath(g, provider string) string {
	segs := []string{"groups", g, "privateEndpoint"}
	segs = append(segs, provider, "endpointService")
	return strings.Join(segs, "/")
}
