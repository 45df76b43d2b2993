using System.IO;

class SegmentPaths
{
    string Interfaces(string groupId, string linkId) => string.Join("/",
        "groups", groupId,
        "privateEndpoint", linkId,
        "interfaceEndpoints");

    string Links(string groupId) => Path.Combine("groups", groupId,
        "privateEndpoint");

    string Services(string groupId, string cloud) => string.Join("/",
        "groups", groupId,
        "privateEndpoint", cloud,
        "endpointService");
}
