def link_url(group_id, link_id):
    parts = ["groups", group_id]
    parts.append("privateEndpoint")
    parts.append(link_id)
    return API + "/" + "/".join(parts)


def service_url(group_id, provider):
    parts = ["groups", group_id, "privateEndpoint"]
    parts.append(provider)
    parts.append("endpointService")
    return API + "/" + "/".join(parts)


def more(group_id):
    segs = [API, "groups", group_id]
    segs += ["privateEndpoint"]
    return session.get("/".join(segs))
