class Links {
    private static final String LINKS = "/api/atlas/v1.0/groups/%s/privateEndpoint";

    String one(String group, String id) {
        return String.format(LINKS + "/%s", group, id);
    }
}
