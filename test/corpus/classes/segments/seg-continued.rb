def interface_url(base, g, id)
  "#{base}/api/atlas/v1.0/groups/#{g}" \
    "/privateEndpoint/#{id}" \
    "/interfaceEndpoints"
end

def service_url(base, g, cloud)
  "#{base}/api/atlas/v1.0/groups/#{g}" \
    "/privateEndpoint/#{cloud}" \
    "/endpointService"
end
