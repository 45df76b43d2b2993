$links = "$base/groups/$groupId/privateEndpoint"
Invoke-RestMethod -Uri "$links/$linkId" -Method Delete
