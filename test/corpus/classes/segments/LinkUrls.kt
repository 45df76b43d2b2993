val one = listOf(api, "groups", groupId, "privateEndpoint", linkId).joinToString("/")
