"""Paths extended under one-line conditions: the step may not be taken, so the path before it is judged too."""
API = "https://cloud.mongodb.com/api/atlas/v1.0"


def link_parts(group_id, link_id=None):
    parts = [API, "groups", group_id, "privateEndpoint"]
    if link_id: parts += [link_id, "interfaceEndpoints"]
    return "/".join(parts)


def service_url(group_id, provider=None):
    url = f"{API}/groups/{group_id}/privateEndpoint"
    if provider: url += f"/{provider}/endpointService"
    return url


def regional(group_id, enabled):
    url = f"{API}/groups/{group_id}/privateEndpoint"
    if enabled: url = url + "/regionalMode"
    return url
