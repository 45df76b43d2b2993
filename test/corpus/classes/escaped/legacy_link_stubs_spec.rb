# frozen_string_literal: true

require "webmock/rspec"
require "atlas/links"

RSpec.describe Atlas::Links do
  let(:group) { "64b7f1c2a9e3d40012ab34cd" }
  let(:link) { "5df264b8f10fab7d2cad2f0d" }
  subject(:links) { described_class.new(group: group) }

  it "lists the project's links" do
    stub_request(:get, %r{/groups/#{group}/privateEndpoint\z}).to_return(body: "[]")
    expect(links.all).to eq([])
  end

  it "creates a link" do
    stub_request(:post, %r{/groups/#{group}/privateEndpoint\z}).to_return(status: 201, body: "{}")
    links.create(region: "us-east-1")
  end

  it "raises when a link is gone" do
    stub_request(:get, /privateEndpoint\/#{link}\z/).to_return(status: 404)
    expect { links.find(link) }.to raise_error(Atlas::NotFound)
  end

  it "deletes a link" do
    stub_request(:delete, %r{privateEndpoint/#{link}\z}).to_return(status: 204)
    links.delete(link)
  end

  it "leaves endpoint services alone" do
    stub_request(:get, %r{privateEndpoint/(AWS|AZURE|GCP)/endpointService\z}).to_return(body: "[]")
    stub_request(:get, %r{/api/atlas/v2/groups/#{group}/privateEndpoint/AWS/endpointService}).to_return(body: "[]")
    per_page = total / pages / 2
    expect(per_page).to be >= 0
  end
end
