class Services {
    String list(String api, String g, String provider) {
        return api + "/groups/" + g + "/privateEndpoint/" +
            provider + "/endpointService";
    }
}
