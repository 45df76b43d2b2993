package links

import (
	"context"
	"fmt"
	"net/http"
)

const projectPath = "api/atlas/v1.0/groups/%s"

func peRoot(group string) string {
	return fmt.Sprintf(projectPath+"/privateEndpoint", group)
}

func (c *Client) ListLinks(ctx context.Context, group string) (*http.Response, error) {
	req, err := c.NewRequest(ctx, http.MethodGet, peRoot(group), nil)
	if err != nil {
		return nil, err
	}
	return c.Do(ctx, req, nil)
}

func (c *Client) ListServices(ctx context.Context, group, cloud string) (*http.Response, error) {
	req, err := c.NewRequest(ctx, http.MethodGet, peRoot(group)+"/"+cloud+"/endpointService", nil)
	if err != nil {
		return nil, err
	}
	return c.Do(ctx, req, nil)
}

func (c *Client) DeleteLink(ctx context.Context, group, id string) error {
	req, err := c.NewRequest(ctx, http.MethodDelete, fmt.Sprintf("%s/%s", peRoot(group), id), nil)
	if err != nil {
		return err
	}
	_, err = c.Do(ctx, req, nil)
	return err
}
