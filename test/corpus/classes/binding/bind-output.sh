#!/usr/bin/env bash
# A variable that holds a command's output is not the command's URL: echoing it is not a request.
set -euo pipefail
LINK_URL="$(jq -r '.links[] | select(.rel == "self") | .href' "$1")"
state="$(curl -sS --digest "${LINK_URL}/interfaceEndpoints/${2}" | jq -r .connectionStatus)"
echo "interface ${2}: ${state}"
printf 'state=%s\n' "$state"
