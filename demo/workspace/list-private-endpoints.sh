#!/usr/bin/env bash
# Lists the private endpoint connections of one Atlas project.
set -euo pipefail
: "${ATLAS_PUBLIC_KEY:?}" "${ATLAS_PRIVATE_KEY:?}" "${GROUP_ID:?}"

curl --user "${ATLAS_PUBLIC_KEY}:${ATLAS_PRIVATE_KEY}" --digest \
  --header "Accept: application/json" \
  --request GET "https://cloud.mongodb.com/api/atlas/v1.0/groups/${GROUP_ID}/privateEndpoint?pretty=true"

# The same connection, by id:
curl --user "${ATLAS_PUBLIC_KEY}:${ATLAS_PRIVATE_KEY}" --digest \
  "https://cloud.mongodb.com/api/atlas/v1.0/groups/${GROUP_ID}/privateEndpoint/5df264b8f10fab7d2cad2f0d"

# Already migrated, nothing to flag here:
curl --user "${ATLAS_PUBLIC_KEY}:${ATLAS_PRIVATE_KEY}" --digest \
  "https://cloud.mongodb.com/api/atlas/v1.0/groups/${GROUP_ID}/privateEndpoint/AWS/endpointService"
