stub_request(:get, %r{/groups/\h{24}/privateEndpoint\z}).to_return(body: "[]")
