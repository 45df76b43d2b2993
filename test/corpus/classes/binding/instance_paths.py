LINKS = "/api/atlas/v1.0/groups/{}/privateEndpoint"
PROJECT = API + "/groups/{group_id}"

class C:
    def __init__(self, g):
        self.links_url = f"{self.base}/groups/{g}/privateEndpoint"

    def delete(self, link_id):
        return self.session.delete(f"{self.links_url}/{link_id}")

    def one(self, g, i):
        return self.session.get(LINKS.format(g) + "/" + i)

    @property
    def endpoints(self):
        return PROJECT + "/privateEndpoint"

    def remove(self, i):
        return self.session.delete(self.endpoints + "/" + i)

    def _links(self):
        return f"{self.base}/groups/{self.g}/privateEndpoint"

    def get2(self, i):
        return self.session.get(self._links() + "/" + i)
