url = f"{BASE}/{'/'.join(['groups', gid, 'privateEndpoint'])}"
svc = f"{BASE}/{'/'.join(['groups', gid, 'privateEndpoint', provider, 'endpointService'])}"
note = f"{len('privateEndpoint')} characters"
