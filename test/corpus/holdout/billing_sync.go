package atlassync

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
)

const (
	apiRoot      = "https://cloud.mongodb.com/api/atlas/v1.0"
	peLinks      = "groups/%s/privateEndpoint"
	peServices   = "groups/%s/privateEndpoint/%s/endpointService"
	regionalPath = "groups/%s/privateEndpoint/regionalMode"
)

type Syncer struct{ hc *http.Client }

func (s *Syncer) links(ctx context.Context, group string) (*http.Response, error) {
	base := fmt.Sprintf(peLinks, group)
	return s.get(ctx, base)
}

func (s *Syncer) link(ctx context.Context, group, id string) (*http.Response, error) {
	base := fmt.Sprintf(peLinks, group)
	return s.get(ctx, fmt.Sprintf("%s/%s", base, id))
}

func (s *Syncer) vpce(ctx context.Context, group, id, vpce string) (*http.Response, error) {
	p, _ := url.JoinPath(apiRoot, "groups", group, "privateEndpoint", id, "interfaceEndpoints", vpce)
	return s.get(ctx, p)
}

func (s *Syncer) services(ctx context.Context, group, provider string) (*http.Response, error) {
	return s.get(ctx, fmt.Sprintf(peServices, group, provider))
}

func (s *Syncer) regional(ctx context.Context, group string) (*http.Response, error) {
	return s.get(ctx, fmt.Sprintf(regionalPath, group))
}

func (s *Syncer) endpointsFor(ctx context.Context, group, provider string) (*http.Response, error) {
	p, _ := url.JoinPath(apiRoot, "groups", group, "privateEndpoint", provider, "endpointService")
	return s.get(ctx, p)
}

func (s *Syncer) get(ctx context.Context, p string) (*http.Response, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, p, nil)
	return s.hc.Do(req)
}
