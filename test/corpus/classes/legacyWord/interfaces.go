package atlas

func interfacesPath(base, id string) string {
	return fmt.Sprintf("%s/%s/interfaceEndpoints", base, id)
}
