local Links = {}

function Links.base(project)
  return API .. "/groups/" .. project .. "/privateEndpoint"
end

function Links:one(project, id)
  return Links.base(project) .. "/" .. id
end

return Links
