class Builders {
  Response remove(WebTarget target, String g, String id) {
    return target.path("groups").path(g).path("privateEndpoint").path(id).request().delete();
  }

  Response services(WebTarget target, String g, String cloud) {
    return target.path("groups").path(g).path("privateEndpoint").path(cloud).path("endpointService").request().get();
  }

  Path local(String g, String id) {
    return Paths.get("groups", g, "privateEndpoint", id);
  }

  String joined(String g) {
    List<String> parts = new ArrayList<>();
    parts.add("groups");
    parts.add(g);
    parts.add("privateEndpoint");
    return String.join("/", parts);
  }

  Response azure(WebTarget target, String sub) {
    return target.path("subscriptions").path(sub).path("privateEndpoints").request().get();
  }
}
