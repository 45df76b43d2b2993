BASE = "/api/atlas/v1.0/groups/%s"
LINKS = "#{BASE}/privateEndpoint"
def remove(g, id)
  conn.delete(format(LINKS, g) + "/#{id}")
end
def links_url
  "#{@base}/groups/#{@group}/privateEndpoint"
end
def remove2(id)
  conn.delete("#{links_url}/#{id}")
end
