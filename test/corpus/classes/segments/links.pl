my $url = join('/', $api, 'groups', $gid, 'privateEndpoint', $id);
my $res = $ua->delete($url);
my $svc = join('/', $api, 'groups', $gid, 'privateEndpoint', $provider, 'endpointService');
