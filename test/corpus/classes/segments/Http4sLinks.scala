package acme.atlas

import cats.effect.IO
import org.http4s.{Method, Request, Uri}
import org.http4s.client.Client
import org.http4s.implicits._

final class Http4sLinks(client: Client[IO], groupId: String) {
  private val api = uri"https://cloud.mongodb.com/api/atlas/v1.0"
  private val project = api / "groups" / groupId

  def links: IO[String] = client.expect[String](project / "privateEndpoint")

  def detach(linkId: String, vpceId: String): IO[Unit] =
    client.expect[Unit](Request[IO](Method.DELETE, project / "privateEndpoint" / linkId /
      "interfaceEndpoints" / vpceId))

  def services(provider: String): IO[String] =
    client.expect[String](project / "privateEndpoint" / provider / "endpointService")

  def half(total: Int): Int = total / 2
}
