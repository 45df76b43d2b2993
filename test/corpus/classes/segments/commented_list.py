import posixpath


def link_url(base, group_id, link_id):
    return "/".join(
        [
            base,
            "api",
            "atlas",
            "v1.0",
            "groups",
            group_id,
            # the legacy, single-provider collection
            "privateEndpoint",
            link_id,
        ]
    )


def service_url(base, group_id, provider):
    # the current collection, by provider
    return posixpath.join(base, "api/atlas/v1.0", "groups", group_id,
                          "privateEndpoint", provider, "endpointService")
