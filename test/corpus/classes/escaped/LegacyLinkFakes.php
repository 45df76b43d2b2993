<?php

namespace Tests\Feature\Atlas;

use App\Atlas\PrivateLinks;
use Illuminate\Support\Facades\Http;
use Tests\TestCase;

class LegacyLinkFakesTest extends TestCase
{
    public function test_lists_links_from_the_legacy_api(): void
    {
        Http::fake([
            'cloud.mongodb.com/api/atlas/v1.0/groups/*/privateEndpoint' => Http::response([['id' => 'a1', 'status' => 'AVAILABLE']]),
            'cloud.mongodb.com/api/atlas/v1.0/groups/*/privateEndpoint/*/interfaceEndpoints/*' => Http::response(['connectionStatus' => 'AVAILABLE']),
            'cloud.mongodb.com/api/atlas/v1.0/groups/*/privateEndpoint/*' => Http::response([], 204),
            'cloud.mongodb.com/api/atlas/v1.0/groups/*/privateEndpoint/AWS/endpointService' => Http::response([]),
            'cloud.mongodb.com/api/atlas/v2/groups/*/privateEndpoint/*/endpointService/*' => Http::response([]),
            'cloud.mongodb.com/api/atlas/v1.0/groups/*/privateEndpoint/regionalMode' => Http::response(['enabled' => false]),
        ]);

        $links = app(PrivateLinks::class)->all('64b7f1c2a9e3d40012ab34cd');

        $this->assertCount(1, $links);
        Http::assertSent(fn ($request) => str_ends_with($request->url(), '/privateEndpoint'));
    }
}
