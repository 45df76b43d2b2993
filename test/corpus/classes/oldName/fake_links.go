package fakes

import (
	"context"

	"go.mongodb.org/atlas/mongodbatlas"
)

// FakeInterfaces stands in for the old interface-endpoint methods in tests.
type FakeInterfaces struct {
	added []string
}

func (f *FakeInterfaces) AddOneInterfaceEndpoint(_ context.Context, _, _, vpce string) (*mongodbatlas.InterfaceEndpointConnection, *mongodbatlas.Response, error) {
	f.added = append(f.added, vpce)
	return &mongodbatlas.InterfaceEndpointConnection{ID: vpce}, nil, nil
}

func (f *FakeInterfaces) DeleteOneInterfaceEndpoint(_ context.Context, _, _, vpce string) (*mongodbatlas.Response, error) {
	return nil, nil
}

// AddInterfaceEndpoint is this fake's own helper, not the old client's method.
func (f *FakeInterfaces) AddInterfaceEndpoint(vpce string) {
	f.added = append(f.added, vpce)
}
