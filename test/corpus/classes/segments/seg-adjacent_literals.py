def interface_url(base, g, link_id):
    return (
        f"{base}/api/atlas/v1.0/groups/{g}"
        f"/privateEndpoint/{link_id}"
        "/interfaceEndpoints"
    )


def service_url(base, g, provider):
    return (
        f"{base}/api/atlas/v1.0/groups/{g}"
        f"/privateEndpoint/{provider}"
        "/endpointService"
    )
