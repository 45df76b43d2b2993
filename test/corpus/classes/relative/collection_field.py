"""A client scoped to one project: the collection's name is a class attribute."""
import httpx


class ProjectLinks:
    resource = "privateEndpoint"

    def __init__(self, group_id: str, auth):
        self.http = httpx.Client(base_url=f"https://cloud.mongodb.com/api/atlas/v1.0/groups/{group_id}/", auth=auth)

    def all(self):
        return self.http.get(self.resource).json()

    def create(self, region: str):
        return self.http.post(self.resource, json={"providerName": "AWS", "region": region}).json()

    def services(self, provider: str):
        return self.http.get(f"{self.resource}/{provider}/endpointService").json()

    def describe(self):
        return f"{self.resource} of {self.http.base_url}"
