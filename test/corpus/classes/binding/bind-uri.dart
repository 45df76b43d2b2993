import 'package:http/http.dart' as http;

Uri linkUri(String groupId, String linkId) => Uri(
      scheme: 'https',
      host: 'cloud.mongodb.com',
      pathSegments: ['api', 'atlas', 'v1.0', 'groups', groupId, 'privateEndpoint', linkId],
    );

Uri serviceUri(String groupId, String cloud) => Uri(
      scheme: 'https',
      host: 'cloud.mongodb.com',
      pathSegments: ['api', 'atlas', 'v1.0', 'groups', groupId, 'privateEndpoint', cloud, 'endpointService'],
    );

Future<http.Response> deleteLink(String groupId, String linkId) => http.delete(linkUri(groupId, linkId));
