namespace Atlas.Links;

public static class LinkRoutes
{
    const string All = "api/atlas/v1.0/groups/{0}/privateEndpoint";
    const string One = All + "/{1}";

    public static string Remove(string group, string id) => string.Format(One, group, id);
}
