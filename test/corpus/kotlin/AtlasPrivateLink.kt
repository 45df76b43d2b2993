package com.example.atlas

import okhttp3.OkHttpClient
import okhttp3.Request

class AtlasPrivateLink(private val http: OkHttpClient, private val base: String = "https://cloud.mongodb.com/api/atlas/v1.0") {

    fun connection(groupId: String, privateLinkId: String): String? {
        val request = Request.Builder().url("$base/groups/$groupId/privateEndpoint/$privateLinkId").build()
        return http.newCall(request).execute().body?.string()
    }

    fun deleteConnection(groupId: String, privateLinkId: String) {
        val request = Request.Builder()
            .url("$base/groups/${groupId}/privateEndpoint/${privateLinkId}")
            .delete()
            .build()
        http.newCall(request).execute().close()
    }

    fun regionalMode(groupId: String) = "$base/groups/$groupId/privateEndpoint/regionalMode"
}
