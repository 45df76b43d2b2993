class LinkGetters(private val client: Client, private val project: String) {
    private val links get() = "$project/privateEndpoint"

    private val linkRoot: String
        get() = "$project/privateEndpoint"

    fun remove(id: String) = client.delete("$links/$id")

    fun read(id: String) = client.get("${linkRoot}/$id")

    fun names(ids: List<String>) = ids.map { id -> "link-$id" }
}
