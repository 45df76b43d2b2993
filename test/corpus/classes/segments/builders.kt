fun urls(groupId: String, id: String) {
    val parts = mutableListOf("groups", groupId)
    parts += "privateEndpoint"
    val joined = parts.joinToString("/")
    client.get { url { appendPathSegments("groups", groupId, "privateEndpoint") } }
    client.get { url { appendPathSegments("groups", groupId, "privateEndpoint", cloud, "endpointService") } }
}
