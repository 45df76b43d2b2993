"""A project-scoped client whose path comes from one helper method."""
import posixpath

API_V1 = "https://cloud.mongodb.com/api/atlas/v1.0"
LINKS = API_V1 + "/groups/{group_id}/privateEndpoint"


class PrivateLinks:
    def __init__(self, session, group_id):
        self.session = session
        self.group_id = group_id

    def _links(self):
        return LINKS.format(group_id=self.group_id)

    def list(self):
        return self.session.get(self._links(), params={"itemsPerPage": 500})

    def create(self, region):
        return self.session.post(self._links(), json={"providerName": "AWS", "region": region})

    def remove(self, link_id):
        return self.session.delete(posixpath.join(self._links(), link_id))

    def describe(self):
        print("listing", self._links())
