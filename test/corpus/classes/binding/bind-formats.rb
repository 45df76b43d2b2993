require "net/http"

API = "https://cloud.mongodb.com/api/atlas/v1.0"
LINKS = "%{api}/groups/%{group}/privateEndpoint"
SERVICES = "%<api>s/groups/%<group>s/privateEndpoint/%<provider>s/endpointService"

def link_uri(group, id)
  URI(format(LINKS, api: API, group: group) + "/#{id}")
end

def links_uri(group)
  URI(LINKS % { api: API, group: group })
end

def services_uri(group, provider)
  URI(format(SERVICES, api: API, group: group, provider: provider))
end
