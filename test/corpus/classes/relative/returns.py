class Project:
    def links(self):
        return self.session.call("privateEndpoint")

    def delete_link(self, link_id):
        return self.session.delete(f"/privateEndpoint/{link_id}")

    def url(self, link_id):
        return f"privateEndpoint/{link_id}"
