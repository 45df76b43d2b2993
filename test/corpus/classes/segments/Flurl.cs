public class FlurlLinks
{
    public Task<IFlurlResponse> Get(string groupId, string id) => BaseUrl.AppendPathSegments("groups", groupId, "privateEndpoint", id).GetAsync();
    public Url List(string groupId) => BaseUrl.AppendPathSegment("groups").AppendPathSegment(groupId).AppendPathSegment("privateEndpoint");
    public string Combined(string groupId) => Url.Combine(BaseUrl, "groups", groupId, "privateEndpoint");
    public string Nested(string groupId) => $"{BaseUrl}/{string.Join("/", "groups", groupId, "privateEndpoint")}";
    public Url Services(string groupId, string cloud) => BaseUrl.AppendPathSegments("groups", groupId, "privateEndpoint", cloud, "endpointService");
}
