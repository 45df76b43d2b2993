"""Nightly inventory of PrivateLink connections, written before the endpoint service API existed."""
import os

import requests
from requests.auth import HTTPDigestAuth

BASE = "https://cloud.mongodb.com/api/atlas/v1.0"
AUTH = HTTPDigestAuth(os.environ["ATLAS_PUBLIC_KEY"], os.environ["ATLAS_PRIVATE_KEY"])


def list_connections(group_id: str) -> list[dict]:
    response = requests.get(f"{BASE}/groups/{group_id}/privateEndpoint", auth=AUTH, timeout=30)
    response.raise_for_status()
    return response.json()


def interface_endpoint(group_id: str, link_id: str, endpoint_id: str) -> dict:
    url = f"{BASE}/groups/{group_id}/privateEndpoint/{link_id}/interfaceEndpoints/{endpoint_id}"
    return requests.get(url, auth=AUTH, timeout=30).json()


if __name__ == "__main__":
    for connection in list_connections(os.environ["GROUP_ID"]):
        print(connection["id"], connection["status"], connection["endpointServiceName"])
