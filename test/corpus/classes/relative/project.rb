def interfaces(id)
  project.get("privateEndpoint/#{id}/interfaceEndpoints")
end
