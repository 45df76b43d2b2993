from pathlib import PurePosixPath
from urllib.parse import urljoin

parts = ["groups", group_id, "privateEndpoint"]
links_url = API + "/" + "/".join(parts)
one_url = PurePosixPath("/api/atlas/v1.0/groups") / group_id / "privateEndpoint" / link_id
relative_url = urljoin(PROJECT_URL + "/", "privateEndpoint")
services_url = PurePosixPath("/api/atlas/v2/groups") / group_id / "privateEndpoint" / provider / "endpointService"
