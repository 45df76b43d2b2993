<?php

namespace Acme\Atlas;

final class LinkRepo
{
    private const API = 'https://cloud.mongodb.com/api/atlas/v1.0';

    public function __construct(private \GuzzleHttp\Client $client, private string $group) {}

    private function base(): string
    {
        return self::API . '/groups/' . $this->group;
    }

    public function all(): array
    {
        $res = $this->client->get($this->base() . '/privateEndpoint');
        return json_decode((string) $res->getBody(), true);
    }

    public function removeInterface(string $link, string $vpce): void
    {
        $this->client->delete(sprintf('%s/privateEndpoint/%s/interfaceEndpoints/%s', $this->base(), $link, $vpce));
    }

    public function services(string $provider): array
    {
        $res = $this->client->get(sprintf('%s/privateEndpoint/%s/endpointService', $this->base(), $provider));
        return json_decode((string) $res->getBody(), true);
    }
}
