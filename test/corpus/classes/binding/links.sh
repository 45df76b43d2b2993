#!/usr/bin/env bash
url="${ATLAS_API}/groups/${GROUP_ID}"
url="${url}/privateEndpoint"
curl --digest -u "$KEYS" -X DELETE "$url/$LINK_ID"
