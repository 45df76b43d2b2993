import std/[httpclient, json, strformat, uri]

const atlasBase = "https://cloud.mongodb.com/api/atlas/v1.0"

proc listLinks(c: HttpClient, group: string): JsonNode =
  parseJson(c.getContent(&"{atlasBase}/groups/{group}/privateEndpoint"))

proc removeInterface(c: HttpClient, group, link, vpce: string) =
  let u = parseUri(atlasBase) / "groups" / group / "privateEndpoint" / link /
          "interfaceEndpoints" / vpce
  discard c.request($u, httpMethod = HttpDelete)

proc services(c: HttpClient, group, cloud: string): JsonNode =
  let u = parseUri(atlasBase) / "groups" / group / "privateEndpoint" / cloud / "endpointService"
  parseJson(c.getContent($u))
