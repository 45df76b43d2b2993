import okhttp3.HttpUrl;

class SegOkHttpLinks {
  HttpUrl interfaces(HttpUrl base, String g, String id) {
    return base.newBuilder()
        .addPathSegment("groups").addPathSegment(g)
        .addPathSegment("privateEndpoint")
        .addPathSegment(id)
        .addPathSegment("interfaceEndpoints")
        .build();
  }

  HttpUrl services(HttpUrl base, String g, String cloud) {
    return base.newBuilder()
        .addPathSegment("groups").addPathSegment(g)
        .addPathSegment("privateEndpoint")
        .addPathSegment(cloud)
        .addPathSegment("endpointService")
        .build();
  }
}
