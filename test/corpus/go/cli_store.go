package store

import (
	atlas "go.mongodb.org/atlas/mongodbatlas"
)

// PrivateEndpointLister is the old listing interface of our fork of the Atlas CLI store.
type PrivateEndpointLister interface {
	PrivateEndpointsDeprecated(string, *atlas.ListOptions) ([]atlas.PrivateEndpointConnectionDeprecated, error)
}

// InterfaceEndpointDescriber reads one interface endpoint.
type InterfaceEndpointDescriber interface {
	InterfaceEndpointDeprecated(string, string, string) (*atlas.InterfaceEndpointConnectionDeprecated, error)
}

func (s *Store) DeletePrivateEndpointDeprecated(projectID, privateLinkID string) error {
	_, err := s.client.(*atlas.Client).PrivateEndpointsDeprecated.Delete(s.ctx, projectID, privateLinkID)
	return err
}

// The current names stay quiet.
type PrivateEndpointDescriber interface {
	PrivateEndpoint(string, string, string) (*atlas.PrivateEndpointConnection, error)
}

func (s *Store) DeleteInterfaceEndpoint(projectID, provider, endpointServiceID, privateEndpointID string) error {
	_, err := s.client.(*atlas.Client).PrivateEndpoints.DeleteOnePrivateEndpoint(s.ctx, projectID, provider, endpointServiceID, privateEndpointID)
	return err
}
