defmodule Infra.Atlas.PrivateLinks do
  @moduledoc "Legacy private endpoint connections, and the endpoint services that replace them."
  @api "https://cloud.mongodb.com/api/atlas/v1.0"

  def links_url(group_id), do: @api <> "/groups/" <> group_id <> "/privateEndpoint"

  def services_url(group_id, provider),
    do: @api <> "/groups/" <> group_id <> "/privateEndpoint/" <> provider <> "/endpointService"

  def get_link(group_id, link_id), do: HTTPoison.get!(links_url(group_id) <> "/" <> link_id, headers())

  def remove(project_req, link_id) do
    Req.delete!(project_req, url: "privateEndpoint/" <> link_id)
  end

  def service(group_id, provider, id), do: HTTPoison.get!(services_url(group_id, provider) <> "/" <> id, headers())

  defp headers, do: [{"Accept", "application/json"}]
end
