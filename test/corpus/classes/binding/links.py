import requests

PROJECT_URL = f"{API}/groups/{GROUP_ID}"
LINKS = PROJECT_URL + "/privateEndpoint"


def link_interfaces(link_id):
    return requests.get(LINKS + "/" + link_id + "/interfaceEndpoints", auth=AUTH)


# A base that only later gets its provider segment is the current API.
SERVICES = PROJECT_URL + "/privateEndpoint"
aws_services = SERVICES + "/AWS/endpointService"
