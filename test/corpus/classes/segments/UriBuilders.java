package ops.atlas;

import java.net.URI;
import org.apache.hc.client5.http.classic.methods.HttpDelete;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.core5.net.URIBuilder;

final class UriBuilders {
    private final URI api;

    UriBuilders(URI api) {
        this.api = api;
    }

    HttpDelete dropLink(String groupId, String linkId) throws Exception {
        return new HttpDelete(new URIBuilder(api).setPathSegments("api", "atlas", "v1.0", "groups", groupId, "privateEndpoint", linkId).build());
    }

    HttpGet services(String groupId, String provider) throws Exception {
        return new HttpGet(new URIBuilder(api).setPathSegments("api", "atlas", "v1.0", "groups", groupId, "privateEndpoint", provider, "endpointService").build());
    }

    android.net.Uri legacyLink(android.net.Uri.Builder base, String groupId, String linkId) {
        return base.appendEncodedPath("api/atlas/v1.0/groups").appendPath(groupId).appendEncodedPath("privateEndpoint").appendPath(linkId).build();
    }
}
