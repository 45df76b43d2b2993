#!/usr/bin/env bash
# Sets up AWS PrivateLink for an Atlas project. Usage: privatelink.sh <group-id> <region>
set -euo pipefail

GROUP_ID="$1"
REGION="${2:-us-east-1}"
API="https://cloud.mongodb.com/api/atlas/v1.0"
AUTH=(--user "${ATLAS_PUBLIC_KEY}:${ATLAS_PRIVATE_KEY}" --digest)

# Existing connections
curl -s "${AUTH[@]}" --header "Accept: application/json" \
  --request GET "${API}/groups/${GROUP_ID}/privateEndpoint?pretty=true"

# Create one
curl -s "${AUTH[@]}" \
  --header "Content-Type: application/json" \
  --request POST "${API}/groups/${GROUP_ID}/privateEndpoint" \
  --data "{\"providerName\":\"AWS\",\"region\":\"${REGION}\"}"

LINK_ID=$(curl -s "${AUTH[@]}" "${API}/groups/${GROUP_ID}/privateEndpoint" | jq -r '.[0].id')

curl -s "${AUTH[@]}" "${API}/groups/${GROUP_ID}/privateEndpoint/${LINK_ID}" | jq .status

curl -s "${AUTH[@]}" -X POST \
  -H "Content-Type: application/json" \
  "${API}/groups/$GROUP_ID/privateEndpoint/$LINK_ID/interfaceEndpoints" \
  -d '{"interfaceEndpointId":"vpce-0b9c5701325cb15dd"}'

curl -s "${AUTH[@]}" -X DELETE "${API}/groups/${GROUP_ID}/privateEndpoint/${LINK_ID}/interfaceEndpoints/vpce-0b9c5701325cb15dd"

curl -s "${AUTH[@]}" -X DELETE "${API}/groups/${GROUP_ID}/privateEndpoint/${LINK_ID}"

# The Atlas CLI, old style
atlas privateEndpoints list --projectId "$GROUP_ID" --output json
atlas privateEndpoints create --provider AWS --region "$REGION" --projectId "$GROUP_ID"
atlas privateEndpoints describe "$LINK_ID" --projectId "$GROUP_ID"
atlas privateEndpoints watch "$LINK_ID" --projectId "$GROUP_ID"
atlas privateendpoints interfaces create "$LINK_ID" --privateEndpointId vpce-0b9c5701325cb15dd
atlas privateEndpoints delete "$LINK_ID" --force

# The current commands: leave these alone
atlas privateEndpoints aws list --projectId "$GROUP_ID"
atlas privateEndpoints aws interfaces create "$LINK_ID" --privateEndpointId vpce-0b9c5701325cb15dd
atlas privateEndpoints azure create --region eastus2
atlas privateEndpoints gcp list
atlas privateEndpoints regionalModes describe
curl -s "${AUTH[@]}" "${API}/groups/${GROUP_ID}/privateEndpoint/AWS/endpointService"
curl -s "${AUTH[@]}" "https://cloud.mongodb.com/api/atlas/v2/groups/${GROUP_ID}/privateEndpoint/aws/endpointService/${LINK_ID}/endpoint/vpce-0b9c5701325cb15dd"
echo "privateEndpointId=vpce-0b9c5701325cb15dd"
