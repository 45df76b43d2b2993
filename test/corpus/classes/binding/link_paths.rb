class LinkPaths
  BASE = "https://cloud.mongodb.com/api/atlas/v1.0"

  def links_path(group_id)
    "#{BASE}/groups/#{group_id}/privateEndpoint"
  end

  def delete_link(group_id, id)
    @http.delete(links_path(group_id) + "/" + id)
  end

  def get_link(group_id, id)
    @http.get("#{links_path(group_id)}/#{id}")
  end

  # The same shape for the current API: a provider comes after the base.
  def services_path(group_id)
    "#{BASE}/groups/#{group_id}/privateEndpoint"
  end

  def services(group_id, provider)
    @http.get("#{services_path(group_id)}/#{provider}/endpointService")
  end
end
