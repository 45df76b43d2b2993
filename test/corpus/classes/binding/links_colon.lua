-- Lua method calls on a string: the template held in a name, filled by its format method.
local ROOT = "https://cloud.mongodb.com/api/atlas/v1.0"
local LINKS = ROOT .. "/groups/%s/privateEndpoint"
local SERVICES = ROOT .. "/groups/%s/privateEndpoint/%s/endpointService"

local one = LINKS:format(group) .. "/" .. link_id
local aws = SERVICES:format(group, "AWS")
