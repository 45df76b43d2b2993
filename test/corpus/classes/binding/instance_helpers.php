<?php

namespace Acme\Atlas;

final class LegacyLinks
{
    private const API = 'https://cloud.mongodb.com/api/atlas/v1.0';

    public function __construct(private $http, private string $groupId)
    {
    }

    private function links(): string
    {
        return self::API . '/groups/' . $this->groupId . '/privateEndpoint';
    }

    public function all(): array
    {
        return $this->http->get($this->links())->json();
    }

    public function create(string $region): array
    {
        return $this->http->post($this->links(), ['providerName' => 'AWS', 'region' => $region])->json();
    }
}
