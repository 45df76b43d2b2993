module Links
  def self.collection(project)
    "#{API}/groups/#{project}/privateEndpoint"
  end

  def self.remove(project, id)
    HTTP.delete("#{collection(project)}/#{id}")
  end
end
