API = "https://cloud.mongodb.com/api/atlas/v1.0"


def links_path(group_id):
    return f"{API}/groups/{group_id}/privateEndpoint"


def list_links(session, group_id):
    return session.get(links_path(group_id))


def get_link(session, group_id, link_id):
    return session.get(links_path(group_id) + "/" + link_id)


def services_path(group_id, provider):
    return f"{API}/groups/{group_id}/privateEndpoint/{provider}/endpointService"


def list_services(session, group_id):
    return session.get(services_path(group_id, "AWS"))


def fetch_one(session, url):
    response = session.get(url)
    return response.json()
