package acme.atlas

import okhttp3.OkHttpClient
import okhttp3.Request

// A client whose base URL already points at one project: /api/atlas/v1.0/groups/{id}
class ProjectApi(private val projectUrl: String, private val http: OkHttpClient) {
    fun links() = call("/privateEndpoint")

    fun link(id: String) = call("/privateEndpoint/$id")

    fun endpointServices(provider: String) = call("/privateEndpoint/$provider/endpointService")

    fun regionalMode() = call("/privateEndpoint/regionalMode")

    private fun call(path: String) = http.newCall(Request.Builder().url(projectUrl + path).build()).execute()
}
