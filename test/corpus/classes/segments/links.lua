local links = base .. "/groups/" .. gid .. "/privateEndpoint"
local one = links .. "/" .. id
local u = table.concat({api, "groups", gid, "privateEndpoint", id}, "/")
local s = table.concat({api, "groups", gid, "privateEndpoint", cloud, "endpointService"}, "/")
