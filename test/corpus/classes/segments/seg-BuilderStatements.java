class SegBuilderStatements {
  String interfaces(String base, String g, String id) {
    StringBuilder sb = new StringBuilder(base);
    sb.append("/groups/").append(g);
    sb.append("/privateEndpoint/").append(id);
    sb.append("/interfaceEndpoints");
    return sb.toString();
  }

  String links(String base, String g) {
    StringBuilder sb = new StringBuilder(base);
    sb.append("/groups/").append(g);
    sb.append("/privateEndpoint");
    return sb.toString();
  }

  String services(String base, String g, String cloud) {
    StringBuilder sb = new StringBuilder(base);
    sb.append("/groups/").append(g);
    sb.append("/privateEndpoint/").append(cloud);
    sb.append("/endpointService");
    return sb.toString();
  }
}
