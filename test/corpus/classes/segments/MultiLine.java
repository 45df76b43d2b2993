class A {
  HttpUrl list(HttpUrl base, String groupId) {
    return base.newBuilder()
        .addPathSegment("groups")
        .addPathSegment(groupId)
        .addPathSegment("privateEndpoint")
        .build();
  }
  String u(String g) {
    return UriComponentsBuilder.fromHttpUrl(base)
        .pathSegment("groups", g, "privateEndpoint")
        .toUriString();
  }
}
