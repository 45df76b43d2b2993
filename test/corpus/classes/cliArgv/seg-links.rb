require "open3"

def list_links(project_id)
  system("atlas", "privateEndpoints", "list", "--projectId", project_id)
end

def describe_link(id)
  Open3.capture2("atlas", "privateendpoints", "describe", id)
end

def services
  system("atlas", "privateEndpoints", "azure", "list")
  %w[atlas dataFederation privateEndpoints list]
end
