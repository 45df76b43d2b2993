use reqwest::blocking::Client;

const PROJECT: &str = "https://cloud.mongodb.com/api/atlas/v1.0/groups/{group}";

pub fn list(client: &Client, group: &str) -> reqwest::Result<String> {
    let base = PROJECT.replace("{group}", group);
    client.get(format!("{}/privateEndpoint", base)).send()?.text()
}

pub fn service(client: &Client, group: &str, provider: &str) -> reqwest::Result<String> {
    let base = PROJECT.replace("{group}", group);
    client
        .get(format!("{}/privateEndpoint/{}/endpointService", base, provider))
        .send()?
        .text()
}

pub fn interface(client: &Client, group: &str, link: &str, vpce: &str) -> reqwest::Result<String> {
    let url = [PROJECT.replace("{group}", group).as_str(), "privateEndpoint", link, "interfaceEndpoints", vpce].join("/");
    client.get(url).send()?.text()
}
