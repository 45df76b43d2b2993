package links

import "strings"

func servicePath(base, g, provider string) string {
	var sb strings.Builder
	sb.WriteString(base)
	sb.WriteString("/groups/")
	sb.WriteString(g)
	sb.WriteString("/privateEndpoint/")
	sb.WriteString(provider)
	sb.WriteString("/endpointService")
	return sb.String()
}
