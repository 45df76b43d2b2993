import java.net.URI

const val LINKS = "https://cloud.mongodb.com/api/atlas/v1.0/groups/%s/privateEndpoint"
const val SERVICES = "https://cloud.mongodb.com/api/atlas/v1.0/groups/%s/privateEndpoint/%s/endpointService"

class LinkClient(private val http: HttpClient) {
    fun all(group: String) = http.get(URI(LINKS.formatted(group)))

    fun one(group: String, id: String) = http.get(URI(String.format(LINKS, group) + "/" + id))

    fun remove(group: String, id: String) = http.delete(URI("${LINKS.format(group)}/$id"))

    fun services(group: String, cloud: String) = http.get(URI(SERVICES.format(group, cloud)))

    fun service(group: String, cloud: String, id: String) = http.get(URI(String.format(SERVICES, group, cloud) + "/" + id))
}
