# frozen_string_literal: true

require 'net/http/digest_auth'
require 'json'

module Atlas
  # Thin wrapper for the PrivateLink endpoints of the Atlas Admin API.
  class PrivateLink
    BASE = 'https://cloud.mongodb.com/api/atlas/v1.0'

    def initialize(client)
      @client = client
    end

    def connections(group_id)
      @client.get("#{BASE}/groups/#{group_id}/privateEndpoint")
    end

    def interface_endpoints(group_id, link_id, vpce_id)
      @client.get("#{BASE}/groups/#{group_id}/privateEndpoint/#{link_id}/interfaceEndpoints/#{vpce_id}")
    end

    def services(group_id, cloud_provider = 'AWS')
      @client.get("#{BASE}/groups/#{group_id}/privateEndpoint/#{cloud_provider}/endpointService")
    end

    def private_endpoint_id(service)
      service.fetch('privateEndpointId')
    end
  end
end
