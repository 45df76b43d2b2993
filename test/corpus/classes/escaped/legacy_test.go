package atlas

var legacyLink = regexp.MustCompile(`/groups/[^/]+/privateEndpoint(/[0-9a-f]{24})?$`)
