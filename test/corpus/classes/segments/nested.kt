val u = "$base/${listOf("groups", groupId, "privateEndpoint").joinToString("/")}"
val s = "$base/${listOf("groups", groupId, "privateEndpoint", cloud, "endpointService").joinToString("/")}"
