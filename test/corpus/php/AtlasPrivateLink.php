<?php

declare(strict_types=1);

namespace App\Atlas;

use GuzzleHttp\Client;

final class AtlasPrivateLink
{
    private const BASE = 'https://cloud.mongodb.com/api/atlas/v1.0';

    public function __construct(private Client $http, private string $publicKey, private string $privateKey)
    {
    }

    public function connections(string $groupId): array
    {
        $url = self::BASE . '/groups/' . $groupId . '/privateEndpoint';
        $response = $this->http->get($url, ['auth' => [$this->publicKey, $this->privateKey, 'digest']]);
        return json_decode((string) $response->getBody(), true);
    }

    public function remove(string $groupId, string $privateLinkId): void
    {
        $this->http->delete(self::BASE . "/groups/{$groupId}/privateEndpoint/{$privateLinkId}", ['auth' => [$this->publicKey, $this->privateKey, 'digest']]);
    }

    public function services(string $groupId, string $cloudProvider): array
    {
        $url = self::BASE . "/groups/{$groupId}/privateEndpoint/{$cloudProvider}/endpointService";
        return json_decode((string) $this->http->get($url)->getBody(), true);
    }
}
