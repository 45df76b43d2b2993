public class LinkMembers
{
    private string Base => "https://cloud.mongodb.com/api/atlas/v1.0";
    private string LinksPath(string g) => $"{Base}/groups/{g}/privateEndpoint";
    private string ServicesRoot(string g) => $"{Base}/groups/{g}/privateEndpoint";

    public Task<HttpResponseMessage> Get(string g, string id) => http.GetAsync($"{LinksPath(g)}/{id}");
    public Task<HttpResponseMessage> Delete(string g, string id) => http.DeleteAsync(LinksPath(g) + "/" + id);
    public Task<HttpResponseMessage> Services(string g, string cloud) => http.GetAsync($"{ServicesRoot(g)}/{cloud}/endpointService");
}
