#!/usr/bin/env bash
# Clean up stale private endpoint connections of one project.
set -euo pipefail

ATLAS_API="https://cloud.mongodb.com/api/atlas/v1.0"
GROUP_ID="${1:?usage: $0 GROUP_ID}"

api() {
  curl -sf --digest -u "$ATLAS_PUBLIC_KEY:$ATLAS_PRIVATE_KEY" -H 'Accept: application/json' "$@"
}

pe_base() { printf '%s/groups/%s/privateEndpoint' "$ATLAS_API" "$1"; }

pe_service() {
  echo "$ATLAS_API/groups/$1/privateEndpoint/$2/endpointService"
}

link_url() {
  echo "$ATLAS_API/groups/$1/privateEndpoint/$2"
}

api "$(pe_base "$GROUP_ID")?itemsPerPage=500" > links.json

for id in $(jq -r '.results[] | select(.status == "FAILED") | .id' links.json); do
  api -X DELETE "$(pe_base "$GROUP_ID")/$id"
done

api "$(link_url "$GROUP_ID" "$(jq -r '.results[0].id' links.json)")"

# The replacement: endpoint services per provider.
for provider in AWS AZURE GCP; do
  api "$(pe_service "$GROUP_ID" "$provider")" > "services-$provider.json"
  api "$(pe_service "$GROUP_ID" "$provider")/$(jq -r '.[0].id' "services-$provider.json")"
done
