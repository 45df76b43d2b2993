require "net/http"
require "uri"

module AtlasLinks
  BASE = "https://cloud.mongodb.com/api/atlas/v1.0".freeze

  def self.links_path(group)
    "#{BASE}/groups/#{group}/privateEndpoint"
  end

  def self.link(group, id)
    get(links_path(group) + "/" + id)
  end

  def self.service(group, provider, id)
    get("#{BASE}/groups/#{group}/privateEndpoint/#{provider}/endpointService/#{id}")
  end

  def self.get(url)
    Net::HTTP.get(URI(url))
  end
end
