import java.util.List;

class SegLinkCommands {
  Process describe(String id) throws Exception {
    return new ProcessBuilder("atlas", "privateEndpoints", "describe", id).start();
  }

  Process interfaces(String id, String vpce) throws Exception {
    List<String> cmd = List.of("atlas", "privateEndpoints", "interfaces", "delete", id, vpce, "--force");
    return new ProcessBuilder(cmd).start();
  }

  Process services() throws Exception {
    return new ProcessBuilder("atlas", "privateEndpoints", "gcp", "list").start();
  }
}
