import requests


def delete_link(base, group_id, link_id):
    segments = ["api", "atlas", "v1.0", "groups", group_id, "privateEndpoint", link_id]
    return requests.delete(base + "/" + "/".join(segments))


def interfaces(base, group_id, link_id):
    parts = ["groups", group_id, "privateEndpoint", link_id]
    parts.append("interfaceEndpoints")
    return requests.get(base + "/" + "/".join(parts))


def services(base, group_id, provider):
    segments = ["groups", group_id, "privateEndpoint", provider, "endpointService"]
    return requests.get(base + "/" + "/".join(segments))
