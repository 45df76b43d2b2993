// Allman style: the array literal's brace on a line of its own.
public static class LinkUris
{
    public static string Interfaces(string groupId, string linkId)
    {
        return string.Join("/", new[]
        {
            "api", "atlas", "v1.0", "groups", groupId,
            "privateEndpoint", linkId, "interfaceEndpoints",
        });
    }

    public static string Services(string groupId, string provider)
    {
        return string.Join("/", new[]
        {
            "api", "atlas", "v1.0", "groups", groupId,
            "privateEndpoint", provider, "endpointService",
        });
    }
}
