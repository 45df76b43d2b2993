"""Small helpers around the Atlas Admin API for PrivateLink, used by our ops scripts."""
import os

import requests
from requests.auth import HTTPDigestAuth

BASE = "https://cloud.mongodb.com/api/atlas/v1.0"
AUTH = HTTPDigestAuth(os.environ["ATLAS_PUBLIC_KEY"], os.environ["ATLAS_PRIVATE_KEY"])


def list_connections(group_id):
    resp = requests.get(f"{BASE}/groups/{group_id}/privateEndpoint", auth=AUTH, timeout=30)
    resp.raise_for_status()
    return resp.json()


def get_connection(group_id, private_link_id):
    url = BASE + "/groups/{}/privateEndpoint/{}".format(group_id, private_link_id)
    return requests.get(url, auth=AUTH, timeout=30).json()


def create_connection(group_id, region="us-east-1"):
    resp = requests.post(
        "%s/groups/%s/privateEndpoint" % (BASE, group_id),
        json={"providerName": "AWS", "region": region},
        auth=AUTH,
    )
    return resp.json()


def delete_connection(group_id, private_link_id):
    requests.delete(f"{BASE}/groups/{group_id}/privateEndpoint/{private_link_id}", auth=AUTH)


def add_interface_endpoint(group_id, private_link_id, vpce_id):
    url = f"{BASE}/groups/{group_id}/privateEndpoint/{private_link_id}/interfaceEndpoints"
    return requests.post(url, json={"interfaceEndpointId": vpce_id}, auth=AUTH).json()


def interface_endpoint(group_id, private_link_id, vpce_id):
    path = "/groups/" + group_id + "/privateEndpoint/" + private_link_id + "/interfaceEndpoints/" + vpce_id
    return requests.get(BASE + path, auth=AUTH).json()


# --- current API: nothing below is deprecated ---

V2 = "https://cloud.mongodb.com/api/atlas/v2"
HEADERS = {"Accept": "application/vnd.atlas.2023-01-01+json"}


def list_services(group_id, cloud_provider="AWS"):
    url = f"{V2}/groups/{group_id}/privateEndpoint/{cloud_provider}/endpointService"
    return requests.get(url, auth=AUTH, headers=HEADERS).json()


def create_service(group_id, region):
    url = f"{BASE}/groups/{group_id}/privateEndpoint/endpointService"
    return requests.post(url, json={"providerName": "AWS", "region": region}, auth=AUTH).json()


def regional_mode(group_id):
    return requests.get(f"{BASE}/groups/{group_id}/privateEndpoint/regionalMode", auth=AUTH).json()


def serverless_endpoints(group_id, instance_name):
    return requests.get(f"{BASE}/groups/{group_id}/privateEndpoint/serverless/instance/{instance_name}/endpoint", auth=AUTH).json()


def describe(endpoint):
    private_endpoint_id = endpoint["privateEndpointId"]
    return f"private endpoint {private_endpoint_id} ({endpoint['privateEndpointIPAddress']})"
