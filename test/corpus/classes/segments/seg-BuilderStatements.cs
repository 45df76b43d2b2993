using System.Text;

class SegBuilderStatements
{
    string Interfaces(string baseUrl, string g, string id)
    {
        var sb = new StringBuilder(baseUrl);
        sb.Append("/groups/").Append(g);
        sb.Append("/privateEndpoint/");
        sb.Append(id);
        sb.Append("/interfaceEndpoints");
        return sb.ToString();
    }
}
