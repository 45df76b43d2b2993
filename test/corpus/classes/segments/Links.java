class Links {
    String one(String base, String g, String id) {
        return new StringBuilder(base).append("/groups/").append(g).append("/privateEndpoint/").append(id).toString();
    }
}
