# Julia joins strings with `*`; the base comes from a one-line function.
module AtlasConnections

using HTTP

const ROOT = "https://cloud.mongodb.com/api/atlas/v1.0"

connections_url(group) = "$ROOT/groups/$group/privateEndpoint"
services_url(group, cloud) = connections_url(group) * "/" * cloud * "/endpointService"

connection(group, id; auth) = HTTP.get(connections_url(group) * "/" * id; digest = auth)

function drop_interface(group, id, vpce; auth)
    url = join([ROOT, "groups", group, "privateEndpoint", id, "interfaceEndpoints", vpce], "/")
    HTTP.delete(url; digest = auth)
end

aws_services(group; auth) = HTTP.get(services_url(group, "AWS"); digest = auth)

end
