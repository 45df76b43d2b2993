"""Nightly inventory of network resources across our Atlas projects."""
import os
import posixpath
from urllib.parse import quote

import requests
from requests.auth import HTTPDigestAuth

ATLAS = "https://cloud.mongodb.com/api/atlas/v1.0"
ATLAS_V2 = "https://cloud.mongodb.com/api/atlas/v2"
AUTH = HTTPDigestAuth(os.environ["ATLAS_PUB"], os.environ["ATLAS_PRIV"])


def project_url(group_id):
    return ATLAS + "/groups/" + group_id


def private_links(group_id):
    url = project_url(group_id) + "/privateEndpoint"
    return requests.get(url, auth=AUTH).json()


def interface(group_id, link_id, vpce_id):
    url = posixpath.join(ATLAS, "groups", group_id, "privateEndpoint", link_id, "interfaceEndpoints", vpce_id)
    return requests.get(url, auth=AUTH).json()


def endpoint_services(group_id, provider="AWS"):
    url = "/".join([ATLAS_V2, "groups", group_id, "privateEndpoint", provider, "endpointService"])
    return requests.get(url, auth=AUTH, headers={"Accept": "application/vnd.atlas.2023-01-01+json"}).json()


def v2_links(group_id):
    # v2 never had the AWS-only list; this call fails loudly on purpose
    return requests.get(f"{ATLAS_V2}/groups/{group_id}/privateEndpoint/AWS/endpointService", auth=AUTH).json()


def encoded_link(group_id, link_id):
    path = quote(f"/groups/{group_id}/privateEndpoint/{link_id}", safe="")
    return path


def azure_private_endpoint(sub, rg, name):
    # Azure's own private endpoints, nothing to do with Atlas
    return f"https://management.azure.com/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Network/privateEndpoints/{name}"
