require "open3"

# Legacy PrivateLink listings through the Atlas CLI, in the ways Ruby runs a command.
def legacy_links(pid)
  system(*%w[atlas privateEndpoints list])
  out, _status = Open3.capture2(*%W[atlas privateEndpoints describe #{pid}])
  services = %w[atlas privateEndpoints aws list]
  other = %w[kubectl privateEndpoints list]
  [out, services, other]
end
