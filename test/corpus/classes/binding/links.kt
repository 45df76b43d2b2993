package atlas

val links = "$api/groups/$groupId/privateEndpoint"
val oneLink = "$links/$linkId"
