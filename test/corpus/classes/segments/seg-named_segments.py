PRIVATE_ENDPOINT = "privateEndpoint"
INTERFACES = "interfaceEndpoints"


def link_url(g, link_id):
    return "/".join(["groups", g, PRIVATE_ENDPOINT, link_id])


def interface_url(g, link_id):
    return posixpath.join(API, "groups", g, PRIVATE_ENDPOINT, link_id, INTERFACES)


def service_url(g, provider):
    return "/".join(["groups", g, PRIVATE_ENDPOINT, provider, "endpointService"])
