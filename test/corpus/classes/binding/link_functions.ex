# Elixir: a private function returns the base, and calls extend it with <>.
defmodule Fleet.Links do
  @root "https://cloud.mongodb.com/api/atlas/v1.0"

  defp links_url(group) do
    "#{@root}/groups/#{group}/privateEndpoint"
  end

  def get(group, id), do: Req.get!("#{links_url(group)}/#{id}")

  def services(group, cloud), do: Req.get!("#{links_url(group)}/#{cloud}/endpointService")
end
