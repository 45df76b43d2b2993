package ops.atlas

import sttp.client3._
import sttp.model.Uri

final class LegacyLinks(backend: SttpBackend[Identity, Any], api: Uri) {
  private val v1 = api.addPath("api", "atlas", "v1.0")

  def all(group: String) =
    basicRequest.get(v1.addPath("groups", group, "privateEndpoint")).send(backend)

  def remove(group: String, id: String) =
    basicRequest.delete(v1.addPath("groups", group, "privateEndpoint", id)).send(backend)

  def services(group: String, cloud: String) =
    basicRequest.get(v1.addPath("groups", group, "privateEndpoint", cloud.toUpperCase, "endpointService")).send(backend)

  def regional(group: String) =
    basicRequest.get(v1.addPath("groups", group, "privateEndpoint", "regionalMode")).send(backend)
}
