#!/usr/bin/env bash
# Builds request paths from arrays of segments, joined with IFS=/.
set -euo pipefail
: "${ATLAS_API:=https://cloud.mongodb.com/api/atlas/v1.0}"

join_path() { local IFS=/; echo "$*"; }

links=("$ATLAS_API" groups "$GROUP_ID" privateEndpoint)
interface=("$ATLAS_API" groups "$GROUP_ID" privateEndpoint "$LINK_ID" interfaceEndpoints "$VPCE_ID")
services=("$ATLAS_API" groups "$GROUP_ID" privateEndpoint AWS endpointService)
regional=("$ATLAS_API" groups "$GROUP_ID" privateEndpoint regionalMode)
tags=(team=platform env=prod)

curl -sf "$(join_path "${services[@]}")"
