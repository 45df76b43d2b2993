// Bases read from the environment, with the legacy path as the fallback (Kotlin's elvis operator).
package atlas.links

import io.ktor.client.HttpClient
import io.ktor.client.request.delete
import io.ktor.client.request.get

const val API = "https://cloud.mongodb.com/api/atlas/v1.0"

suspend fun deleteLink(client: HttpClient, group: String, id: String) {
    val links = System.getenv("ATLAS_LINKS_URL") ?: "$API/groups/$group/privateEndpoint"
    client.delete("$links/$id")
}

suspend fun endpointServices(client: HttpClient, group: String, cloud: String) {
    val services = System.getenv("ATLAS_SERVICES_URL") ?: "$API/groups/$group/privateEndpoint"
    client.get("$services/$cloud/endpointService")
}
