// Copied from go.mongodb.org/atlas (private_endpoints.go): the base path is shared by the current
// PrivateEndpointsService, which always appends a cloud provider and "endpointService".
package mongodbatlas

import (
	"context"
	"fmt"
	"net/http"
)

const (
	privateEndpointsPath = "api/atlas/v1.0/groups/%s/privateEndpoint"
)

// PrivateEndpointsService is the current service.
type PrivateEndpointsService interface {
	Get(context.Context, string, string, string) (*PrivateEndpointConnection, *Response, error)
	UpdateRegionalizedPrivateEndpointSetting(context.Context, string, bool) (*RegionalizedPrivateEndpointSetting, *Response, error)
}

// PrivateEndpointsServiceOp handles communication with the PrivateEndpoints related methods.
type PrivateEndpointsServiceOp service

// Get retrieves the private endpoint service for one cloud provider.
func (s *PrivateEndpointsServiceOp) Get(ctx context.Context, groupID, cloudProvider, endpointServiceID string) (*PrivateEndpointConnection, *Response, error) {
	basePath := fmt.Sprintf(privateEndpointsPath, groupID)
	path := fmt.Sprintf("%s/%s/endpointService/%s", basePath, cloudProvider, endpointServiceID)

	req, err := s.Client.NewRequest(ctx, http.MethodGet, path, nil)
	if err != nil {
		return nil, nil, err
	}
	root := new(PrivateEndpointConnection)
	resp, err := s.Client.Do(ctx, req, root)
	return root, resp, err
}

// GetRegionalizedPrivateEndpointSetting reads the regional mode.
func (s *PrivateEndpointsServiceOp) GetRegionalizedPrivateEndpointSetting(ctx context.Context, groupID string) (*RegionalizedPrivateEndpointSetting, *Response, error) {
	path := fmt.Sprintf("api/atlas/v1.0/groups/%s/privateEndpoint/regionalMode", groupID)
	req, err := s.Client.NewRequest(ctx, http.MethodGet, path, nil)
	if err != nil {
		return nil, nil, err
	}
	root := new(RegionalizedPrivateEndpointSetting)
	resp, err := s.Client.Do(ctx, req, root)
	return root, resp, err
}

// ServerlessPath builds the Flex/serverless endpoint path.
func ServerlessPath(groupID, instanceName string) string {
	return fmt.Sprintf("api/atlas/v1.0/groups/%s/privateEndpoint/serverless/instance/%s/endpoint", groupID, instanceName)
}
