#!/usr/bin/env bash
set -euo pipefail
BASE="${ATLAS_URL}/api/atlas/v1.0/groups/${GROUP_ID}/privateEndpoint"
CURL=(curl --silent --show-error --digest --user "${PUBLIC_KEY}:${PRIVATE_KEY}")

out="$("${CURL[@]}" "${BASE}/${LINK_ID}")"
echo "$out" | jq .

curl --digest -u "$KEYS" "$BASE" | jq '.results[].id'
"${CURL[@]}" "$BASE"
"${CURL[@]}" -X DELETE "${BASE}/${LINK_ID}"
ids=$(curl -s "$BASE" | jq -r '.results[].id')

printf '%s\n' "$BASE"

# The current API from another base, its provider on the next line: fine.
SERVICES="${ATLAS_URL}/api/atlas/v1.0/groups/${GROUP_ID}/privateEndpoint"
"${CURL[@]}" "${SERVICES}/${PROVIDER}/endpointService"
"${CURL[@]}" "${SERVICES}/"\
"${PROVIDER}/endpointService/${SERVICE_ID}"
