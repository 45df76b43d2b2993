Invoke-AtlasProject -Path "privateEndpoint/$linkId" -Method Delete
