package network

import (
	"context"

	"go.mongodb.org/atlas/mongodbatlas"
)

// ListPrivateLinks returns the AWS PrivateLink connections of a project.
func ListPrivateLinks(ctx context.Context, client *mongodbatlas.Client, projectID string) ([]mongodbatlas.PrivateEndpointConnectionDeprecated, error) {
	links, _, err := client.PrivateEndpointsDeprecated.List(ctx, projectID, &mongodbatlas.ListOptions{ItemsPerPage: 500})
	return links, err
}
