package atlas

func attach(ctx context.Context, c *mongodbatlas.Client, g, link, vpce string) error {
	_, _, err := c.PrivateEndpoints.AddOneInterfaceEndpoint(ctx, g, link, vpce)
	return err
}
