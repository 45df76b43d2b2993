class LinkGetters {
  final String project;
  LinkGetters(this.project);

  String get links => '$project/privateEndpoint';

  Future<void> remove(String id) => http.delete(Uri.parse('$links/$id'));

  List<String> labels(List<String> ids) => ids.map((id) => 'link $id').toList();
}
