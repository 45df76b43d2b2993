package links

import (
	"net/http"
	"path"
)

func deleteLink(base, g, id string) (*http.Request, error) {
	parts := []string{"api", "atlas", "v1.0", "groups", g, "privateEndpoint", id}
	return http.NewRequest(http.MethodDelete, base+path.Join(parts...), nil)
}

func listLinks(base, g string) (*http.Request, error) {
	parts := []string{
		"api", "atlas", "v1.0",
		"groups", g,
		"privateEndpoint",
	}
	return http.NewRequest(http.MethodGet, base+"/"+path.Join(parts...), nil)
}

func services(base, g, provider string) (*http.Request, error) {
	parts := []string{"api", "atlas", "v1.0", "groups", g, "privateEndpoint", provider, "endpointService"}
	return http.NewRequest(http.MethodGet, base+"/"+path.Join(parts...), nil)
}
