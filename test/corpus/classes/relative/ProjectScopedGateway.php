<?php

declare(strict_types=1);

namespace App\Atlas;

use GuzzleHttp\ClientInterface;

final class ProjectScopedGateway
{
    public function __construct(private ClientInterface $http, private string $projectId)
    {
    }

    public function links(): array
    {
        return $this->call('GET', 'privateEndpoint');
    }

    public function open(string $region): array
    {
        return $this->call('POST', 'privateEndpoint', ['providerName' => 'AWS', 'region' => $region]);
    }

    public function services(string $cloud): array
    {
        return $this->call('GET', "privateEndpoint/{$cloud}/endpointService");
    }

    public function regional(): array
    {
        return $this->call('GET', 'privateEndpoint/regionalMode');
    }

    private function call(string $method, string $path, ?array $body = null): array
    {
        $response = $this->http->request($method, "groups/{$this->projectId}/{$path}", $body ? ['json' => $body] : []);

        return json_decode((string) $response->getBody(), true, 512, JSON_THROW_ON_ERROR);
    }
}
