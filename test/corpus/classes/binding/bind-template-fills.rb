require "net/http"

LINKS_URL = "https://cloud.mongodb.com/api/atlas/v1.0/groups/%<group>s/privateEndpoint"

def list_links(http, group)
  http.request(Net::HTTP::Get.new(format(LINKS_URL, group: group)))
end

def list_links_again(http, group)
  http.get(format(LINKS_URL, group: group))
end

def create_link(http, group, body)
  http.post(format(LINKS_URL, group: group), body.to_json)
end
