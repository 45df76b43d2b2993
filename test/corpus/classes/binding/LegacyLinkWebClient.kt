package io.acme.atlas

import org.springframework.web.reactive.function.client.WebClient

private const val LINKS = "/api/atlas/v1.0/groups/{groupId}/privateEndpoint"

class LegacyLinkWebClient(private val web: WebClient) {
    fun links(groupId: String) = web.get().uri(LINKS, groupId).retrieve().bodyToFlux(Map::class.java)

    fun create(groupId: String, region: String) = web.post().uri(LINKS, groupId)
        .bodyValue(mapOf("providerName" to "AWS", "region" to region))
        .retrieve()
        .bodyToMono(Map::class.java)

    fun services(groupId: String, provider: String) =
        web.get().uri("$LINKS/{provider}/endpointService", groupId, provider).retrieve().bodyToFlux(Map::class.java)
}
