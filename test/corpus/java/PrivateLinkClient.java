package com.example.atlas;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls the Atlas Admin API for AWS PrivateLink. Digest auth is set up on the HttpClient's authenticator. */
public final class PrivateLinkClient {
    private static final String BASE = "https://cloud.mongodb.com/api/atlas/v1.0";
    private final HttpClient http;

    public PrivateLinkClient(HttpClient http) {
        this.http = http;
    }

    public String listConnections(String groupId) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + "/groups/" + groupId + "/privateEndpoint")).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    public String createConnection(String groupId, String region) throws IOException, InterruptedException {
        String body = "{\"providerName\":\"AWS\",\"region\":\"" + region + "\"}";
        HttpRequest request = HttpRequest.newBuilder()
                .uri(URI.create(BASE + "/groups/" + groupId + "/privateEndpoint"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    public void deleteConnection(String groupId, String privateLinkId) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder()
                .uri(URI.create(String.format("%s/groups/%s/privateEndpoint/%s", BASE, groupId, privateLinkId)))
                .DELETE()
                .build();
        http.send(request, HttpResponse.BodyHandlers.discarding());
    }

    public String interfaceEndpoint(String groupId, String privateLinkId, String interfaceEndpointId) throws IOException, InterruptedException {
        URI uri = URI.create(BASE + "/groups/" + groupId + "/privateEndpoint/" + privateLinkId + "/interfaceEndpoints/" + interfaceEndpointId);
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    // Current API: nothing to flag from here on.
    public String endpointServices(String groupId, String cloudProvider) throws IOException, InterruptedException {
        URI uri = URI.create(BASE + "/groups/" + groupId + "/privateEndpoint/" + cloudProvider + "/endpointService");
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    public String azureServices(String groupId) {
        return BASE + "/groups/" + groupId + "/privateEndpoint/AZURE/endpointService";
    }

    public String privateEndpointIdOf(String json) {
        String privateEndpointId = json.substring(json.indexOf("privateEndpointId"));
        return privateEndpointId;
    }
}
