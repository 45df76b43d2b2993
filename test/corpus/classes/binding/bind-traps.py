import requests

API = "https://cloud.mongodb.com/api/atlas/v1.0"
PE_ROOT = API + "/groups/{}/privateEndpoint"
V2_ROOT = "https://cloud.mongodb.com/api/atlas/v2/groups/{}/privateEndpoint"
FEDERATION = API + "/groups/{}/privateNetworkSettings/endpointIds"


def pe_root(group_id):
    return f"{API}/groups/{group_id}/privateEndpoint"


def list_services(session, group_id, provider):
    base = PE_ROOT.format(group_id)
    return session.get(base + "/" + provider +
                       "/endpointService")


def get_service(session, group_id, provider, service_id):
    return session.get(pe_root(group_id) + "/" + provider + "/endpointService/" + service_id)


def list_v2(session, group_id):
    return session.get(V2_ROOT.format(group_id) + "/AWS/endpointService")


def federation_endpoints(session, group_id):
    return session.get(FEDERATION.format(group_id))


def azure(session, sub, rg):
    url = "https://management.azure.com/subscriptions/%s/resourceGroups/%s/providers/Microsoft.Network/privateEndpoints" % (sub, rg)
    return session.get(url)
