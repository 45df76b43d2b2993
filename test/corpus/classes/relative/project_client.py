class ProjectClient:
    def links(self):
        return self.session.get("/privateEndpoint")

    def drop(self, pid):
        return self._request("DELETE", f"privateEndpoint/{pid}")

    def services(self, provider):
        return self.session.get(f"privateEndpoint/{provider}/endpointService")
