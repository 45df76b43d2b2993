class Paths {
    String links(String api, String g) {
        return Stream.of(api, "groups", g, "privateEndpoint").collect(Collectors.joining("/"));
    }

    String services(String api, String g, String cloud) {
        return Stream.of(api, "groups", g, "privateEndpoint", cloud, "endpointService").collect(Collectors.joining("/"));
    }
}
