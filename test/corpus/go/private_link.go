// Package privatelink wires AWS PrivateLink for our Atlas projects.
// It still uses the old go.mongodb.org/atlas client in places.
package privatelink

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"go.mongodb.org/atlas/mongodbatlas"
)

type Linker struct {
	client  *mongodbatlas.Client
	http    *http.Client
	baseURL string
}

// ListConnections returns every PrivateLink connection of the project.
func (l *Linker) ListConnections(ctx context.Context, groupID string) ([]mongodbatlas.PrivateEndpointConnectionDeprecated, error) {
	conns, _, err := l.client.PrivateEndpointsDeprecated.List(ctx, groupID, nil)
	return conns, err
}

func (l *Linker) Connection(ctx context.Context, groupID, privateLinkID string) (*mongodbatlas.PrivateEndpointConnectionDeprecated, error) {
	conn, _, err := l.client.PrivateEndpointsDeprecated.Get(ctx, groupID, privateLinkID)
	return conn, err
}

func (l *Linker) Create(ctx context.Context, groupID, region string) error {
	req := &mongodbatlas.PrivateEndpointConnectionDeprecated{ProviderName: "AWS", Region: region}
	_, _, err := l.client.PrivateEndpointsDeprecated.Create(ctx, groupID, req)
	return err
}

func (l *Linker) AttachInterface(ctx context.Context, groupID, privateLinkID, vpceID string) error {
	_, _, err := l.client.PrivateEndpointsDeprecated.AddOneInterfaceEndpoint(ctx, groupID, privateLinkID, vpceID)
	return err
}

func (l *Linker) Interface(ctx context.Context, groupID, privateLinkID, vpceID string) (*mongodbatlas.InterfaceEndpointConnectionDeprecated, error) {
	ie, _, err := l.client.PrivateEndpointsDeprecated.GetOneInterfaceEndpoint(ctx, groupID, privateLinkID, vpceID)
	return ie, err
}

func (l *Linker) Teardown(ctx context.Context, groupID, privateLinkID, vpceID string) error {
	if _, err := l.client.PrivateEndpointsDeprecated.DeleteOneInterfaceEndpoint(ctx, groupID, privateLinkID, vpceID); err != nil {
		return err
	}
	_, err := l.client.PrivateEndpointsDeprecated.Delete(ctx, groupID, privateLinkID)
	return err
}

// rawList bypasses the client for debugging.
func (l *Linker) rawList(groupID string) (*http.Response, error) {
	url := fmt.Sprintf("%s/api/atlas/v1.0/groups/%s/privateEndpoint?pretty=true", l.baseURL, groupID)
	return l.http.Get(url)
}

func (l *Linker) rawDelete(groupID, privateLinkID string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodDelete, fmt.Sprintf("%s/api/atlas/v1.0/groups/%s/privateEndpoint/%s", l.baseURL, groupID, privateLinkID), nil)
	if err != nil {
		return nil, err
	}
	return l.http.Do(req)
}

func (l *Linker) rawCreate(groupID string, body string) (*http.Response, error) {
	return l.http.Post(l.baseURL+"/api/atlas/v1.0/groups/"+groupID+"/privateEndpoint", "application/json", strings.NewReader(body))
}

func (l *Linker) rawAddInterface(groupID, privateLinkID, body string) (*http.Response, error) {
	url := fmt.Sprintf("%s/api/atlas/v1.0/groups/%s/privateEndpoint/%s/interfaceEndpoints", l.baseURL, groupID, privateLinkID)
	return l.http.Post(url, "application/json", strings.NewReader(body))
}

// --- the current API, which must stay quiet ---

func (l *Linker) ListServices(ctx context.Context, groupID string) ([]mongodbatlas.PrivateEndpointConnection, error) {
	services, _, err := l.client.PrivateEndpoints.List(ctx, groupID, "AWS", nil)
	return services, err
}

func (l *Linker) AddEndpoint(ctx context.Context, groupID, endpointServiceID, privateEndpointID string) error {
	req := &mongodbatlas.InterfaceEndpointConnection{ID: privateEndpointID}
	_, _, err := l.client.PrivateEndpoints.AddOnePrivateEndpoint(ctx, groupID, "AWS", endpointServiceID, req)
	return err
}

func (l *Linker) regional(groupID string) string {
	return fmt.Sprintf("%s/api/atlas/v1.0/groups/%s/privateEndpoint/regionalMode", l.baseURL, groupID)
}

func (l *Linker) servicePath(groupID, cloudProvider string) string {
	return fmt.Sprintf("%s/api/atlas/v1.0/groups/%s/privateEndpoint/%s/endpointService", l.baseURL, groupID, cloudProvider)
}

func (l *Linker) v2Services(groupID string) string {
	return fmt.Sprintf("%s/api/atlas/v2/groups/%s/privateEndpoint/AWS/endpointService", l.baseURL, groupID)
}
