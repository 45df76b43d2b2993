// Bases read from the environment, with the legacy path as the default.
import org.springframework.web.client.RestTemplate;

public class Fallbacks {
  private static final String API = "https://cloud.mongodb.com/api/atlas/v1.0";
  private final RestTemplate rest = new RestTemplate();

  public void deleteLink(String group, String id) {
    String links = System.getenv().getOrDefault("ATLAS_LINKS_URL", API + "/groups/" + group + "/privateEndpoint");
    rest.delete(links + "/" + id);
  }

  public String region() {
    return System.getenv().getOrDefault("AWS_REGION", "us-east-1");
  }
}
