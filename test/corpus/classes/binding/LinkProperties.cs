using System.Net.Http;
using System.Threading.Tasks;

public class LinkProperties
{
    private readonly HttpClient http;
    private string Project => $"api/atlas/v1.0/groups/{groupId}";
    private string Links => $"{Project}/privateEndpoint";

    public Task<HttpResponseMessage> Remove(string linkId) => http.DeleteAsync($"{Links}/{linkId}");

    public Task<HttpResponseMessage> Services(string cloud) => http.GetAsync($"{Project}/privateEndpoint/{cloud}/endpointService");

    public string Name => "private endpoints";
}
