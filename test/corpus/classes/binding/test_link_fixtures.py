import pytest
import responses

from atlasctl.client import ProjectClient

GID = "5f1a2b3c4d5e6f7a8b9c0d1e"
ROOT = f"https://cloud.mongodb.com/api/atlas/v1.0/groups/{GID}"
LEGACY = f"{ROOT}/privateEndpoint"
SERVICES = f"{ROOT}/privateEndpoint/AWS/endpointService"


@pytest.fixture
def client():
    return ProjectClient(group_id=GID)


@responses.activate
def test_drop_legacy_link(client):
    responses.add(responses.DELETE, LEGACY + "/abc123", status=204)
    client.drop_legacy_link("abc123")


@responses.activate
def test_detach_interface(client):
    responses.add(responses.DELETE, f"{LEGACY}/pl-1/interfaceEndpoints/vpce-1", status=204)
    client.detach("pl-1", "vpce-1")


@responses.activate
def test_services(client):
    responses.get(SERVICES, json=[])
    responses.get(SERVICES + "/svc-1", json={"id": "svc-1"})
    assert client.services() == []
