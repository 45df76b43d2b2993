class WireMockStubs {
    void stub() {
        stubFor(get(urlMatching("/api/atlas/v1\\.0/groups/[0-9a-f]{24}/privateEndpoint")).willReturn(okJson("[]")));
    }
}
