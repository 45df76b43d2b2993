#!/usr/bin/env bash
# Tears down the PrivateLink of a project before deleting it.
# usage: teardown.sh GROUP_ID
#   (older runbooks said: atlas privateEndpoints delete <id> --force)
set -euo pipefail

GROUP_ID="$1"
api="https://cloud.mongodb.com/api/atlas/v1.0/groups/${GROUP_ID}"
links="${api}/privateEndpoint"

for id in $(curl -s --digest -u "$PUB:$PRIV" "$links" | jq -r '.[].id'); do
  curl -s --digest -u "$PUB:$PRIV" -X DELETE "${links}/${id}"
done

atlas privateendpoints ls --projectId "$GROUP_ID"
atlas privateEndpoints aws list --projectId "$GROUP_ID"
atlas dataFederation privateEndpoints list --projectId "$GROUP_ID"
