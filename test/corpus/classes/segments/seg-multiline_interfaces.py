import posixpath


def interface_url(api, group_id, link_id):
    return posixpath.join(api, "groups", group_id,
                          "privateEndpoint", link_id,
                          "interfaceEndpoints")


def link_url(api, group_id, link_id):
    return posixpath.join(
        api,
        "groups",
        group_id,
        "privateEndpoint",
        link_id,
    )


def service_url(api, group_id, provider, service_id):
    return posixpath.join(api, "groups", group_id,
                          "privateEndpoint", provider,
                          "endpointService", service_id)
