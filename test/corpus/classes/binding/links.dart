final linksPath = '$baseUrl/groups/$groupId/privateEndpoint';
Future<void> remove(String id) => http.delete(Uri.parse('$linksPath/$id'));
final servicesPath = '$baseUrl/groups/$groupId/privateEndpoint';
Future<void> services(String cloud) => http.get(Uri.parse('$servicesPath/$cloud/endpointService'));
final price = 'costs $amount';
