package links

import "strings"

func interfacePath(base, g, id string) string {
	var sb strings.Builder
	sb.WriteString(base)
	sb.WriteString("/groups/")
	sb.WriteString(g)
	sb.WriteString("/privateEndpoint/")
	sb.WriteString(id)
	sb.WriteString("/interfaceEndpoints")
	return sb.String()
}
