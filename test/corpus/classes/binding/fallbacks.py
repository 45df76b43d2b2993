"""Bases read from the environment or a settings file, with the legacy path as the default."""
import os

import requests

API = "https://cloud.mongodb.com/api/atlas/v1.0"
GROUP = os.environ.get("ATLAS_GROUP_ID", "5e2211c17a3e5a48f5497de3")
REGION = os.environ.get("AWS_REGION", "us-east-1")
LINKS = os.environ.get("ATLAS_LINKS_URL", f"{API}/groups/{GROUP}/privateEndpoint")
SERVICES = os.getenv("ATLAS_SERVICES_URL", f"{API}/groups/{GROUP}/privateEndpoint")


def delete_link(auth, link_id):
    return requests.delete(f"{LINKS}/{link_id}", auth=auth)


def aws_services(auth):
    return requests.get(f"{SERVICES}/AWS/endpointService", auth=auth)


def link_from_settings(settings, auth, link_id):
    base = settings.get("atlas", {}).get("links", API + "/groups/" + GROUP + "/privateEndpoint")
    return requests.get(base + "/" + link_id + "/interfaceEndpoints", auth=auth)
