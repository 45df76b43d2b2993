object Links {
  val base = s"$api/groups/$groupId/privateEndpoint"
  def one(id: String) = http.get(s"$base/$id")
  val services = s"$api/groups/$groupId/privateEndpoint"
  def forCloud(cloud: String) = http.get(s"$services/$cloud/endpointService")
}
