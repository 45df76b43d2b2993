import os
import posixpath

list_url = "/".join((API, "groups", group_id, "privateEndpoint"))
one_url = posixpath.join(API, "groups", group_id, "privateEndpoint", link_id, "interfaceEndpoints")
services = "/".join((API, "groups", group_id, "privateEndpoint", "AWS", "endpointService"))
