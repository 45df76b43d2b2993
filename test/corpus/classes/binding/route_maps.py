"""Endpoint table for the project-scoped client."""

ENDPOINTS = {
    "peers": PROJECT_URL + "/peers",
    "links": PROJECT_URL + "/privateEndpoint",
}


def link(session, link_id):
    return session.get(ENDPOINTS["links"] + "/" + link_id)


def drop_link(session, link_id):
    return session.delete(f"{ENDPOINTS['links']}/{link_id}")


def peers(session):
    return session.get(ENDPOINTS["peers"])


SERVICE_ROUTES = {
    "pe_root": PROJECT_URL + "/privateEndpoint",
}


def services(session, cloud):
    return session.get(SERVICE_ROUTES["pe_root"] + "/" + cloud + "/endpointService")
