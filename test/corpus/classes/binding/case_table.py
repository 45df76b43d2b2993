"""A table of test cases: each tuple's items are values of their own, not one path."""
import pytest

from proxy.classify import classify

GROUP = "5e2211c17a3e5a48f5497de3"
LEGACY = "/api/atlas/v1.0/groups/" + GROUP + "/privateEndpoint"
CURRENT = "/api/atlas/v1.0/groups/" + GROUP + "/privateEndpoint/AWS/endpointService"


@pytest.mark.parametrize(
    "path, expected",
    [
        (LEGACY, "deprecated"),
        (CURRENT, "ok"),
        ("/api/atlas/v1.0/groups/" + GROUP + "/privateEndpoint/regionalMode", "ok"),
    ],
)
def test_classify(path, expected):
    assert classify(path) == expected
