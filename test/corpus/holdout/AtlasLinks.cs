using System.Net.Http;
using System.Threading.Tasks;

namespace Acme.Atlas
{
    public class AtlasLinks
    {
        private const string Root = "https://cloud.mongodb.com/api/atlas/v1.0/groups/{0}";
        private const string Links = Root + "/privateEndpoint";
        private const string Link = Links + "/{1}";
        private const string Services = Root + "/privateEndpoint/{1}/endpointService";
        private readonly HttpClient _http;

        public AtlasLinks(HttpClient http) => _http = http;

        public Task<string> ListAsync(string group) => _http.GetStringAsync(string.Format(Links, group));

        public Task<HttpResponseMessage> DeleteAsync(string group, string id) =>
            _http.DeleteAsync(string.Format(Link, group, id));

        public Task<string> ServicesAsync(string group, string provider) =>
            _http.GetStringAsync(string.Format(Services, group, provider));

        // Azure SDK: not Atlas
        public object AzurePe(dynamic rg) => rg.GetPrivateEndpoint("pe-app");
    }
}
