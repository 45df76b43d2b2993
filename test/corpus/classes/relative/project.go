package atlas

func (p *Project) links(ctx context.Context) (*http.Request, error) {
	return p.newRequest(ctx, http.MethodGet, "privateEndpoint", nil)
}
