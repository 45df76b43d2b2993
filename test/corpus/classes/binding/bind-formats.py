import requests

BASE = "https://cloud.mongodb.com/api/atlas/v1.0"
LINK_TEMPLATE = "{base}/groups/{gid}/privateEndpoint"
OLD_STYLE = "%s/groups/%s/privateEndpoint"
SERVICE_TEMPLATE = "{base}/groups/{gid}/privateEndpoint/{cloud}/endpointService"


def get_link(session, gid, link_id):
    return session.get(f"{LINK_TEMPLATE.format(base=BASE, gid=gid)}/{link_id}")


def delete_link(session, gid, link_id):
    return session.delete(OLD_STYLE % (BASE, gid) + "/" + link_id)


def list_services(session, gid, cloud="AWS"):
    return session.get(SERVICE_TEMPLATE.format(base=BASE, gid=gid, cloud=cloud))


def azure_endpoints(session, sub, rg):
    template = "https://management.azure.com/subscriptions/%s/resourceGroups/%s/providers/Microsoft.Network/privateEndpoints"
    return session.get(template % (sub, rg))
