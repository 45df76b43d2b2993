package cleanup

import (
	"context"

	"go.mongodb.org/atlas/mongodbatlas"
)

type Cleaner struct {
	client *mongodbatlas.Client
}

func basePath(groupID string) string {
	return fmt.Sprintf("api/atlas/v1.0/groups/%s/privateEndpoint", groupID)
}

func (c *Cleaner) listRaw(ctx context.Context, groupID string) error {
	req, err := c.client.NewRequest(ctx, http.MethodGet, basePath(groupID), nil)
	if err != nil {
		return err
	}
	_, err = c.client.Do(ctx, req, nil)
	return err
}

func (c *Cleaner) Legacy(ctx context.Context, projectID string) error {
	svc := c.client.PrivateEndpointsDeprecated
	links, _, err := svc.List(ctx, projectID, nil)
	if err != nil {
		return err
	}
	for _, link := range links {
		if _, err := svc.Delete(ctx, projectID, link.ID); err != nil {
			return err
		}
	}
	return nil
}

func (c *Cleaner) Current(ctx context.Context, projectID string) error {
	svc := c.client.PrivateEndpoints
	_, _, err := svc.List(ctx, projectID, "AWS", nil)
	return err
}

func detach(ctx context.Context, pe mongodbatlas.PrivateEndpointsServiceDeprecated, projectID, linkID, endpointID string) error {
	_, err := pe.DeleteOneInterfaceEndpoint(ctx, projectID, linkID, endpointID)
	return err
}
