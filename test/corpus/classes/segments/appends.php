<?php
$segments = ['groups', $groupId];
$segments[] = 'privateEndpoint';
$segments[] = $id;
$url = $base . '/' . implode('/', $segments);
$other = ['groups', $groupId, 'privateEndpoint'];
array_push($other, $provider, 'endpointService');
$svc = $base . '/' . implode('/', $other);
