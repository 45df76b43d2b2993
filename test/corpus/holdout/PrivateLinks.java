package com.acme.atlas;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public final class PrivateLinks {
    private static final String API = "https://cloud.mongodb.com/api/atlas/v1.0";
    private final String project;
    private final HttpClient http = HttpClient.newHttpClient();

    public PrivateLinks(String project) {
        this.project = project;
    }

    private String projectBase() {
        return API + "/groups/" + project;
    }

    HttpRequest list() {
        String url = new StringBuilder(projectBase()).append("/privateEndpoint").toString();
        return HttpRequest.newBuilder(URI.create(url)).GET().build();
    }

    HttpRequest delete(String linkId) {
        String url = new StringBuilder(projectBase()).append("/privateEndpoint/").append(linkId).toString();
        return HttpRequest.newBuilder(URI.create(url)).DELETE().build();
    }

    HttpRequest service(String provider, String id) {
        String url = new StringBuilder(projectBase()).append("/privateEndpoint/")
            .append(provider).append("/endpointService/").append(id).toString();
        return HttpRequest.newBuilder(URI.create(url)).GET().build();
    }

    HttpRequest regional() {
        return HttpRequest.newBuilder(URI.create(projectBase() + "/privateEndpoint/regionalMode")).GET().build();
    }
}
