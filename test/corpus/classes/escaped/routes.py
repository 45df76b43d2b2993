import re

LEGACY_ROUTE = re.compile(r"^/api/atlas/v1\.0/groups/(?P<group>[^/]+)/privateEndpoint/?$")
CURRENT_ROUTE = re.compile(r"^/api/atlas/v2/groups/(?P<group>[^/]+)/privateEndpoint/(?P<cloud>\w+)/endpointService$")
