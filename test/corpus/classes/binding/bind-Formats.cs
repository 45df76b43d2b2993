using System.Net.Http;
using System.Threading.Tasks;

public class LinkApi
{
    private const string LinksTemplate = "api/atlas/v1.0/groups/{0}/privateEndpoint";
    private const string ServicesTemplate = "api/atlas/v1.0/groups/{0}/privateEndpoint/{1}/endpointService";
    private readonly HttpClient http;

    public LinkApi(HttpClient http) => this.http = http;

    public Task<HttpResponseMessage> Delete(string group, string id) =>
        http.DeleteAsync($"{string.Format(LinksTemplate, group)}/{id}");

    public Task<HttpResponseMessage> Services(string group, string provider) =>
        http.GetAsync(string.Format(ServicesTemplate, group, provider));

    public Task<HttpResponseMessage> ServiceOne(string group, string provider, string id) =>
        http.GetAsync($"{string.Format(ServicesTemplate, group, provider)}/{id}");
}
