using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace Contoso.Atlas;

public sealed class AtlasPrivateLink
{
    private const string BaseUrl = "https://cloud.mongodb.com/api/atlas/v1.0";
    private readonly HttpClient _client;

    public AtlasPrivateLink(string publicKey, string privateKey)
    {
        var handler = new HttpClientHandler { Credentials = new NetworkCredential(publicKey, privateKey) };
        _client = new HttpClient(handler);
    }

    public Task<string> ListAsync(string groupId) =>
        _client.GetStringAsync($"{BaseUrl}/groups/{groupId}/privateEndpoint");

    public Task<HttpResponseMessage> CreateAsync(string groupId, string region) =>
        _client.PostAsJsonAsync($"{BaseUrl}/groups/{groupId}/privateEndpoint", new { providerName = "AWS", region });

    public Task<HttpResponseMessage> DeleteAsync(string groupId, string privateLinkId) =>
        _client.DeleteAsync($"{BaseUrl}/groups/{groupId}/privateEndpoint/{privateLinkId}");

    public Task<HttpResponseMessage> AddInterfaceAsync(string groupId, string privateLinkId, string vpceId) =>
        _client.PostAsJsonAsync(string.Format("{0}/groups/{1}/privateEndpoint/{2}/interfaceEndpoints", BaseUrl, groupId, privateLinkId), new { interfaceEndpointId = vpceId });

    // Current API.
    public Task<string> ListServicesAsync(string groupId, string cloudProvider) =>
        _client.GetStringAsync($"{BaseUrl}/groups/{groupId}/privateEndpoint/{cloudProvider}/endpointService");

    public Task<string> RegionalModeAsync(string groupId) =>
        _client.GetStringAsync($"{BaseUrl}/groups/{groupId}/privateEndpoint/regionalMode");
}
