class Endpoints(private val http: HttpClient) {
    suspend fun drop(projectId: String, linkId: String) = http.delete("$api/groups/$projectId/privateEndpoint/$linkId")

    fun build(projectId: String, linkId: String): String {
        val segments = mutableListOf("groups", projectId, "privateEndpoint")
        segments.add(linkId)
        return "/api/atlas/v1.0/" + segments.joinToString("/")
    }
}
