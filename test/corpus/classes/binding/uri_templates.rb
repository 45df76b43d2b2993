require "addressable/template"

# PrivateLink connections through URI templates (RFC 6570), expanded where each request is sent.
class LegacyLinks
  LINKS = Addressable::Template.new("https://cloud.mongodb.com/api/atlas/v1.0/groups{/group_id}/privateEndpoint{?pageNum,itemsPerPage}")
  LINK = Addressable::Template.new("https://cloud.mongodb.com/api/atlas/v1.0/groups/{group_id}/privateEndpoint{/link_id}")
  SERVICE = Addressable::Template.new("https://cloud.mongodb.com/api/atlas/v1.0/groups/{group_id}/privateEndpoint{/provider}/endpointService")
  DOCS = Addressable::Template.new("https://www.mongodb.com/docs/atlas/{page}")

  def initialize(conn, group_id)
    @conn = conn
    @group_id = group_id
  end

  def page(number)
    @conn.get(LINKS.expand(group_id: @group_id, pageNum: number).to_s)
  end

  def remove(link_id)
    @conn.delete(LINK.expand(group_id: @group_id, link_id: link_id).to_s)
  end

  def services
    @conn.get(SERVICE.expand(group_id: @group_id, provider: "AWS").to_s)
  end

  def help
    DOCS.expand(page: "security-private-endpoint").to_s
  end
end
