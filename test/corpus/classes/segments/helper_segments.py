"""A client whose helpers join the segments they are given."""
import requests


class Atlas:
    def __init__(self, base, group_id, auth):
        self.base = base
        self.group_id = group_id
        self.session = requests.Session()
        self.session.auth = auth

    def _url(self, *parts):
        return "/".join([self.base, *parts])

    def _request(self, method, *parts, **kwargs):
        return self.session.request(method, self._url(*parts), **kwargs)

    def links(self):
        return self.session.get(self._url("groups", self.group_id, "privateEndpoint")).json()

    def link(self, link_id):
        return self._request("GET", "groups", self.group_id, "privateEndpoint", link_id).json()

    def create(self, region):
        return self._request("POST", "groups", self.group_id, "privateEndpoint", json={"providerName": "AWS", "region": region})

    def services(self, provider):
        return self._request("GET", "groups", self.group_id, "privateEndpoint", provider, "endpointService").json()

    def clusters(self):
        return self._request("GET", "groups", self.group_id, "clusters").json()
